import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('login', () => {
  it('logs in with e-mail and password and shows the own Arbeitsbereich', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = t.client();
    const result = await client.login(b.admin.email.toUpperCase(), TEST_PASSWORD);
    expect(result.errors).toBeUndefined();
    const me = await client.gql<{ me: { aktuellerArbeitsbereich: { name: string; rollen: string[] } } }>(
      '{ me { aktuellerArbeitsbereich { name rollen } } }',
    );
    expect(me.data?.me.aktuellerArbeitsbereich).toEqual({
      name: b.hauptsitz.name,
      rollen: ['AUSBILDUNGSADMINISTRATOR'],
    });
  });
});
