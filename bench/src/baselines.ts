import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { datenbankName, eigeneCpu, postgresCpu, prozessbaumCpu } from './cpu.js';
import { type BenchDatenbank, POOL_SIZE, pg } from './datenbank.js';
import { type Kandidat, type LastGenerator, schleife } from './messung.js';

/** The bare-Apollo baseline's request: `{ ok }` with nothing else. */
export function apolloKandidat(
  gen: LastGenerator,
  server: { url: string; pid: number },
  verbindungen: readonly number[],
): Kandidat {
  const body = JSON.stringify({ query: '{ ok }' });
  const url = server.url;
  return {
    name: 'apollo_ok',
    titel: 'bare Apollo { ok } (baseline, own process)',
    verbindungen,
    cpu: { server: () => prozessbaumCpu(server.pid), datenbank: () => null },
    messen: (connections, ms) => gen.last({ url, bodies: [body], headers: {}, connections, durationMs: ms }),
  };
}

interface PGliteLike {
  waitReady: Promise<void>;
  query(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * SELECT 1 through the driver the API uses, `connections` loops at once: through a pg pool of the
 * API's size on the scratch database, or through a PGlite instance (in memory; SELECT 1 reads no page).
 */
export async function select1Kandidat(
  d: BenchDatenbank,
  verbindungen: readonly number[],
): Promise<Kandidat & { ende(): Promise<void> }> {
  if (d.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: d.url!, max: POOL_SIZE });
    return {
      name: 'select1',
      titel: `SELECT 1 through pg (pool of ${POOL_SIZE}, baseline)`,
      verbindungen,
      messen: (connections, ms) => schleife(() => pool.query('SELECT 1'), connections, ms),
      cpu: { server: eigeneCpu, datenbank: () => postgresCpu(datenbankName(d.url)) },
      ende: () => pool.end(),
    };
  }
  const { PGlite } = createRequire(fileURLToPath(import.meta.resolve('@portal/db')))(
    '@electric-sql/pglite',
  ) as {
    PGlite: new () => PGliteLike;
  };
  const pglite = new PGlite();
  await pglite.waitReady;
  return {
    name: 'select1',
    titel: 'SELECT 1 through PGlite (baseline)',
    verbindungen,
    messen: (connections, ms) => schleife(() => pglite.query('SELECT 1'), connections, ms),
    cpu: { server: eigeneCpu, datenbank: () => null },
    ende: () => pglite.close(),
  };
}
