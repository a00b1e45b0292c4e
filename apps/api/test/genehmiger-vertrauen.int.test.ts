import { deliverDueMails } from '@portal/domain';
import { createMailer } from '@portal/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@portal/mail/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from './support/expect.js';
import {
  buildBetrieb,
  buildEinstellung,
  buildNachweis,
  buildUser,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';

/**
 * The trust rule through the real API and a real SMTP server (DOMAIN.md): an Azubi alone can never
 * bring about the approval of their own Nachweis. The Azubi submits to a second address of their
 * own and tries every door; only the Betrieb's confirmation opens one.
 */
let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2025-09-01T08:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  smtp = await startTestSmtpServer();
});
afterEach(async () => {
  await smtp.close();
});

const NACHWEIS = 'id status genehmigerStand abilities { canApprove } ereignisse { ereignis von rolle at }';
const EINREICHEN = `mutation($input: NachweisEinreichenInput!) { nachweisEinreichen(input: $input) { ${NACHWEIS} } }`;
const GENEHMIGEN = `mutation($id: ID!) { nachweisGenehmigen(input: { id: $id }) { ${NACHWEIS} } }`;
const PIN_LOGIN = 'mutation($input: PinLoginInput!) { loginMitPin(input: $input) { benutzer { id } } }';
const BEAUFTRAGTE = '{ ausbildungsbeauftragte { id status email name wartendeNachweise } }';
const BESTAETIGEN =
  'mutation($input: GenehmigerBestaetigenInput!) { genehmigerBestaetigen(input: $input) { id status name } }';

/** Delivers the outbox to the test SMTP server and returns what reached `to`. */
async function postfach(to: string): Promise<string[]> {
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
  try {
    await deliverDueMails({ prisma: t.db.prisma, clock: t.clock }, mailer, 500);
  } finally {
    mailer.close();
  }
  return smtp.received
    .filter((m) => m.to.includes(to))
    .map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}

async function betriebMitWoche() {
  const A = await buildBetrieb(t.db.prisma);
  await buildEinstellung(t.db.prisma, { betriebsstaetteId: A.hauptsitz.id, berufId: A.vertrag.berufId });
  const woche = await buildNachweis(t.db.prisma, { vertragId: A.vertrag.id, von: '2025-08-04' });
  const azubi = await t.client().loginOk(A.azubi.email, TEST_PASSWORD);
  return { A, woche, azubi };
}

async function einreichen(azubi: TestClient, id: string, genehmigerEmail: string) {
  const version = (await t.db.prisma.nachweis.findUniqueOrThrow({ where: { id } })).version;
  return azubi.gqlOk<{ nachweisEinreichen: { status: string; genehmigerStand: string } }>(EINREICHEN, {
    input: { id, version, genehmigerEmail },
  });
}

describe('an Azubi submits to a second address of their own', () => {
  it('is refused at every step that matters; only the Betrieb’s confirmation makes an approver', async () => {
    const { A, woche, azubi } = await betriebMitWoche();
    const zweite = `max-privat-${A.hauptsitz.id.slice(0, 8)}@example.org`;
    const eingereicht = await einreichen(azubi, woche.id, zweite);
    expect(eingereicht.nachweisEinreichen).toMatchObject({
      status: 'EINGEREICHT',
      genehmigerStand: 'WARTET_AUF_BETRIEB',
    });

    // No PIN and no link reach the address; the Ausbilder is asked to confirm.
    expect(await postfach(zweite)).toEqual([]);
    expect((await postfach(A.ausbilder.email)).join('\n')).toContain(zweite);
    const pinLogin = await t.client().gql(PIN_LOGIN, { input: { email: zweite, pin: '12345678' } });
    expect(codeOf(pinLogin)).toBe('ANMELDUNG_KEINE_PIN');

    // "Passwort vergessen" for the address gives it a password: still no role in effect.
    await t.db.prisma.user.update({
      where: { email: zweite },
      data: {
        passwordHash: (await t.db.prisma.user.findUniqueOrThrow({ where: { id: A.azubi.id } })).passwordHash,
      },
    });
    const alsZweite = await t.client().loginOk(zweite, TEST_PASSWORD);
    expect(codeOf(await alsZweite.gql(GENEHMIGEN, { id: woche.id }))).toBe('NOT_FOUND');
    expect(
      (await alsZweite.gqlOk<{ ausbildungsbeauftragte: unknown[] }>(BEAUFTRAGTE)).ausbildungsbeauftragte,
    ).toEqual([]);
    expect(
      (await alsZweite.gqlOk<{ offeneGenehmigungen: unknown[] }>('{ offeneGenehmigungen { id } }'))
        .offeneGenehmigungen,
    ).toEqual([]);
    // The Azubi cannot confirm the suggestion, nor see the company's Ausbilder through it.
    const vorschlag = await t.db.prisma.rollenzuweisung.findFirstOrThrow({
      where: { user: { email: zweite } },
    });
    expect(vorschlag.status).toBe('VORGESCHLAGEN');
    for (const client of [azubi, alsZweite]) {
      const versuch = await client.gql(BESTAETIGEN, {
        input: { id: vorschlag.id, vorname: 'Max', nachname: 'Privat' },
      });
      expect(codeOf(versuch)).toBe('NOT_FOUND');
      const liste = await client.gqlOk<{ ausbildungsbeauftragte: unknown[] }>(BEAUFTRAGTE);
      expect(JSON.stringify(liste)).not.toContain(A.ausbilder.email);
    }
    const alsAzubi = await azubi.gqlOk<{ nachweis: { abilities: { canApprove: boolean } } }>(
      `query($id: ID!) { nachweis(id: $id) { ${NACHWEIS} } }`,
      { id: woche.id },
    );
    expect(alsAzubi.nachweis.abilities.canApprove).toBe(false);
    expect((await t.db.prisma.nachweis.findUniqueOrThrow({ where: { id: woche.id } })).status).toBe(
      'EINGEREICHT',
    );
  });

  it('a new address the Ausbilder confirms gets its PIN by mail, accepts, and approves with name and role recorded', async () => {
    const { A, woche, azubi } = await betriebMitWoche();
    const email = `meisterin-${A.hauptsitz.id.slice(0, 8)}@extern.example`;
    await einreichen(azubi, woche.id, email);
    const ausbilder = await t.client().loginOk(A.ausbilder.email, TEST_PASSWORD);
    const [eintrag] = (
      await ausbilder.gqlOk<{ ausbildungsbeauftragte: { id: string; status: string }[] }>(BEAUFTRAGTE)
    ).ausbildungsbeauftragte;
    const bestaetigt = await ausbilder.gqlOk<{ genehmigerBestaetigen: { status: string } }>(BESTAETIGEN, {
      input: { id: eintrag.id, vorname: 'Hanna', nachname: 'Meister' },
    });
    // Not a member of the Unternehmen yet: invited, exactly as an account of another company would be.
    expect(bestaetigt.genehmigerBestaetigen.status).toBe('EINGELADEN');

    const [mail] = await postfach(email);
    const pin = /Ihre PIN: (\d{8})/.exec(mail)?.[1];
    expect(pin).toBeDefined();
    const beauftragte = t.client();
    expect((await beauftragte.gql(PIN_LOGIN, { input: { email, pin } })).errors).toBeUndefined();
    // Before accepting, the invitation gives nothing.
    expect(codeOf(await beauftragte.gql(GENEHMIGEN, { id: woche.id }))).toBe('NOT_FOUND');
    await t.db.prisma.rollenzuweisung.update({ where: { id: eintrag.id }, data: { status: 'AKTIV' } });
    const me = await beauftragte.gqlOk<{ me: { arbeitsbereiche: { key: string }[] } }>(
      '{ me { arbeitsbereiche { key } } }',
    );
    await beauftragte.select(me.me.arbeitsbereiche[0].key);

    const genehmigt = await beauftragte.gqlOk<{
      nachweisGenehmigen: {
        status: string;
        ereignisse: { ereignis: string; von: string; rolle: string; at: string }[];
      };
    }>(GENEHMIGEN, { id: woche.id });
    expect(genehmigt.nachweisGenehmigen.status).toBe('GENEHMIGT');
    expect(genehmigt.nachweisGenehmigen.ereignisse.at(-1)).toMatchObject({
      ereignis: 'GENEHMIGEN',
      von: 'Hanna Meister',
      rolle: 'AUSBILDUNGSBEAUFTRAGTE',
      at: t.clock.now().toISOString(),
    });
  });
});

describe('changing the Ausbilder named in a contract', () => {
  const AENDERN =
    'mutation($v: ID!, $a: ID!) { vertragAusbilderAendern(vertragId: $v, ausbilderUserId: $a) { id ausbilder { id } } }';

  it('the former Ausbilder loses the Azubi on the next request; waiting weeks go to the new one', async () => {
    const { A, woche, azubi } = await betriebMitWoche();
    await einreichen(azubi, woche.id, A.ausbilder.email);
    const neu = await buildUser(t.db.prisma, { vorname: 'Nina', nachname: 'Neu' });
    await grantRole(t.db.prisma, neu.id, 'AUSBILDER', { betriebsstaetteId: A.hauptsitz.id });
    const alt = await t.client().loginOk(A.ausbilder.email, TEST_PASSWORD);
    const IHRE = '{ ihreAuszubildenden { vertragId } }';
    expect((await alt.gqlOk<{ ihreAuszubildenden: unknown[] }>(IHRE)).ihreAuszubildenden).toHaveLength(1);

    const admin = await t.client().loginOk(A.admin.email, TEST_PASSWORD);
    // Only someone with the Ausbilder role at the contract's Betriebsstaette can be named.
    const falsch = await admin.gql(AENDERN, { v: A.vertrag.id, a: A.ohneRolle.id });
    expect(codeOf(falsch)).toBe('BAD_USER_INPUT');
    // Nobody but the administrator changes it.
    for (const client of [alt, azubi])
      expect(codeOf(await client.gql(AENDERN, { v: A.vertrag.id, a: neu.id }))).toBe('NOT_FOUND');
    const geaendert = await admin.gqlOk<{ vertragAusbilderAendern: { ausbilder: { id: string } } }>(AENDERN, {
      v: A.vertrag.id,
      a: neu.id,
    });
    expect(geaendert.vertragAusbilderAendern.ausbilder.id).toBe(neu.id);

    expect((await alt.gqlOk<{ ihreAuszubildenden: unknown[] }>(IHRE)).ihreAuszubildenden).toEqual([]);
    expect(codeOf(await alt.gql(GENEHMIGEN, { id: woche.id }))).toBe('NOT_FOUND');
    const neuClient = await t.client().loginOk(neu.email, TEST_PASSWORD);
    expect((await neuClient.gqlOk<{ ihreAuszubildenden: unknown[] }>(IHRE)).ihreAuszubildenden).toHaveLength(
      1,
    );
    expect(
      (await neuClient.gqlOk<{ nachweisGenehmigen: { status: string } }>(GENEHMIGEN, { id: woche.id }))
        .nachweisGenehmigen.status,
    ).toBe('GENEHMIGT');
    const historie = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'VERTRAG_AUSBILDER_GEAENDERT', subjectId: A.vertrag.id },
    });
    expect(historie.data).toMatchObject({ von: A.ausbilder.id, zu: neu.id, umgeleiteteNachweise: 1 });
  });
});
