import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from './support/expect.js';
import {
  buildBetrieb,
  buildKammer,
  buildUnternehmen,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  AZUBI_VERWALTUNG,
  type Connection,
  KAMMER_UNTERNEHMEN,
  MEINE_AUSBILDUNGSVERHAELTNISSE,
  type VertragView,
} from './support/operations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const verwaltung = async (client: TestClient, variables: Record<string, unknown> = {}) =>
  (await client.gqlOk<{ azubiVerwaltung: Connection<VertragView> }>(AZUBI_VERWALTUNG, variables))
    .azubiVerwaltung;

const meine = async (client: TestClient) =>
  (await client.gqlOk<{ meineAusbildungsverhaeltnisse: VertragView[] }>(MEINE_AUSBILDUNGSVERHAELTNISSE))
    .meineAusbildungsverhaeltnisse;

/** A Betrieb with one contract per Filiale besides the Hauptsitz contract of buildBetrieb. */
async function konzern(hauptsitzZugriff: boolean) {
  const b = await buildBetrieb(t.db.prisma, { filialen: 2, hauptsitzZugriff });
  const filialVertraege = [];
  for (const filiale of b.filialen) {
    filialVertraege.push(await buildVertrag(t.db.prisma, { betriebsstaetteId: filiale.id }));
  }
  return { ...b, filialVertraege };
}

describe('azubiVerwaltung', () => {
  it('lists the contracts of the administered Betriebsstaette with everything the list shows', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const ohneAccount = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      nachname: 'Zuletzt',
    });
    const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    const page = await verwaltung(admin);
    expect(page.totalCount).toBe(2);
    const mitAccount = page.nodes.find((n) => n.id === b.vertrag.id);
    expect(mitAccount).toMatchObject({
      identnummer: b.vertrag.identnummer,
      hatAccount: true,
      beginn: '2025-08-01',
      ende: '2028-07-31',
      nachweisForm: 'ELEKTRONISCH',
      beruf: { bezeichnung: 'Testberuf' },
      betriebsstaette: { id: b.hauptsitz.id, name: b.hauptsitz.name },
      ausbilder: { id: b.ausbilder.id, vorname: 'Bert', nachname: b.ausbilder.nachname },
    });
    expect(page.nodes.find((n) => n.id === ohneAccount.id)).toMatchObject({
      hatAccount: false,
      ausbilder: null,
    });
  });

  it('with Hauptsitz access includes the Filialen', async () => {
    const k = await konzern(true);
    const admin = await t.client().loginOk(k.admin.email, TEST_PASSWORD);
    const ids = (await verwaltung(admin)).nodes.map((n) => n.id);
    expect(ids.sort()).toEqual([k.vertrag.id, ...k.filialVertraege.map((v) => v.id)].sort());
  });

  it('without Hauptsitz access only the Hauptsitz', async () => {
    const k = await konzern(false);
    const admin = await t.client().loginOk(k.admin.email, TEST_PASSWORD);
    expect((await verwaltung(admin)).nodes.map((n) => n.id)).toEqual([k.vertrag.id]);
  });

  it('a Filial administrator sees only the own Filiale', async () => {
    const k = await konzern(true);
    const filialAdmin = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: k.filialen[1].id,
    });
    const client = await t.client().loginOk(filialAdmin.email, TEST_PASSWORD);
    expect((await verwaltung(client)).nodes.map((n) => n.id)).toEqual([k.filialVertraege[1].id]);
  });

  it('never lists contracts of another Unternehmen', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const other = await buildBetrieb(t.db.prisma);
    const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    const page = await verwaltung(admin, { first: 100 });
    expect(page.nodes.map((n) => n.id)).toEqual([b.vertrag.id]);
    expect(JSON.stringify(page)).not.toContain(other.vertrag.id);
  });

  it('pages with cursors', async () => {
    const b = await buildBetrieb(t.db.prisma);
    for (let i = 0; i < 4; i++) await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    const first = await verwaltung(admin, { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await verwaltung(admin, { first: 3, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.nodes, ...second.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(5);
    expectRefused(await admin.gql(AZUBI_VERWALTUNG, { after: 'kaputt' }), 'BAD_USER_INPUT');
  });
});

describe('meineAusbildungsverhaeltnisse', () => {
  it('lists only the Azubi’s own contracts', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const zweiterVertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      azubiUserId: b.azubi.id,
    });
    const fremdAzubi = await buildUser(t.db.prisma);
    const fremderVertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      azubiUserId: fremdAzubi.id,
    });
    const azubi = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    const ids = (await meine(azubi)).map((v) => v.id);
    expect(ids.sort()).toEqual([b.vertrag.id, zweiterVertrag.id].sort());
    expect(ids).not.toContain(fremderVertrag.id);
  });

  it('is empty for the Ausbilder and the administrator of the contract', async () => {
    const b = await buildBetrieb(t.db.prisma);
    for (const who of [b.ausbilder, b.admin]) {
      const client = await t.client().loginOk(who.email, TEST_PASSWORD);
      expect(await meine(client)).toEqual([]);
    }
  });
});

describe('kammerUnternehmen', () => {
  async function kammerMitSachbearbeiter() {
    const kammer = await buildKammer(t.db.prisma);
    const sachbearbeiter = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, sachbearbeiter.id, 'IHK_SACHBEARBEITER', { kammerId: kammer.id });
    return { kammer, sachbearbeiter };
  }

  it('shows the Unternehmen of the own Kammer only', async () => {
    const { kammer, sachbearbeiter } = await kammerMitSachbearbeiter();
    const eigen1 = await buildUnternehmen(t.db.prisma, {
      kammerId: kammer.id,
      filialen: 1,
      hauptsitzZugriff: true,
    });
    const eigen2 = await buildUnternehmen(t.db.prisma, { kammerId: kammer.id });
    const fremd = await buildUnternehmen(t.db.prisma);
    const client = await t.client().loginOk(sachbearbeiter.email, TEST_PASSWORD);
    const result = await client.gqlOk<{
      kammerUnternehmen: {
        id: string;
        hauptsitzZugriff: boolean;
        betriebsstaetten: { id: string; art: string }[];
      }[];
    }>(KAMMER_UNTERNEHMEN);
    expect(result.kammerUnternehmen.map((u) => u.id).sort()).toEqual(
      [eigen1.unternehmen.id, eigen2.unternehmen.id].sort(),
    );
    const eins = result.kammerUnternehmen.find((u) => u.id === eigen1.unternehmen.id);
    expect(eins?.hauptsitzZugriff).toBe(true);
    expect(eins?.betriebsstaetten.map((s) => s.id).sort()).toEqual(
      [eigen1.hauptsitz.id, eigen1.filialen[0].id].sort(),
    );
    expect(JSON.stringify(result)).not.toContain(fremd.unternehmen.id);
  });

  it('refuses a company administrator', async () => {
    const { kammer } = await kammerMitSachbearbeiter();
    const b = await buildBetrieb(t.db.prisma, { kammerId: kammer.id });
    const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    expectRefused(await admin.gql(KAMMER_UNTERNEHMEN), 'FORBIDDEN');
  });

  it('refuses a Pruefer of the same Kammer', async () => {
    const { kammer } = await kammerMitSachbearbeiter();
    const pruefer = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, pruefer.id, 'PRUEFER', { kammerId: kammer.id });
    const client = await t.client().loginOk(pruefer.email, TEST_PASSWORD);
    expectRefused(await client.gql(KAMMER_UNTERNEHMEN), 'FORBIDDEN');
  });

  it('a Sachbearbeiter who also works in a Betrieb sees the back office only with the Kammer selected', async () => {
    const { kammer, sachbearbeiter } = await kammerMitSachbearbeiter();
    const b = await buildBetrieb(t.db.prisma, { kammerId: kammer.id });
    await grantRole(t.db.prisma, sachbearbeiter.id, 'AUSBILDER', { betriebsstaetteId: b.hauptsitz.id });
    const client = await t.client().loginOk(sachbearbeiter.email, TEST_PASSWORD);
    // Betriebsstaetten come first in the dropdown, so the session starts in the Betrieb.
    expectRefused(await client.gql(KAMMER_UNTERNEHMEN), 'FORBIDDEN');
    await client.select(`K:${kammer.id}`);
    const result = await client.gqlOk<{ kammerUnternehmen: { id: string }[] }>(KAMMER_UNTERNEHMEN);
    expect(result.kammerUnternehmen.map((u) => u.id)).toEqual([b.unternehmen.id]);
  });
});
