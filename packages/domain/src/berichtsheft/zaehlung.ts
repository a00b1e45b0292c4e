import { Prisma, type PrismaClient } from '@portal/db';
import type { IsoDate } from './dates.js';

export interface NachweisZahlen {
  eingereicht: number;
  abgelehnt: number;
  genehmigt: number;
  /** Calendar weeks up to `heute` within the contract that some Nachweis touches. */
  abgedeckteWochen: number;
}

/**
 * Per contract: Nachweise per state and the weeks they cover, counted by PostgreSQL in one
 * statement (the same rule as wochen.ts: a week counts when a Nachweis touches it, between the
 * contract's first week and the week of today or of its end, whichever comes first).
 */
export async function nachweisZahlen(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  vertragIds: string[],
  heute: IsoDate,
): Promise<Map<string, NachweisZahlen>> {
  if (vertragIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<(NachweisZahlen & { vertragId: string })[]>`
    SELECT n."vertragId" AS "vertragId",
      count(*) FILTER (WHERE n.status = 'EINGEREICHT')::int AS eingereicht,
      count(*) FILTER (WHERE n.status = 'ABGELEHNT')::int AS abgelehnt,
      count(*) FILTER (WHERE n.status = 'GENEHMIGT')::int AS genehmigt,
      (
        SELECT count(DISTINCT woche)::int
        FROM "Nachweis" m
        CROSS JOIN LATERAL generate_series(
          date_trunc('week', greatest(m.von, v.beginn)),
          date_trunc('week', least(m.bis, v.ende, ${heute}::date)),
          interval '7 days'
        ) AS woche
        WHERE m."vertragId" = n."vertragId"
      ) AS "abgedeckteWochen"
    FROM "Nachweis" n
    JOIN "Ausbildungsverhaeltnis" v ON v.id = n."vertragId"
    WHERE n."vertragId" IN (${Prisma.join(vertragIds.map((id) => Prisma.sql`${id}::uuid`))})
    GROUP BY n."vertragId", v.beginn, v.ende`;
  return new Map(rows.map(({ vertragId, ...zahlen }) => [vertragId, zahlen]));
}
