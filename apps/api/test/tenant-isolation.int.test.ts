import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, textOf } from './support/expect.js';
import {
  buildBetrieb,
  buildEinstellung,
  buildNachweis,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { type GqlResult, startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  AZUBI_VERWALTUNG,
  BENUTZER_SUCHEN,
  BENUTZERVERWALTUNG,
  KAMMER_UNTERNEHMEN,
  ME,
  MEINE_AUSBILDUNGSVERHAELTNISSE,
  ROLLE_ENTZIEHEN,
  ROLLE_ZUWEISEN,
  VERWALTETE_BETRIEBSSTAETTEN,
} from './support/operations.js';
import { idSlots, operationWithIds, type RootField, rootFields } from './support/schema.js';

/**
 * Two Unternehmen, A and B, in different Kammern. Everyone of B (administrator, Ausbilder, Azubi,
 * a user without a role, an IHK clerk of B's Kammer) tries every operation of the schema against
 * A's records, and gets nothing of A.
 */
let t: TestApp;
let fields: RootField[];
let A: Awaited<ReturnType<typeof buildBetrieb>>;
let B: Awaited<ReturnType<typeof buildBetrieb>>;
let aFilialVertrag: { id: string; identnummer: string };
/** A's Nachweise: a draft, one waiting for A's Ausbilder, one approved. */
let aNachweise: { entwurf: string; eingereicht: string; genehmigt: string };
let bNachweisEingereicht: string;
let berufId: string;
let aAdminClient: TestClient;
/** Everything that identifies A's records. */
let aSecrets: string[];
/** A's ids, the values fed into every ID argument. */
let aIds: string[];
let actors: Record<string, TestClient>;
let snapshotBefore: Awaited<ReturnType<typeof snapshotA>>;

const aUserIds = () => [A.admin.id, A.ausbilder.id, A.azubi.id, A.ohneRolle.id];

async function snapshotA() {
  const p = t.db.prisma;
  const inA = { betriebsstaette: { unternehmenId: A.unternehmen.id } };
  return {
    rollenzuweisungen: await p.rollenzuweisung.count({ where: inA }),
    rollen: await p.rollenzuweisung.findMany({
      where: { OR: [inA, { userId: { in: aUserIds() } }] },
      orderBy: { id: 'asc' },
    }),
    users: await p.user.findMany({ where: { id: { in: aUserIds() } }, orderBy: { id: 'asc' } }),
    sessions: await p.session.findMany({ where: { userId: { in: aUserIds() } }, orderBy: { id: 'asc' } }),
    unternehmen: await p.unternehmen.findUnique({ where: { id: A.unternehmen.id } }),
    betriebsstaetten: await p.betriebsstaette.findMany({
      where: { unternehmenId: A.unternehmen.id },
      orderBy: { id: 'asc' },
    }),
    vertraege: await p.ausbildungsverhaeltnis.findMany({ where: inA, orderBy: { id: 'asc' } }),
    audit: await p.auditEvent.findMany({ where: { unternehmenId: A.unternehmen.id } }),
    einstellungen: await p.berichtsheftEinstellung.findMany({
      where: inA,
      orderBy: { id: 'asc' },
    }),
    nachweise: await p.nachweis.findMany({
      where: { vertrag: inA },
      include: { tage: { orderBy: { datum: 'asc' } }, ereignisse: true, rahmenplan: true },
      orderBy: { id: 'asc' },
    }),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  fields = await rootFields();
  A = await buildBetrieb(t.db.prisma, { filialen: 1, hauptsitzZugriff: true });
  aFilialVertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: A.filialen[0].id });
  berufId = A.vertrag.berufId;
  for (const staette of [A.hauptsitz, A.filialen[0]]) {
    await buildEinstellung(t.db.prisma, { betriebsstaetteId: staette.id, berufId });
  }
  const genehmigerA = { id: A.ausbilder.id, email: A.ausbilder.email };
  aNachweise = {
    entwurf: (await buildNachweis(t.db.prisma, { vertragId: A.vertrag.id, von: '2025-08-04' })).id,
    eingereicht: (
      await buildNachweis(t.db.prisma, {
        vertragId: A.vertrag.id,
        von: '2025-08-11',
        status: 'EINGEREICHT',
        genehmiger: genehmigerA,
      })
    ).id,
    genehmigt: (
      await buildNachweis(t.db.prisma, {
        vertragId: A.vertrag.id,
        von: '2025-08-18',
        status: 'GENEHMIGT',
        genehmiger: genehmigerA,
      })
    ).id,
  };
  B = await buildBetrieb(t.db.prisma, { filialen: 1, hauptsitzZugriff: true });
  await buildEinstellung(t.db.prisma, { betriebsstaetteId: B.hauptsitz.id, berufId });
  bNachweisEingereicht = (
    await buildNachweis(t.db.prisma, {
      vertragId: B.vertrag.id,
      von: '2025-08-11',
      status: 'EINGEREICHT',
      genehmiger: { id: B.ausbilder.id, email: B.ausbilder.email },
    })
  ).id;
  const clerkB = await buildUser(t.db.prisma, { nachname: 'Sachbearbeiterin B' });
  await grantRole(t.db.prisma, clerkB.id, 'IHK_SACHBEARBEITER', { kammerId: B.kammerId });

  aIds = [
    A.unternehmen.id,
    A.kammerId,
    A.hauptsitz.id,
    A.filialen[0].id,
    A.adminRolle.id,
    A.ausbilderRolle.id,
    A.azubiRolle.id,
    ...aUserIds(),
    A.vertrag.id,
    aFilialVertrag.id,
    ...Object.values(aNachweise),
  ];
  const aTexte = await t.db.prisma.nachweisTag.findMany({
    where: { nachweis: { vertragId: A.vertrag.id } },
    select: { taetigkeiten: true, nachweis: { select: { abschnitt: true } } },
  });
  aSecrets = [
    ...aIds,
    A.unternehmen.name,
    A.hauptsitz.name,
    A.filialen[0].name,
    A.vertrag.identnummer,
    aFilialVertrag.identnummer,
    ...[A.admin, A.ausbilder, A.azubi, A.ohneRolle].flatMap((u) => [u.email, u.nachname]),
    ...aTexte.flatMap((tag) => [tag.taetigkeiten, tag.nachweis.abschnitt]),
  ];

  aAdminClient = await t.client().loginOk(A.admin.email, TEST_PASSWORD);
  actors = {};
  for (const [name, email] of [
    ['admin', B.admin.email],
    ['ausbilder', B.ausbilder.email],
    ['azubi', B.azubi.email],
    ['ohneRolle', B.ohneRolle.email],
    ['sachbearbeiter', clerkB.email],
  ] as const) {
    actors[name] = await t.client().loginOk(email, TEST_PASSWORD);
  }
  snapshotBefore = await snapshotA();
});
afterAll(async () => {
  await t?.close();
});

const REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'ARBEITSBEREICH_UNZULAESSIG'];

interface Expectation {
  /** What may be mentioned after all: what the caller put in. */
  allow?: string[];
  /** Codes that count as refused for this call. */
  codes?: string[];
}

/** Refused with one of the refusal codes, or an answer that mentions nothing of A. */
function expectNothingOfA(result: GqlResult<unknown>, label: string, expectation: Expectation = {}) {
  if (result.errors) {
    expect(expectation.codes ?? REFUSALS, `${label}: ${JSON.stringify(result.errors)}`).toContain(
      codeOf(result),
    );
    expect(
      Object.values(result.data ?? {}).filter((v) => v !== null),
      label,
    ).toEqual([]);
  }
  const text = textOf(result);
  for (const secret of aSecrets.filter((x) => !expectation.allow?.includes(x))) {
    expect(text, `${label} reveals ${secret}`).not.toContain(secret.toLowerCase());
  }
}

function expectRefusedWith(result: GqlResult<unknown>, codes: string[], label: string) {
  expect(codes, `${label}: ${JSON.stringify(result)}`).toContain(codeOf(result));
  expectNothingOfA(result, label, { codes });
}

const NACHWEIS = 'id status abschnitt tage { datum taetigkeiten } ereignisse { bemerkung }';

type Case = (actor: string, client: TestClient) => Promise<void>;

/** One isolation case per root field of the schema; the test below fails for a field without one. */
const CASES: Record<string, Case> = {
  'Query.me': async (actor, client) => {
    expectNothingOfA(await client.gql(ME), `${actor} me`);
  },
  'Mutation.login': async (actor, client) => {
    const me = await client.gqlOk<{ me: { benutzer: { email: string } } }>('{ me { benutzer { email } } }');
    const fresh = t.client();
    const result = await fresh.gql(
      `mutation($input: LoginInput!) { login(input: $input) {
        benutzer { id email } arbeitsbereiche { key name unternehmenName rollen } aktuellerArbeitsbereich { key }
      } }`,
      { input: { email: me.me.benutzer.email, password: TEST_PASSWORD } },
    );
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} login`);
  },
  'Mutation.logout': async (actor, client) => {
    const me = await client.gqlOk<{ me: { benutzer: { email: string } } }>('{ me { benutzer { email } } }');
    const own = await t.client().loginOk(me.me.benutzer.email, TEST_PASSWORD);
    expect((await own.gql('mutation { logout }')).errors, actor).toBeUndefined();
    const a = await aAdminClient.gqlOk<{ me: { benutzer: { id: string } } | null }>(
      '{ me { benutzer { id } } }',
    );
    expect(a.me?.benutzer.id, `${actor} logout ended A's session`).toBe(A.admin.id);
  },
  'Mutation.arbeitsbereichWaehlen': async (actor, client) => {
    for (const key of [`B:${A.hauptsitz.id}`, `B:${A.filialen[0].id}`, `K:${A.kammerId}`]) {
      const result = await client.gql(
        'mutation($key: ID!) { arbeitsbereichWaehlen(key: $key) { aktuellerArbeitsbereich { key name } } }',
        { key },
      );
      expectRefusedWith(result, ['ARBEITSBEREICH_UNZULAESSIG'], `${actor} arbeitsbereichWaehlen ${key}`);
    }
  },
  'Query.benutzerverwaltung': async (actor, client) => {
    for (const suche of [null, A.admin.email, A.admin.nachname, 'Admin']) {
      expectNothingOfA(
        await client.gql(BENUTZERVERWALTUNG, { first: 100, suche }),
        `${actor} benutzerverwaltung`,
      );
    }
    if (actor !== 'admin') expect(codeOf(await client.gql(BENUTZERVERWALTUNG))).toBe('FORBIDDEN');
  },
  'Query.benutzerSuchen': async (actor, client) => {
    for (const user of [A.admin, A.ausbilder, A.azubi, A.ohneRolle]) {
      const result = await client.gql<{ benutzerSuchen: { rollen: unknown[] } | null }>(BENUTZER_SUCHEN, {
        email: user.email,
      });
      if (actor !== 'admin') {
        expectRefusedWith(result, ['FORBIDDEN'], `${actor} benutzerSuchen`);
        continue;
      }
      // Finding a registered person by the exact address is the point of this query; what they
      // do in A (roles, Betriebsstaetten, contracts) stays hidden.
      expect(result.data?.benutzerSuchen?.rollen).toEqual([]);
      expectNothingOfA(result, `${actor} benutzerSuchen`, { allow: [user.id, user.email, user.nachname] });
    }
  },
  'Query.verwalteteBetriebsstaetten': async (actor, client) => {
    expectNothingOfA(await client.gql(VERWALTETE_BETRIEBSSTAETTEN), `${actor} verwalteteBetriebsstaetten`);
  },
  'Mutation.rolleZuweisen': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      for (const userId of [A.ohneRolle.id, B.ohneRolle.id, A.admin.id]) {
        for (const rolle of ['AUSBILDUNGSADMINISTRATOR', 'AZUBI']) {
          const result = await client.gql(ROLLE_ZUWEISEN, { input: { userId, betriebsstaetteId, rolle } });
          expectRefusedWith(result, ['FORBIDDEN'], `${actor} rolleZuweisen`);
        }
      }
    }
  },
  'Mutation.rolleEntziehen': async (actor, client) => {
    for (const id of [A.adminRolle.id, A.ausbilderRolle.id, A.azubiRolle.id]) {
      const result = await client.gql(ROLLE_ENTZIEHEN, { id });
      expectRefusedWith(result, actor === 'admin' ? ['NOT_FOUND'] : ['FORBIDDEN'], `${actor} rolleEntziehen`);
    }
  },
  'Query.azubiVerwaltung': async (actor, client) => {
    expectNothingOfA(await client.gql(AZUBI_VERWALTUNG, { first: 100 }), `${actor} azubiVerwaltung`);
  },
  'Query.meineAusbildungsverhaeltnisse': async (actor, client) => {
    expectNothingOfA(
      await client.gql(MEINE_AUSBILDUNGSVERHAELTNISSE),
      `${actor} meineAusbildungsverhaeltnisse`,
    );
  },
  'Query.kammerUnternehmen': async (actor, client) => {
    const result = await client.gql(KAMMER_UNTERNEHMEN);
    expectNothingOfA(result, `${actor} kammerUnternehmen`);
    if (actor === 'sachbearbeiter') expect(textOf(result)).toContain(B.unternehmen.id);
  },
  'Query.berichtsheftWochen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(
        `query($id: ID!) { berichtsheftWochen(vertragId: $id) { montag nachweise { id status } } }`,
        { id: vertragId },
      );
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} berichtsheftWochen`);
    }
  },
  'Query.abdeckung': async (actor, client) => {
    const result = await client.gql(
      `query($id: ID!) { abdeckung(vertragId: $id) { positionen { __typename } stunden { __typename } } }`,
      { id: A.vertrag.id },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} abdeckung`);
  },
  'Query.nachweis': async (actor, client) => {
    for (const id of Object.values(aNachweise)) {
      const result = await client.gql(`query($id: ID!) { nachweis(id: $id) { ${NACHWEIS} } }`, { id });
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweis`);
    }
  },
  'Query.ihreAuszubildenden': async (actor, client) => {
    const result = await client.gql(
      '{ ihreAuszubildenden { vertragId azubiVorname azubiNachname betriebsstaette beruf eingereicht } }',
    );
    expectNothingOfA(result, `${actor} ihreAuszubildenden`);
    if (actor === 'ausbilder') expect(textOf(result)).toContain(B.vertrag.id);
  },
  'Query.offeneGenehmigungen': async (actor, client) => {
    const result = await client.gql('{ offeneGenehmigungen { id azubiName von bis } }');
    expectNothingOfA(result, `${actor} offeneGenehmigungen`);
    if (actor === 'ausbilder') expect(textOf(result)).toContain(bNachweisEingereicht);
  },
  'Query.berichtsheftEinstellungen': async (actor, client) => {
    const result = await client.gql(
      '{ berichtsheftEinstellungen { betriebsstaetteId beruf { id } elektronisch format } }',
    );
    expectNothingOfA(result, `${actor} berichtsheftEinstellungen`);
  },
  'Mutation.berichtsheftEinstellungSetzen': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      const result = await client.gql(
        `mutation($input: BerichtsheftEinstellungInput!) {
          berichtsheftEinstellungSetzen(input: $input) { betriebsstaetteId elektronisch }
        }`,
        { input: { betriebsstaetteId, berufId, elektronisch: false, format: 'TAEGLICH' } },
      );
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} berichtsheftEinstellungSetzen`);
    }
  },
  'Mutation.nachweisAnlegen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(
        `mutation($input: NachweisAnlegenInput!) { nachweisAnlegen(input: $input) { ${NACHWEIS} } }`,
        { input: { vertragId, von: '2025-09-01', bis: '2025-09-05' } },
      );
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweisAnlegen`);
    }
  },
  'Mutation.nachweisSpeichern': async (actor, client) => {
    const result = await client.gql(
      `mutation($input: NachweisSpeichernInput!) { nachweisSpeichern(input: $input) { nachweis { ${NACHWEIS} } } }`,
      {
        input: {
          id: aNachweise.entwurf,
          version: 1,
          abschnitt: 'Übernommen',
          unterweisungen: '',
          berufsschule: '',
          tage: [],
          rahmenplanIds: [],
        },
      },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweisSpeichern`);
  },
  'Mutation.nachweisEinreichen': async (actor, client) => {
    const result = await client.gql(
      `mutation($input: NachweisEinreichenInput!) { nachweisEinreichen(input: $input) { ${NACHWEIS} } }`,
      { input: { id: aNachweise.entwurf, version: 1, genehmigerEmail: B.ausbilder.email } },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweisEinreichen`);
  },
  'Mutation.nachweisGenehmigen': async (actor, client) => {
    await decide(actor, client, 'nachweisGenehmigen', aNachweise.eingereicht);
  },
  'Mutation.nachweisAblehnen': async (actor, client) => {
    await decide(actor, client, 'nachweisAblehnen', aNachweise.eingereicht);
  },
  'Mutation.nachweisNachtraeglichAblehnen': async (actor, client) => {
    await decide(actor, client, 'nachweisNachtraeglichAblehnen', aNachweise.genehmigt);
  },
  'Mutation.nachweiseSammelGenehmigen': async (actor, client) => {
    const ids = Object.values(aNachweise);
    const result = await client.gql<{
      nachweiseSammelGenehmigen: { id: string; ok: boolean; code: string }[];
    }>(
      'mutation($ids: [ID!]!) { nachweiseSammelGenehmigen(ids: $ids, bemerkung: "Passt") { id ok code message } }',
      { ids },
    );
    expect(result.errors, actor).toBeUndefined();
    expect(result.data?.nachweiseSammelGenehmigen.map((r) => [r.ok, r.code])).toEqual(
      ids.map(() => [false, 'NOT_FOUND']),
    );
    // The ids are echoed back because the caller sent them; nothing else of A comes along.
    expectNothingOfA(result, `${actor} nachweiseSammelGenehmigen`, { allow: ids });
  },
  'Mutation.loginMitPin': async (actor) => {
    // A PIN login names an account by e-mail; without its PIN nothing of it opens.
    for (const user of [A.ausbilder, A.admin]) {
      const result = await t
        .client()
        .gql('mutation($input: PinLoginInput!) { loginMitPin(input: $input) { benutzer { id email } } }', {
          input: { email: user.email, pin: '12345678' },
        });
      expectNothingOfA(result, `${actor} loginMitPin`, { codes: ['ANMELDUNG_KEINE_PIN'] });
      expect(codeOf(result)).toBe('ANMELDUNG_KEINE_PIN');
    }
  },
};

async function decide(actor: string, client: TestClient, mutation: string, id: string) {
  const result = await client.gql(
    `mutation($input: NachweisEntscheidungInput!) { ${mutation}(input: $input) { ${NACHWEIS} } }`,
    { input: { id, bemerkung: 'Bitte überarbeiten', papierBestaetigt: true } },
  );
  expectRefusedWith(result, ['NOT_FOUND'], `${actor} ${mutation}`);
}

const ACTORS = ['admin', 'ausbilder', 'azubi', 'ohneRolle', 'sachbearbeiter'];

describe('isolation between Unternehmen', () => {
  it('has an isolation case for every root field of the schema', () => {
    expect(Object.keys(CASES).sort()).toEqual(fields.map((f) => f.id).sort());
  });

  it.each(ACTORS)('B’s %s gets nothing of A from any operation', async (actor) => {
    const client = actors[actor];
    for (const f of fields) await CASES[f.id](actor, client);
    // The actor's own session still works (the cases did not log it out).
    expect((await client.gql('{ me { benutzer { id } } }')).data?.me).not.toBeNull();
  });

  // One id of each kind of A's records; the cases above use every one of them where it fits.
  const probeIds = () => [
    A.unternehmen.id,
    A.kammerId,
    A.hauptsitz.id,
    A.filialen[0].id,
    A.adminRolle.id,
    A.admin.id,
    A.azubi.id,
    A.vertrag.id,
    ...Object.values(aNachweise),
  ];

  // The strongest and the weakest company role suffice here: this pass is the net for a field that
  // forgets its checks altogether; the cases above cover every actor with the fitting ids.
  it.each(['admin', 'azubi'])(
    'B’s %s gets nothing of A by putting A’s ids into any ID argument',
    async (actor) => {
      const client = actors[actor];
      const withIds = fields.filter((f) => idSlots(f).length > 0);
      expect(withIds.map((f) => f.name)).toEqual(
        expect.arrayContaining(['arbeitsbereichWaehlen', 'rolleEntziehen', 'rolleZuweisen', 'nachweis']),
      );
      const calls = withIds.flatMap((f) => probeIds().map((id) => ({ f, id })));
      // A few at a time: the answers do not depend on each other, and A's data is checked at the end.
      for (let i = 0; i < calls.length; i += 6) {
        await Promise.all(
          calls.slice(i, i + 6).map(async ({ f, id }) => {
            const result = await client.gql(operationWithIds(f, id));
            expect(codeOf(result), `${actor} ${f.id}(${id})`).not.toBe('GRAPHQL_VALIDATION_FAILED');
            // Echoing the id the caller sent reveals nothing (e.g. per-id results of a bulk operation).
            expectNothingOfA(result, `${actor} ${f.id}(${id})`, { allow: [id] });
          }),
        );
      }
    },
  );

  it('B’s administrator sees B (the checks above look at real data)', async () => {
    const list = await actors.admin.gqlOk<{ benutzerverwaltung: { totalCount: number } }>(BENUTZERVERWALTUNG);
    expect(list.benutzerverwaltung.totalCount).toBe(3);
    const azubis = await actors.admin.gqlOk<{ azubiVerwaltung: { totalCount: number } }>(AZUBI_VERWALTUNG);
    expect(azubis.azubiVerwaltung.totalCount).toBe(1);
  });

  it('leaves A’s data exactly as it was', async () => {
    const after = await snapshotA();
    expect(after.rollenzuweisungen).toBe(snapshotBefore.rollenzuweisungen);
    expect(after.rollenzuweisungen).toBe(3);
    expect(after).toEqual(snapshotBefore);
  });
});
