import { ERROR_MESSAGES } from '@portal/domain';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { konfliktAntwort, konfliktPlugin } from './konflikt.js';

// A unique violation as Prisma throws it over adapter-pg, and as the PGlite adapter throws it.
const p2002 = Object.assign(new Error('Unique constraint failed on the fields: (`email`)'), {
  name: 'PrismaClientKnownRequestError',
  code: 'P2002',
  meta: {
    modelName: 'User',
    driverAdapterError: { cause: { kind: 'UniqueConstraintViolation', constraint: { fields: ['email'] } } },
  },
});
const pglite = Object.assign(new Error('postgres'), {
  name: 'DriverAdapterError',
  cause: { kind: 'postgres', code: '23505', severity: 'ERROR', message: 'duplicate key value' },
});
const imResolver = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['rolleEinladen'] });

async function statusNach(errors: GraphQLError[]): Promise<number | undefined> {
  const requestContext = { errors, response: { http: { status: undefined as number | undefined } } };
  const hooks = await konfliktPlugin.requestDidStart!({} as never);
  await hooks!.didEncounterErrors!(requestContext as never);
  return requestContext.response.http.status;
}

describe('an unhandled unique violation', () => {
  it('is answered as a German conflict naming no value, and logged with the fields only', () => {
    for (const error of [p2002, pglite]) {
      const konflikt = konfliktAntwort(error, ['rolleEinladen']);
      expect(konflikt?.antwort).toEqual({
        message: ERROR_MESSAGES.CONFLICT,
        path: ['rolleEinladen'],
        extensions: { code: 'CONFLICT' },
      });
      expect(konflikt?.antwort.message).toMatch(/gleichzeitig/);
    }
    expect(konfliktAntwort(p2002, ['rolleEinladen'])?.log).toEqual({
      event: 'eindeutigkeit_verletzt',
      ort: 'graphql',
      pfad: 'rolleEinladen',
      felder: ['email'],
    });
    expect(konfliktAntwort(new Error('something else'))).toBeUndefined();
  });

  it('makes the response 409, unless the database is unavailable (503 goes first)', async () => {
    expect(await statusNach([imResolver(p2002)])).toBe(409);
    expect(await statusNach([imResolver(pglite)])).toBe(409);
    expect(await statusNach([imResolver(new Error('other'))])).toBeUndefined();
    const ausfall = Object.assign(new Error("Can't reach database server"), { code: 'P1001' });
    expect(await statusNach([imResolver(p2002), imResolver(ausfall)])).toBeUndefined();
  });
});
