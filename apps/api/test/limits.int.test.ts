import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/graphql/limits.js';
import { codeOf } from './support/expect.js';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/harness.js';

/**
 * Bounded cost per request (hardening issue): the requests that stalled the server are refused
 * before any resolver runs, with a German message naming the limit, and the server stays
 * responsive. What the SPA sends stays allowed (limits.test.ts checks every SPA document).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const aliase = (n: number, feld: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${feld}`).join(' ')} }`;

async function post(query: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
      data?: unknown;
    },
  };
}

describe('the cost of one request is bounded', () => {
  it('refuses 20,000 anonymous aliases at the parser, in German, and /healthz keeps answering', async () => {
    const angriff = post(aliase(20_000, 'oeffentlicheKammern { id name }'));
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const { body } = await angriff;
    expect(body.errors?.[0].message).toContain(`zu groß (höchstens ${LIMITS.TOKENS} Bausteine)`);
    expect(body.errors?.[0].extensions?.code).toBe('ANFRAGE_ZU_AUFWENDIG');
    expect(body.data).toBeUndefined();
  });

  it('refuses too many aliases, too deep a selection and too many directives, naming the limit', async () => {
    const zuViele = await post(aliase(LIMITS.ALIASES + 1, 'oeffentlicheKammern { id }'));
    expect(zuViele.body.errors?.[0].message).toContain(`zu viele Aliasse (höchstens ${LIMITS.ALIASES})`);
    const tief = `{ me { ${'benutzer { id } vertretenePerson { '.repeat(1)}id } ${'aktuellerArbeitsbereich { '.repeat(1)}key } } }`;
    expect((await post(tief)).body.errors).toBeUndefined();
    const zuTief = `query { ${'me { aktuellerArbeitsbereich { '.repeat(7)}key${' } }'.repeat(7)} }`;
    expect((await post(zuTief)).body.errors?.[0].message).toMatch(/tief verschachtelt|ungültig/);
    const direktiven = `{ me ${'@include(if: true) '.repeat(LIMITS.DIRECTIVES + 1)}{ benutzer { id } } }`;
    expect((await post(direktiven)).body.errors?.[0].message).toContain('zu viele Direktiven');
  });

  it('holds public fields to the anonymous budget, with or without a session; the rest to a higher one', async () => {
    const breit = aliase(15, 'oeffentlicheKammern { id name }');
    const anonym = await post(breit);
    expect(anonym.body.errors?.[0].extensions?.code).toBe('ANFRAGE_ZU_AUFWENDIG');
    expect(anonym.body.errors?.[0].message).toContain(`höchstens ${LIMITS.KOSTEN_ANONYM}`);
    const A = await buildBetrieb(t.db.prisma);
    const client = await t.client().loginOk(A.admin.email, TEST_PASSWORD);
    // A session does not buy more of what anyone may call.
    expect(codeOf(await client.gql(breit))).toBe('ANFRAGE_ZU_AUFWENDIG');
    expect((await client.gql(aliase(2, 'azubiVerwaltung(first: 50) { totalCount }'))).errors).toBeUndefined();
    // Nor more than one password check per request.
    const zweiLogins = aliase(
      2,
      `login(input: { email: "${A.admin.email}", password: "${TEST_PASSWORD}" }) { benutzer { id } }`,
    );
    const logins = await post(zweiLogins.replace(/^\{/, 'mutation {'));
    expect(logins.body.errors?.[0].extensions?.code).toBe('ANFRAGE_ZU_AUFWENDIG');
    // Logged in, 20 aliases of the Betrieb's whole exam overview are still too much.
    const teuer = await client.gql(
      aliase(
        20,
        'betriebPruefungen { vertragId azubiName aktionen pruefung { id bezeichnung } anmeldung { id status } }',
      ),
    );
    expect(codeOf(teuer)).toBe('ANFRAGE_ZU_AUFWENDIG');
    expect(teuer.errors?.[0].message).toContain(`höchstens ${LIMITS.KOSTEN}`);
  });
});
