import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';

/** Strings with NUL, control characters or lone surrogates never reach the database (hardening issue). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { benutzer { id } } }';

describe('the input boundary', () => {
  it.each([
    ['NUL', 'max\u0000@example.org'],
    ['a lone surrogate', '\uD800@example.org'],
    ['ESC', '\u001B@example.org'],
  ])(
    'answers %s in a public operation with BAD_USER_INPUT naming the field, in German',
    async (_name, email) => {
      const result = await t.client().gql(LOGIN, { input: { email, password: 'egal' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(result.errors?.[0].message).toMatch(/^Das Feld „email“ enthält/);
    },
  );

  it('checks inline literals as well, named by their argument', async () => {
    const result = await t
      .client()
      .gql(`mutation { passwortVergessen(kennung: "a\\u0000b@example.org") { __typename } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kennung' });
  });

  it('refuses a text longer than its kind allows, before any work', async () => {
    const result = await t
      .client()
      .gql('mutation($k: String!) { passwortVergessen(kennung: $k) { __typename } }', {
        k: `${'a'.repeat(300)}@example.org`,
      });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Die Angabe in „kennung“ ist zu lang (höchstens 254 Zeichen).',
      extensions: { code: 'BAD_USER_INPUT', field: 'kennung' },
    });
  });

  it('refuses a malformed date literal in German', async () => {
    const result = await t
      .client()
      .gql(
        'mutation { nachweisAnlegen(input: { vertragId: "0b8f7e4e-5d7c-4e7e-9a51-0c3a4f3e2b10", von: "abc", bis: "2026-02-30" }) { id } }',
      );
    expect(result.errors?.[0].message).toBe(
      'Das Datum in der Anfrage ist ungültig: Bitte geben Sie einen Kalendertag im Format JJJJ-MM-TT an.',
    );
  });

  it('lets text with line breaks and any script through', async () => {
    const result = await t
      .client()
      .gql(LOGIN, { input: { email: 'ayşe.yıldız@example.org', password: 'x\ny' } });
    expect(result.errors?.[0].extensions?.code).toBe('ANMELDUNG_UNBEKANNT');
  });
});

describe('messages of the libraries in German', () => {
  it('a variable of the wrong type names the field', async () => {
    const result = await t.client().gql(LOGIN, { input: { email: 42, password: true } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(result.errors?.[0].message).toBe('Der Wert für „email“ ist ungültig: erwartet wird ein Text.');
  });

  it('Apollo’s CSRF, GET-mutation and batching refusals are German', async () => {
    const csrf = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { benutzer { id } } }')}`);
    expect(((await csrf.json()) as { errors: { message: string }[] }).errors[0].message).toContain('CSRF');
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(((await get.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
      'nur mit POST',
    );
    const batch = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ me { benutzer { id } } }' },
        { query: '{ me { benutzer { id } } }' },
      ]),
    });
    expect(((await batch.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'Mehrere Operationen in einer Anfrage werden nicht unterstützt.',
    );
  });
});
