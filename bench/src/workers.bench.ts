import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { figurenVon, tabelle, type Ziel, zieleDrucken } from './auswertung.js';
import { apolloKandidat } from './baselines.js';
import { datenbankName, postgresCpu, prozessbaumCpu } from './cpu.js';
import { benchDatenbank } from './datenbank.js';
import { type Antwort, Sitzung } from './http.js';
import {
  auswerten,
  baselineServer,
  last1,
  lastGenerator,
  maschine,
  median,
  rundenMessen,
} from './messung.js';
import { alsKandidat, einmalPruefen, type Groesse, OPERATIONEN } from './operationen.js';
import { VOLL } from './portal.bench.js';
import { analysieren, ausbilderMitAzubis, stammdaten } from './portal-seed.js';
import { type Figure, round, writeResults } from './report.js';

const VERBINDUNGEN = [100] as const;
/**
 * The requests compared: the week page (a target) and the open approvals, both mostly Node's work
 * (Ihre Auszubildenden and the Prüfungen would mostly show PostgreSQL and the pool's 5 s queue).
 */
const VERGLICHEN = ['woche', 'offene_genehmigungen'];

async function freierPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The API as production starts it (`node src/main.ts`, NODE_ENV=production) with WORKERS=n on the
 * scratch PostgreSQL database, in a child process; ready when /healthz answers and the workers
 * had a moment to listen (node:cluster hands connections only to listening workers).
 */
async function apiProzess(databaseUrl: string, workers: number) {
  const port = await freierPort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-api-'));
  const prozess: ChildProcess = spawn(process.execPath, [...process.execArgv, 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..', '..', 'apps', 'api'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      WORKERS: String(workers),
      PORT: String(port),
      APP_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PUBLIC_URL: 'http://localhost:3000',
      DATA_DIR: dataDir,
      WEB_DIST: path.join(dataDir, 'no-web'),
      LOG_LEVEL: 'warn',
      DEMO_DATA: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const bis = Date.now() + 120_000;
  for (;;) {
    if (prozess.exitCode !== null) throw new Error(`API (WORKERS=${workers}) ended with ${prozess.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > bis) throw new Error(`API (WORKERS=${workers}) did not start within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return {
    graphqlUrl: `${url}/graphql`,
    pid: prozess.pid!,
    async ende() {
      prozess.kill('SIGTERM');
      await new Promise((resolve) => prozess.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One process or two on this machine: the API started as in production with WORKERS=1 and
 * WORKERS=2 (both running, against the same PostgreSQL database and data), the same requests
 * from the load generator's process, interleaved with the bare-Apollo baseline.
 * bench/results/workers-postgres.json.
 */
export async function workersBenchmark(): Promise<void> {
  const t0 = performance.now();
  console.log(`\nworkers (postgres): ${maschine()}`);
  const d = await benchDatenbank('postgres');
  const gen = lastGenerator();
  const apolloServer = await baselineServer();
  const apis: Awaited<ReturnType<typeof apiProzess>>[] = [];
  try {
    const s = await stammdaten(d.db.prisma);
    const g: Groesse = {
      ausbilder: await ausbilderMitAzubis(d, s, 'w156', VOLL.azubis, VOLL.wochen, VOLL.offenJeAzubi),
    };
    await analysieren(d);
    const w1 = await apiProzess(d.url!, 1);
    apis.push(w1);
    const w2 = await apiProzess(d.url!, 2);
    apis.push(w2);
    // Sessions live in the database: one login serves both servers.
    const azubi = await Sitzung.anmelden(w1.graphqlUrl, g.ausbilder.azubi);
    const ausbilder = await Sitzung.anmelden(w1.graphqlUrl, g.ausbilder.ausbilder);
    const sitzung = { azubi, ausbilder, admin: ausbilder };
    const ops = OPERATIONEN.filter((op) => VERGLICHEN.includes(op.name));
    const kandidaten = [];
    for (const op of ops)
      for (const [n, api] of [
        [1, w1],
        [2, w2],
      ] as const) {
        await einmalPruefen(op, g, async (q, v) => {
          const r = await fetch(api.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...sitzung[op.wer].headers },
            body: JSON.stringify({ query: q, variables: v }),
          });
          return (await r.json()) as Antwort;
        });
        kandidaten.push(
          alsKandidat(op, gen, api.graphqlUrl, sitzung[op.wer].headers, g, {
            name: `${op.name}_w${n}`,
            titel: `${op.titel}, WORKERS=${n}`,
            verbindungen: VERBINDUNGEN,
            cpu: {
              server: () => prozessbaumCpu(api.pid),
              datenbank: () => postgresCpu(datenbankName(d.url)),
            },
          }),
        );
      }
    const apollo = apolloKandidat(gen, apolloServer, VERBINDUNGEN);
    const ergebnis = await rundenMessen(apollo, undefined, kandidaten, VERBINDUNGEN);
    const alle = [...ergebnis.apollo, ...ergebnis.reihen];
    for (const c of VERBINDUNGEN) tabelle(alle, c);
    const figures: Figure[] = alle.flatMap((r) => figurenVon(r));
    const ziele: Ziel[] = [];
    for (const op of ops)
      for (const c of VERBINDUNGEN) {
        const r1 = ergebnis.reihen.find((r) => r.kandidat.name === `${op.name}_w1` && r.connections === c)!;
        const r2 = ergebnis.reihen.find((r) => r.kandidat.name === `${op.name}_w2` && r.connections === c)!;
        // Per round: WORKERS=2 against WORKERS=1 of the same round.
        const faktor = round(
          median(
            r2.laeufe.map((l) => {
              const partner = r1.laeufe.find((p) => p.runde === l.runde);
              return partner ? l.ergebnis.rps / partner.ergebnis.rps : Number.NaN;
            }),
          ),
          2,
        );
        figures.push({
          metric: `${op.name}_c${c}_w2_vs_w1_rps`,
          value: faktor,
          unit: 'ratio',
          n: r2.laeufe.length,
        });
        const a1 = auswerten(r1);
        const a2 = auswerten(r2);
        ziele.push({
          ziel: `${op.titel}, ${c} connections: WORKERS=2 against WORKERS=1 (req/s; informative)`,
          gemessen: `${faktor}× (${a1.rps} → ${a2.rps} req/s; p99 ${a1.p99} → ${a2.p99} ms)`,
          erfuellt: undefined,
        });
      }
    zieleDrucken('One process or two (2 CPUs; the load generator and PostgreSQL share them):', ziele);
    figures.push({ metric: 'loadavg_end', value: last1(), unit: 'load', n: 1 });
    writeResults('workers-postgres', figures, { quiet: true });
    console.log(
      `\nworkers took ${round((performance.now() - t0) / 1000, 0)} s. Wrote bench/results/workers-postgres.json.`,
    );
  } finally {
    for (const api of apis) await api.ende();
    apolloServer.ende();
    gen.ende();
    await d.close();
  }
}
