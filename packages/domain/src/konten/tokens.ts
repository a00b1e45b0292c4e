import { randomBytes } from 'node:crypto';
import type { KontoToken, KontoTokenZweck, Prisma } from '@portal/db';
import { hashToken } from '../auth/auth.service.js';
import { DomainError } from '../shared/errors.js';
import { tokenAblauf, tokenZustand } from './token-rules.js';

type Tx = Pick<Prisma.TransactionClient, 'kontoToken'>;

export interface NeuesToken {
  /** The secret for the link; never stored, only its SHA-256. */
  token: string;
  id: string;
  expiresAt: Date;
}

/**
 * Issues a single-use link token. Every older open token of the same user and purpose dies with
 * it ("a newer request invalidates every older link").
 */
export async function issueToken(
  tx: Tx,
  input: { userId: string; zweck: KontoTokenZweck; neueEmail?: string; createdById?: string | null },
  now: Date,
): Promise<NeuesToken> {
  await invalidateTokens(tx, input.userId, [input.zweck], now);
  const token = randomBytes(32).toString('base64url');
  const row = await tx.kontoToken.create({
    data: {
      userId: input.userId,
      zweck: input.zweck,
      tokenHash: hashToken(token),
      neueEmail: input.neueEmail ?? null,
      createdAt: now,
      expiresAt: tokenAblauf(input.zweck, now),
      createdById: input.createdById ?? null,
    },
  });
  return { token, id: row.id, expiresAt: row.expiresAt };
}

/** Kills every open token of these purposes (new password, login with the old one, newer request). */
export async function invalidateTokens(
  tx: Tx,
  userId: string,
  zwecke: KontoTokenZweck[],
  now: Date,
): Promise<void> {
  await tx.kontoToken.updateMany({
    where: { userId, zweck: { in: zwecke }, usedAt: null, invalidatedAt: null },
    data: { invalidatedAt: now },
  });
}

/**
 * Uses a token once. The conditional update makes "once" hold across API instances: of two
 * requests with the same link, exactly one wins. Callers run this inside the transaction that
 * performs the action, so a failed action leaves the link usable.
 */
export async function consumeToken(
  tx: Tx,
  token: string,
  zwecke: KontoTokenZweck[],
  now: Date,
): Promise<KontoToken> {
  const row = await tx.kontoToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || !zwecke.includes(row.zweck)) throw new DomainError('LINK_UNGUELTIG');
  const zustand = tokenZustand(row, now);
  if (zustand === 'ABGELAUFEN') throw new DomainError('LINK_ABGELAUFEN');
  if (zustand !== 'GUELTIG') throw new DomainError('LINK_UNGUELTIG');
  const claimed = await tx.kontoToken.updateMany({
    where: { id: row.id, usedAt: null, invalidatedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw new DomainError('LINK_UNGUELTIG');
  return { ...row, usedAt: now };
}
