import { randomUUID } from 'node:crypto';
import type { KontoToken, KontoTokenZweck } from '@portal/db';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared/clock.js';
import { DomainError } from '../shared/errors.js';
import { BEIM_LOGIN_UNGUELTIG, TOKEN_GUELTIGKEIT_MS, tokenAblauf, tokenZustand } from './token-rules.js';
import { consumeToken, invalidateTokens, issueToken } from './tokens.js';

const START = new Date('2027-03-01T08:00:00Z');
const STUNDE = 60 * 60 * 1000;

/** The part of Prisma's kontoToken delegate that tokens.ts uses, kept in memory. */
function fakeTx() {
  const rows: KontoToken[] = [];
  type Where = Partial<{
    id: string;
    userId: string;
    zweck: { in: KontoTokenZweck[] };
    usedAt: null;
    invalidatedAt: null;
  }>;
  const matches = (row: KontoToken, where: Where) =>
    (where.id === undefined || row.id === where.id) &&
    (where.userId === undefined || row.userId === where.userId) &&
    (where.zweck === undefined || where.zweck.in.includes(row.zweck)) &&
    (where.usedAt === undefined || row.usedAt === null) &&
    (where.invalidatedAt === undefined || row.invalidatedAt === null);
  const kontoToken = {
    async create({ data }: { data: Omit<KontoToken, 'id' | 'usedAt' | 'invalidatedAt'> }) {
      const row = { id: randomUUID(), usedAt: null, invalidatedAt: null, ...data } as KontoToken;
      rows.push(row);
      return row;
    },
    async updateMany({ where, data }: { where: Where; data: Partial<KontoToken> }) {
      const hit = rows.filter((r) => matches(r, where));
      for (const r of hit) Object.assign(r, data);
      return { count: hit.length };
    },
    async findUnique({ where }: { where: { tokenHash: string } }) {
      return rows.find((r) => r.tokenHash === where.tokenHash) ?? null;
    },
  };
  // biome-ignore lint/suspicious/noExplicitAny: a structural fake of the Prisma delegate
  return { tx: { kontoToken } as any, rows };
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe('tokenZustand (pure)', () => {
  const frisch = (zweck: KontoTokenZweck) => ({
    zweck,
    expiresAt: tokenAblauf(zweck, START),
    usedAt: null,
    invalidatedAt: null,
  });

  it('an invitation works 7 days, a reset and an e-mail confirmation 24 hours', () => {
    expect(TOKEN_GUELTIGKEIT_MS.EINLADUNG).toBe(7 * 24 * STUNDE);
    const einladung = frisch('EINLADUNG');
    expect(tokenZustand(einladung, new Date(START.getTime() + 7 * 24 * STUNDE - 1))).toBe('GUELTIG');
    expect(tokenZustand(einladung, new Date(START.getTime() + 7 * 24 * STUNDE))).toBe('ABGELAUFEN');
    for (const zweck of ['PASSWORT_RESET', 'EMAIL_AENDERUNG'] as const) {
      const t = frisch(zweck);
      expect(tokenZustand(t, new Date(START.getTime() + 24 * STUNDE - 1))).toBe('GUELTIG');
      expect(tokenZustand(t, new Date(START.getTime() + 24 * STUNDE))).toBe('ABGELAUFEN');
    }
  });

  it('a used or invalidated link is dead even before it expires; used wins over invalidated', () => {
    const t = frisch('PASSWORT_RESET');
    expect(tokenZustand({ ...t, usedAt: START }, START)).toBe('VERWENDET');
    expect(tokenZustand({ ...t, invalidatedAt: START }, START)).toBe('UNGUELTIG');
    expect(tokenZustand({ ...t, usedAt: START, invalidatedAt: START }, START)).toBe('VERWENDET');
  });
});

describe('issueToken / consumeToken / invalidateTokens with a controlled clock', () => {
  it('a reset link works once within 24 hours', async () => {
    const clock = fixedClock(START);
    const { tx } = fakeTx();
    const t = await issueToken(tx, { userId: 'u1', zweck: 'PASSWORT_RESET' }, clock.now());
    clock.advance(23 * STUNDE);
    const used = await consumeToken(tx, t.token, ['PASSWORT_RESET'], clock.now());
    expect(used.userId).toBe('u1');
    expect(await codeOf(consumeToken(tx, t.token, ['PASSWORT_RESET'], clock.now()))).toBe('LINK_UNGUELTIG');
  });

  it('a link is refused after its time, with its own message', async () => {
    const clock = fixedClock(START);
    const { tx } = fakeTx();
    const reset = await issueToken(tx, { userId: 'u1', zweck: 'PASSWORT_RESET' }, clock.now());
    const einladung = await issueToken(tx, { userId: 'u2', zweck: 'EINLADUNG' }, clock.now());
    clock.advance(24 * STUNDE);
    expect(await codeOf(consumeToken(tx, reset.token, ['PASSWORT_RESET'], clock.now()))).toBe(
      'LINK_ABGELAUFEN',
    );
    clock.advance(6 * 24 * STUNDE - 1);
    expect(await codeOf(consumeToken(tx, einladung.token, ['EINLADUNG'], clock.now()))).toBe('OK');
  });

  it('an invitation is refused after 7 days', async () => {
    const clock = fixedClock(START);
    const { tx } = fakeTx();
    const einladung = await issueToken(tx, { userId: 'u2', zweck: 'EINLADUNG' }, clock.now());
    clock.advance(7 * 24 * STUNDE);
    expect(await codeOf(consumeToken(tx, einladung.token, ['EINLADUNG'], clock.now()))).toBe(
      'LINK_ABGELAUFEN',
    );
  });

  it('a newer request invalidates every older link of the same user and purpose only', async () => {
    const clock = fixedClock(START);
    const { tx } = fakeTx();
    const erste = await issueToken(
      tx,
      { userId: 'u1', zweck: 'EMAIL_AENDERUNG', neueEmail: 'a@x.de' },
      clock.now(),
    );
    const zweite = await issueToken(
      tx,
      { userId: 'u1', zweck: 'EMAIL_AENDERUNG', neueEmail: 'b@x.de' },
      clock.now(),
    );
    clock.advance(60_000);
    const dritte = await issueToken(
      tx,
      { userId: 'u1', zweck: 'EMAIL_AENDERUNG', neueEmail: 'c@x.de' },
      clock.now(),
    );
    const andererZweck = await issueToken(tx, { userId: 'u1', zweck: 'PASSWORT_RESET' }, clock.now());
    const andererUser = await issueToken(
      tx,
      { userId: 'u2', zweck: 'EMAIL_AENDERUNG', neueEmail: 'd@x.de' },
      clock.now(),
    );
    for (const alt of [erste, zweite]) {
      expect(await codeOf(consumeToken(tx, alt.token, ['EMAIL_AENDERUNG'], clock.now()))).toBe(
        'LINK_UNGUELTIG',
      );
    }
    const neueste = await consumeToken(tx, dritte.token, ['EMAIL_AENDERUNG'], clock.now());
    expect(neueste.neueEmail).toBe('c@x.de');
    expect(await codeOf(consumeToken(tx, andererZweck.token, ['PASSWORT_RESET'], clock.now()))).toBe('OK');
    expect(await codeOf(consumeToken(tx, andererUser.token, ['EMAIL_AENDERUNG'], clock.now()))).toBe('OK');
  });

  it('a login with the old password kills open reset and invitation links, not an e-mail change', async () => {
    const clock = fixedClock(START);
    const { tx } = fakeTx();
    const reset = await issueToken(tx, { userId: 'u1', zweck: 'PASSWORT_RESET' }, clock.now());
    const einladung = await issueToken(tx, { userId: 'u1', zweck: 'EINLADUNG' }, clock.now());
    const email = await issueToken(
      tx,
      { userId: 'u1', zweck: 'EMAIL_AENDERUNG', neueEmail: 'n@x.de' },
      clock.now(),
    );
    clock.advance(5 * 60_000);
    // What auth.service's login does on success with the password:
    await invalidateTokens(tx, 'u1', [...BEIM_LOGIN_UNGUELTIG], clock.now());
    expect(await codeOf(consumeToken(tx, reset.token, ['PASSWORT_RESET'], clock.now()))).toBe(
      'LINK_UNGUELTIG',
    );
    expect(await codeOf(consumeToken(tx, einladung.token, ['EINLADUNG'], clock.now()))).toBe(
      'LINK_UNGUELTIG',
    );
    expect(await codeOf(consumeToken(tx, email.token, ['EMAIL_AENDERUNG'], clock.now()))).toBe('OK');
  });

  it('a token of another purpose or an unknown token is refused', async () => {
    const clock = fixedClock(START);
    const { tx } = fakeTx();
    const email = await issueToken(
      tx,
      { userId: 'u1', zweck: 'EMAIL_AENDERUNG', neueEmail: 'n@x.de' },
      clock.now(),
    );
    expect(await codeOf(consumeToken(tx, email.token, ['PASSWORT_RESET', 'EINLADUNG'], clock.now()))).toBe(
      'LINK_UNGUELTIG',
    );
    expect(await codeOf(consumeToken(tx, 'erraten', ['PASSWORT_RESET'], clock.now()))).toBe('LINK_UNGUELTIG');
  });

  it('stores only the hash of the token', async () => {
    const { tx, rows } = fakeTx();
    const t = await issueToken(tx, { userId: 'u1', zweck: 'PASSWORT_RESET' }, START);
    expect(rows[0].tokenHash).not.toBe(t.token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(t.token.length).toBeGreaterThanOrEqual(40);
  });
});
