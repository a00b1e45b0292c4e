import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, expectRefused } from './support/expect.js';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import { operationFor, type RootField, rootFields } from './support/schema.js';

/**
 * Authentication is the default: every root field refuses a caller without a session, except
 * these. Adding a public field means adding it here, on purpose.
 */
const PUBLIC_FIELDS = [
  'Mutation.login',
  'Mutation.loginMitPin',
  'Query.me',
  // Kammer-Konten (H6): the public forms /unternehmen-beantragen and /registrieren.
  'Query.oeffentlicheKammern',
  'Mutation.unternehmenBeantragen',
  'Mutation.registrieren',
  // Konten (H4): links from e-mails and "Passwort vergessen" (/passwort-setzen, /email-bestaetigen, /passwort-vergessen).
  'Mutation.passwortVergessen',
  'Query.kontoLink',
  'Mutation.passwortSetzen',
  'Mutation.emailBestaetigen',
];

let t: TestApp;
let fields: RootField[];
beforeAll(async () => {
  t = await startTestApp();
  fields = await rootFields();
});
afterAll(async () => {
  await t?.close();
});

describe('the schema', () => {
  it('has root fields to check (the enumeration itself works)', () => {
    expect(fields.map((f) => f.id)).toEqual(expect.arrayContaining(['Query.me', 'Mutation.rolleZuweisen']));
    expect(fields.length).toBeGreaterThanOrEqual(12);
  });

  it('marks exactly the intended fields as public', () => {
    const marked = fields.filter((f) => f.field.extensions?.public === true).map((f) => f.id);
    expect(marked.sort()).toEqual([...PUBLIC_FIELDS].sort());
  });

  it('builds a valid operation for every field', async () => {
    // Without a session every generated operation must at least get past GraphQL validation,
    // or the checks below would pass on validation errors instead of authentication.
    const client = t.client();
    for (const f of fields) {
      const result = await client.gql(operationFor(f));
      expect(codeOf(result), `${f.id}: ${JSON.stringify(result.errors)}`).not.toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
      expect(codeOf(result), f.id).not.toBe('GRAPHQL_PARSE_FAILED');
    }
  });
});

describe('without a session', () => {
  it('every root field that is not public answers UNAUTHENTICATED', async () => {
    const client = t.client();
    const protectedFields = fields.filter((f) => !PUBLIC_FIELDS.includes(f.id));
    expect(protectedFields.length).toBe(fields.length - PUBLIC_FIELDS.length);
    for (const f of protectedFields) {
      const result = await client.gql(operationFor(f));
      expect(codeOf(result), `${f.id}: ${JSON.stringify(result)}`).toBe('UNAUTHENTICATED');
      expectRefused(result, 'UNAUTHENTICATED');
      expect(result.errors?.[0].message).toBe('Bitte melden Sie sich an.');
    }
  });

  it('me answers null', async () => {
    const result = await t.client().gql('{ me { benutzer { id } } }');
    expect(result).toEqual({ data: { me: null } });
  });

  it('the logins are reachable (answer with a login error, not UNAUTHENTICATED)', async () => {
    for (const mutation of [
      'login(input: { email: "niemand@test.example", password: "x" })',
      'loginMitPin(input: { email: "niemand@test.example", pin: "12345678" })',
    ]) {
      const result = await t.client().gql(`mutation { ${mutation} { __typename } }`);
      expect(codeOf(result), mutation).toBe('ANMELDUNG_UNBEKANNT');
    }
  });

  it('a revoked session counts as no session on every protected field', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    await t.db.prisma.session.updateMany({
      where: { userId: b.admin.id },
      data: { revokedAt: t.clock.now() },
    });
    for (const f of fields.filter((x) => !PUBLIC_FIELDS.includes(x.id))) {
      expect(codeOf(await client.gql(operationFor(f))), f.id).toBe('UNAUTHENTICATED');
    }
  });
});

describe('with a session but without the CSRF header', () => {
  let admin: TestClient;
  beforeAll(async () => {
    const b = await buildBetrieb(t.db.prisma);
    admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
  });

  it.each([
    ['an administrator', 'admin'],
    ['an Azubi', 'azubi'],
  ] as const)('every protected root field refuses %s with CSRF_UNGUELTIG', async (_label, who) => {
    const b = await buildBetrieb(t.db.prisma);
    const client = await t.client().loginOk(b[who].email, TEST_PASSWORD);
    for (const f of fields.filter((x) => !PUBLIC_FIELDS.includes(x.id))) {
      const result = await client.gql(operationFor(f), {}, { csrf: false });
      expect(codeOf(result), `${f.id}: ${JSON.stringify(result.errors)}`).toBe('CSRF_UNGUELTIG');
      expectRefused(result, 'CSRF_UNGUELTIG');
    }
    // The session itself is untouched: with the header it still works.
    const me = await client.gqlOk<{ me: { benutzer: { id: string } } }>('{ me { benutzer { id } } }');
    expect(me.me.benutzer.id).toBe(b[who].id);
  });

  it('the public fields treat the request as logged out: me is null, login is open', async () => {
    expect(await admin.gql('{ me { benutzer { id } } }', {}, { csrf: false })).toEqual({
      data: { me: null },
    });
    const result = await admin.gql(
      'mutation { login(input: { email: "niemand@test.example", password: "x" }) { __typename } }',
      {},
      { csrf: false },
    );
    expect(codeOf(result)).toBe('ANMELDUNG_UNBEKANNT');
  });

  it('logout without the header does not end the session', async () => {
    const result = await admin.gql('mutation { logout }', {}, { csrf: false });
    expectRefused(result, 'CSRF_UNGUELTIG');
    const me = await admin.gqlOk<{ me: { benutzer: { id: string } } | null }>('{ me { benutzer { id } } }');
    expect(me.me).not.toBeNull();
  });
});

describe('a session acting for someone whose Vertretung has ended (H5)', () => {
  it('every protected root field answers VERTRETUNG_BEENDET; me answers the deputy themselves', async () => {
    const b = await buildBetrieb(t.db.prisma);
    await t.db.prisma.vertretung.create({
      data: {
        vertretenerUserId: b.admin.id,
        vertreterUserId: b.ausbilder.id,
        vertreterEmail: b.ausbilder.email,
        vertreterVorname: b.ausbilder.vorname,
        vertreterNachname: b.ausbilder.nachname,
        status: 'BEENDET',
        createdById: b.admin.id,
      },
    });
    const deputy = await t.client().loginOk(b.ausbilder.email, TEST_PASSWORD);
    const actAgain = () =>
      t.db.prisma.session.updateMany({
        where: { userId: b.ausbilder.id },
        data: { actingForUserId: b.admin.id },
      });
    // (The public fields are checked by the test above; here only the protected ones matter.)
    for (const f of fields.filter(
      (x) => !PUBLIC_FIELDS.includes(x.id) && x.field.extensions?.public !== true,
    )) {
      await actAgain();
      const result = await deputy.gql(operationFor(f));
      expect(codeOf(result), `${f.id}: ${JSON.stringify(result.errors)}`).toBe('VERTRETUNG_BEENDET');
      expectRefused(result, 'VERTRETUNG_BEENDET');
    }
    await actAgain();
    const me = await deputy.gqlOk<{
      me: { benutzer: { id: string }; vertretenePerson: { id: string } | null };
    }>('{ me { benutzer { id } vertretenePerson { id } } }');
    expect(me.me).toEqual({ benutzer: { id: b.ausbilder.id }, vertretenePerson: null });
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: b.ausbilder.id } });
    expect(session.actingForUserId).toBeNull();
  });
});

describe('the public forms of the Kammer-Konten (H6)', () => {
  it('answer without a session: the Kammer list, field errors of the application and the registration', async () => {
    const client = t.client();
    const kammern = await client.gql<{ oeffentlicheKammern: unknown[] }>(
      '{ oeffentlicheKammern { id name } }',
    );
    expect(kammern.errors).toBeUndefined();
    const antrag = await client.gql(
      `mutation { unternehmenBeantragen(input: { kammerId: "x", firmenname: "", strasse: "", plz: "", ort: "",
        bundesland: "", unternehmensEmail: "", vorname: "", nachname: "", email: "" }) { hinweis } }`,
    );
    expect(codeOf(antrag)).toBe('BAD_USER_INPUT');
    const registrierung = await client.gql(
      'mutation { registrieren(input: { kammerId: "x", vorname: "", nachname: "", email: "" }) { hinweis } }',
    );
    expect(codeOf(registrierung)).toBe('BAD_USER_INPUT');
  });
});

describe('the document download (GET /dokumente/:id) outside GraphQL', () => {
  it('needs a session like every protected field: 401 with a German JSON message', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-dokument']) {
      const response = await t.client().request(`/dokumente/${id}`);
      expect(response.status, id).toBe(401);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toBe('Bitte melden Sie sich an.');
    }
  });

  it('counts a revoked session as no session', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    expect((await client.request('/dokumente/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    await t.db.prisma.session.updateMany({
      where: { userId: b.azubi.id },
      data: { revokedAt: t.clock.now() },
    });
    expect((await client.request('/dokumente/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });
});
