import { describe, expect, it } from 'vitest';
import { isUniqueViolation, uniqueViolationTarget } from './unique-violation.js';

describe('isUniqueViolation', () => {
  // The shapes as the driver stack throws them (captured from adapter-pg 7.10 and pglite-prisma-adapter 0.7).
  const p2002 = Object.assign(new Error('Unique constraint failed on the constraint: `User_email_key`'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2002',
    meta: {
      modelName: 'User',
      driverAdapterError: {
        name: 'DriverAdapterError',
        cause: {
          originalCode: '23505',
          kind: 'UniqueConstraintViolation',
          constraint: { index: 'User_email_key' },
          table: 'User',
        },
      },
    },
  });
  const p2002Pglite = Object.assign(new Error('Unique constraint failed on the fields: (`email`)'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2002',
    meta: {
      modelName: 'User',
      driverAdapterError: {
        name: 'DriverAdapterError',
        cause: {
          originalCode: '23505',
          kind: 'UniqueConstraintViolation',
          constraint: { fields: ['email'] },
        },
      },
    },
  });
  const rawPg = Object.assign(new Error('Raw query failed. Code: `23505`'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2010',
    meta: {
      driverAdapterError: {
        name: 'DriverAdapterError',
        cause: {
          originalCode: '23505',
          kind: 'UniqueConstraintViolation',
          constraint: { index: 'User_email_key' },
          table: 'User',
        },
      },
    },
  });
  // The PGlite adapter before 0.7 threw a bare DriverAdapterError.
  const pglite = Object.assign(new Error('postgres'), {
    name: 'DriverAdapterError',
    cause: { kind: 'postgres', code: '23505', severity: 'ERROR', message: 'duplicate key value' },
  });
  const pg = Object.assign(new Error('duplicate key value violates unique constraint "User_email_key"'), {
    code: '23505',
    severity: 'ERROR',
    constraint: 'User_email_key',
  });
  const graphql = Object.assign(new Error('wrapped'), { originalError: p2002 });

  it('recognises each shape', () => {
    for (const error of [p2002, p2002Pglite, rawPg, pglite, pg, graphql])
      expect(isUniqueViolation(error)).toBe(true);
    expect(uniqueViolationTarget(p2002)).toEqual(['User_email_key']);
    expect(uniqueViolationTarget(p2002Pglite)).toEqual(['email']);
    expect(uniqueViolationTarget(rawPg)).toEqual(['User_email_key']);
    expect(uniqueViolationTarget(pg)).toEqual(['User_email_key']);
    expect(uniqueViolationTarget(pglite)).toBeUndefined();
  });

  it('leaves every other error alone', () => {
    const notFound = Object.assign(new Error('No record'), { code: 'P2025' });
    const foreignKey = Object.assign(new Error('fk'), { code: '23503', severity: 'ERROR' });
    const deadlock = Object.assign(new Error('postgres'), { cause: { kind: 'postgres', code: '40P01' } });
    // A string that merely looks like the code is not a database error.
    const text = Object.assign(new Error('23505'), { code: '23505' });
    for (const error of [notFound, foreignKey, deadlock, text, new Error('x'), null, 'P2002'])
      expect(isUniqueViolation(error)).toBe(false);
  });
});
