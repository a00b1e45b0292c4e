import type { Prisma, User } from '@portal/db';

type Tx = Pick<Prisma.TransactionClient, 'user'>;

export interface NeuesKonto {
  /** Lower case (normalizeEmail). */
  email: string;
  vorname: string;
  nachname: string;
  createdAt?: Date;
}

/**
 * The account behind an e-mail address, created without password or PIN when there is none yet.
 * One `INSERT ... ON CONFLICT DO NOTHING RETURNING`: when two transactions create the same address
 * at once, the second waits for the first to commit and then finds that account (`neu: false`)
 * instead of failing on the unique `User.email`, so the rest of its work runs as if it had come
 * second. A find-then-create would let both pass the find (docs/architecture.md, "Parallel requests").
 */
export async function kontoFuerAdresse(tx: Tx, konto: NeuesKonto): Promise<{ user: User; neu: boolean }> {
  const [angelegt] = await tx.user.createManyAndReturn({ data: [konto], skipDuplicates: true });
  if (angelegt) return { user: angelegt, neu: true };
  return { user: await tx.user.findUniqueOrThrow({ where: { email: konto.email } }), neu: false };
}
