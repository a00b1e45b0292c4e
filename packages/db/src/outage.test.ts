import { describe, expect, it } from 'vitest';
import { databaseOutageReason } from './outage.js';

const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code}`), { code, errno: -1, syscall: 'connect' });
const pgError = (code: string) =>
  Object.assign(new Error('canceling statement due to statement timeout'), { code, severity: 'ERROR' });

describe('databaseOutageReason', () => {
  it('recognises an unavailable database in each shape the driver stack produces', () => {
    const prismaKnown = Object.assign(new Error("Can't reach database server"), {
      name: 'PrismaClientKnownRequestError',
      code: 'P1001',
    });
    const adapterError = Object.assign(new Error('DatabaseNotReachable'), {
      name: 'DriverAdapterError',
      cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 },
    });
    const adapterPostgres = Object.assign(new Error('postgres'), {
      name: 'DriverAdapterError',
      cause: { kind: 'postgres', code: '57014', severity: 'ERROR', message: 'canceling statement' },
    });
    const wrapped = Object.assign(new Error('Context creation failed'), {
      originalError: new Error('Query read timeout'),
    });
    expect(databaseOutageReason(prismaKnown)).toBe('P1001');
    expect(databaseOutageReason(adapterError)).toBe('DatabaseNotReachable');
    expect(databaseOutageReason(adapterPostgres)).toBe('57014');
    expect(databaseOutageReason(pgError('57P01'))).toBe('57P01');
    expect(databaseOutageReason(pgError('08006'))).toBe('08006');
    expect(databaseOutageReason(socketError('ECONNREFUSED'))).toBe('ECONNREFUSED');
    expect(databaseOutageReason(new Error('Connection terminated unexpectedly'))).toBe(
      'Connection terminated unexpectedly',
    );
    expect(databaseOutageReason(new Error('timeout exceeded when trying to connect'))).toBeDefined();
    expect(databaseOutageReason(wrapped)).toBe('Query read timeout');
    expect(
      databaseOutageReason(Object.assign(new Error('x'), { meta: { driverAdapterError: adapterError } })),
    ).toBe('DatabaseNotReachable');
  });

  it('leaves every other error alone', () => {
    const unique = Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
    const deadlock = pgError('40P01');
    const syntax = pgError('42601');
    for (const error of [
      unique,
      deadlock,
      syntax,
      new Error('deadlock detected'),
      'text',
      null,
      undefined,
      {},
    ]) {
      expect(databaseOutageReason(error)).toBeUndefined();
    }
    // A code that looks like a SQLSTATE but is no PostgreSQL error.
    expect(databaseOutageReason(Object.assign(new Error('x'), { code: '57014' }))).toBeUndefined();
  });

  it('stops on cycles', () => {
    const a: Record<string, unknown> = { message: 'a' };
    a.cause = a;
    expect(databaseOutageReason(a)).toBeUndefined();
  });
});
