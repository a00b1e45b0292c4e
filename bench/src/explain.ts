import type { BenchDatenbank } from './datenbank.js';

export interface Statement {
  query: string;
  params: unknown[];
  /** As Prisma reports it (its query event), ms. */
  ms: number;
}

interface PlanKnoten {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanKnoten[];
}

/** Tables that grow with the Nachweise: a sequential scan on one of them at 1M is a finding. */
export const GROSSE_TABELLEN = ['Nachweis', 'NachweisTag', 'NachweisEreignis', 'NachweisRahmenplan'];

/** Records the SQL Prisma sends (its query event) while `aufzeichnen` is on. */
export function sqlMitschnitt(d: BenchDatenbank) {
  const statements: Statement[] = [];
  let an = false;
  const prisma = d.db.prisma as unknown as {
    $on(event: 'query', listener: (e: { query: string; params: string; duration: number }) => void): void;
  };
  prisma.$on('query', (e) => {
    if (!an) return;
    let params: unknown[] = [];
    try {
      params = JSON.parse(e.params) as unknown[];
    } catch {
      params = [];
    }
    statements.push({ query: e.query, params, ms: Number(e.duration) });
  });
  return {
    async aufzeichnen(wahrend: () => Promise<unknown>): Promise<Statement[]> {
      statements.length = 0;
      an = true;
      try {
        await wahrend();
      } finally {
        an = false;
      }
      return [...statements];
    },
  };
}

function knoten(plan: PlanKnoten, tiefe = 0): { text: string; knoten: PlanKnoten }[] {
  const teile = [plan['Node Type']];
  if (plan['Relation Name']) teile.push(`on ${plan['Relation Name']}`);
  if (plan['Index Name']) teile.push(`using ${plan['Index Name']}`);
  return [
    { text: `${'  '.repeat(tiefe)}${teile.join(' ')}`, knoten: plan },
    ...(plan.Plans ?? []).flatMap((p) => knoten(p, tiefe + 1)),
  ];
}

export interface PlanBericht {
  operation: string;
  statement: string;
  knoten: string[];
  /** Scans in one line: "Index Scan on Nachweis, Seq Scan on Ausbildungsverhaeltnis". */
  scans: string;
  /** Sequential scans on GROSSE_TABELLEN. */
  seqScans: string[];
  /** The planner's estimate; above jit_above_cost PostgreSQL compiles the query first. */
  kosten: number;
  /** JIT compilation planned (PostgreSQL's "JIT" section): functions, with inlining/optimisation. */
  jit?: string;
  fehler?: string;
}

interface Plan {
  Plan: PlanKnoten & { 'Total Cost': number };
  JIT?: { Functions: number; Options: { Inlining: boolean; Optimization: boolean } };
}

/** EXPLAIN (FORMAT JSON) of every statement (transaction control aside), with the captured parameters. */
export async function erklaeren(
  d: BenchDatenbank,
  operation: string,
  statements: Statement[],
): Promise<PlanBericht[]> {
  const berichte: PlanBericht[] = [];
  for (const s of statements) {
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|DEALLOCATE)\b/i.test(s.query)) continue;
    const kurz = s.query.replace(/\s+/g, ' ').slice(0, 160);
    try {
      const rows = await d.sql(`EXPLAIN (FORMAT JSON) ${s.query}`, s.params);
      const ergebnis = (rows[0]['QUERY PLAN'] as Plan[])[0];
      const alle = knoten(ergebnis.Plan);
      const jit = ergebnis.JIT;
      berichte.push({
        operation,
        statement: kurz,
        knoten: alle.map((k) => k.text),
        scans: [
          ...new Set(
            alle
              .filter((k) => k.knoten['Node Type'].includes('Scan') && k.knoten['Relation Name'])
              .map((k) => `${k.knoten['Node Type']} on ${k.knoten['Relation Name']}`),
          ),
        ].join(', '),
        kosten: ergebnis.Plan['Total Cost'],
        jit: jit
          ? `${jit.Functions} functions${jit.Options.Inlining ? ', inlining' : ''}${jit.Options.Optimization ? ', optimisation' : ''}`
          : undefined,
        seqScans: alle
          .filter(
            (k) =>
              k.knoten['Node Type'] === 'Seq Scan' &&
              GROSSE_TABELLEN.includes(k.knoten['Relation Name'] ?? ''),
          )
          .map((k) => k.knoten['Relation Name'] ?? ''),
      });
    } catch (error) {
      berichte.push({
        operation,
        statement: kurz,
        knoten: [],
        scans: '',
        seqScans: [],
        kosten: 0,
        fehler: String(error),
      });
    }
  }
  return berichte;
}
