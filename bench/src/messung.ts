// Child processes, the interleaved rounds and the statistics shared by the portal, workers and
// 1M benchmarks.
import { type ChildProcess, fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type CpuQuelle, type CpuStand, cpuDifferenz } from './cpu.js';
import type { LastAuftrag, LastErgebnis } from './loadgen.js';
import { round } from './report.js';

export type { LastErgebnis };

const ENV = (name: string, standard: number) => {
  const wert = process.env[name];
  if (wert === undefined || wert === '') return standard;
  const zahl = Number(wert);
  if (!Number.isFinite(zahl) || zahl <= 0) throw new Error(`${name} must be a positive number, not ${wert}`);
  return zahl;
};
/** Rounds (each figure is the median over them) and seconds per measurement; BENCH_ROUNDS, BENCH_DURATION. */
export const RUNDEN = Math.max(3, Math.round(ENV('BENCH_ROUNDS', 3)));
export const DAUER_MS = ENV('BENCH_DURATION', 2) * 1000;
/** Warm-up of each measured request before the first round (JIT, plan caches, pools), not recorded. */
export const AUFWAERMEN_MS = Math.min(DAUER_MS, 1000);

/** The 1-minute load average, one decimal. */
export const last1 = () => round(loadavg()[0], 1);
export const maschine = () =>
  `${cpus().length} CPUs, load average ${loadavg()
    .map((l) => round(l, 1))
    .join(' ')}`;

export function median(werte: number[]): number {
  if (werte.length === 0) return 0;
  const s = [...werte].sort((a, b) => a - b);
  const mitte = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mitte] : (s[mitte - 1] + s[mitte]) / 2;
}

/** (max − min) / median of the rounds, in percent: how far the rounds lie apart. */
export function streuung(werte: number[]): number {
  const m = median(werte);
  if (werte.length < 2 || m === 0) return 0;
  return round(((Math.max(...werte) - Math.min(...werte)) / m) * 100, 0);
}

/** A forked child speaking the { id, ergebnis | fehler } protocol of loadgen.ts. */
function ipcKind(datei: string, env?: NodeJS.ProcessEnv) {
  const prozess: ChildProcess = fork(fileURLToPath(new URL(datei, import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: env ?? process.env,
  });
  return prozess;
}

/** The load generator in a child process of its own. */
export function lastGenerator() {
  const prozess = ipcKind('./loadgen.ts');
  let naechste = 0;
  const offen = new Map<number, { resolve: (v: LastErgebnis) => void; reject: (e: Error) => void }>();
  prozess.on('message', (m: { id: number; ergebnis?: LastErgebnis; fehler?: string }) => {
    const wartend = offen.get(m.id);
    offen.delete(m.id);
    if (m.fehler || !m.ergebnis) wartend?.reject(new Error(m.fehler ?? 'no result'));
    else wartend?.resolve(m.ergebnis);
  });
  prozess.on('exit', (code) => {
    for (const w of offen.values()) w.reject(new Error(`load generator ended (${code})`));
    offen.clear();
  });
  return {
    last(auftrag: LastAuftrag): Promise<LastErgebnis> {
      const id = naechste++;
      return new Promise((resolve, reject) => {
        offen.set(id, { resolve, reject });
        prozess.send({ ...auftrag, id });
      });
    },
    ende: () => prozess.kill(),
  };
}
export type LastGenerator = ReturnType<typeof lastGenerator>;

/** The bare-Apollo baseline (baseline-server.ts) in a child process; its /graphql URL. */
export async function baselineServer() {
  const prozess = ipcKind('./baseline-server.ts', { ...process.env, NODE_ENV: 'production' });
  const port = await new Promise<number>((resolve, reject) => {
    prozess.once('message', (m: { port: number }) => resolve(m.port));
    prozess.once('exit', (code) => reject(new Error(`baseline server ended (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, pid: prozess.pid!, ende: () => prozess.kill() };
}

/**
 * `connections` loops, each running `abfrage` again as soon as it returned, for `ms`: the figure
 * of a database round trip through the driver (no HTTP, no GraphQL), in this process.
 */
export async function schleife(
  abfrage: () => Promise<unknown>,
  connections: number,
  ms: number,
): Promise<LastErgebnis> {
  const latenzen: number[] = [];
  let errors = 0;
  const begin = performance.now();
  const ende = begin + ms;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < ende) {
        const t0 = performance.now();
        try {
          await abfrage();
          latenzen.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const dauer = performance.now() - begin;
  const s = Float64Array.from(latenzen).sort();
  const p = (q: number) =>
    s.length === 0 ? 0 : round(s[Math.max(0, Math.min(s.length - 1, Math.ceil((q / 100) * s.length) - 1))]);
  return {
    requests: latenzen.length + errors,
    rps: round(latenzen.length / (dauer / 1000), 1),
    p50: p(50),
    p90: p(90),
    p95: p(95),
    p99: p(99),
    max: p(100),
    errors,
    non2xx: 0,
    ms: Math.round(dauer),
  };
}

/** Something measured: a request through the load generator, or a baseline. */
export interface Kandidat {
  name: string;
  /** What it is, for the printout. */
  titel: string;
  verbindungen: readonly number[];
  messen(connections: number, ms: number): Promise<LastErgebnis>;
  /** After each run (e.g. submit the approved weeks again). */
  nachher?(): Promise<void>;
  /** Where the CPU time of the server and the database is read. */
  cpu?: CpuQuelle;
}

/** CPU per request (answered or failed) during one run, ms; null where it cannot be read. */
export interface CpuJeAnfrage {
  server: number | null;
  datenbank: number | null;
}

export interface Lauf {
  runde: number;
  ergebnis: LastErgebnis;
  lastVorher: number;
  lastNachher: number;
  cpu?: CpuJeAnfrage;
  /** The bare-Apollo runs around it in the same round (before the group and after it). */
  apollo: LastErgebnis[];
  /** Their CPU per request. */
  apolloCpu: CpuJeAnfrage[];
  select1?: LastErgebnis;
}

export interface Reihe {
  kandidat: Kandidat;
  connections: number;
  laeufe: Lauf[];
}

const zeile = (name: string, c: number, r: number, e: LastErgebnis, l0: number, l1: number) =>
  `  round ${r + 1} c=${String(c).padStart(3)} ${name.padEnd(28)} ${String(e.rps).padStart(8)} req/s  p50 ${String(e.p50).padStart(7)}  p99 ${String(e.p99).padStart(7)} ms  ${e.errors + e.non2xx > 0 ? `errors ${e.errors} non-2xx ${e.non2xx}  ` : ''}load ${l0}→${l1}`;

/**
 * The rounds: per round and number of connections, the bare-Apollo baseline, SELECT 1, every
 * candidate (their order rotated by one each round), and the bare-Apollo baseline again. Each
 * candidate's ratio is taken against the two baseline runs around it, in the same round.
 * A warm-up run of each precedes the first round.
 */
export async function rundenMessen(
  apollo: Kandidat,
  select1: Kandidat | undefined,
  kandidaten: Kandidat[],
  connections: readonly number[],
): Promise<{ reihen: Reihe[]; apollo: Reihe[]; select1: Reihe[] }> {
  const reihen = new Map<string, Reihe>();
  const reiheVon = (k: Kandidat, c: number) => {
    const key = `${k.name}@${c}`;
    let r = reihen.get(key);
    if (!r) {
      r = { kandidat: k, connections: c, laeufe: [] };
      reihen.set(key, r);
    }
    return r;
  };
  const einmal = async (k: Kandidat, c: number, ms: number) => {
    const l0 = last1();
    const s0 = k.cpu?.server() ?? null;
    const d0 = k.cpu?.datenbank() ?? null;
    const ergebnis = await k.messen(c, ms);
    const s1 = k.cpu?.server() ?? null;
    const d1 = k.cpu?.datenbank() ?? null;
    const je = (a: CpuStand | null, b: CpuStand | null) => {
      const ms = cpuDifferenz(a, b);
      return ms !== null && ergebnis.requests > 0 ? round(ms / ergebnis.requests, 3) : null;
    };
    const cpu: CpuJeAnfrage | undefined = k.cpu ? { server: je(s0, s1), datenbank: je(d0, d1) } : undefined;
    const l1 = last1();
    await k.nachher?.();
    return { ergebnis, l0, l1, cpu };
  };
  console.log(`\nWarm-up (${AUFWAERMEN_MS / 1000} s each, not recorded) …`);
  for (const c of connections)
    for (const k of [apollo, ...(select1 ? [select1] : []), ...kandidaten])
      if (k.verbindungen.includes(c)) await einmal(k, c, AUFWAERMEN_MS);

  console.log(`${RUNDEN} rounds of ${DAUER_MS / 1000} s per measurement:`);
  for (let runde = 0; runde < RUNDEN; runde++) {
    for (const c of connections) {
      const hier = kandidaten.filter((k) => k.verbindungen.includes(c));
      const gedreht = hier.map((_, i) => hier[(i + runde) % hier.length]);
      const vorher = await einmal(apollo, c, DAUER_MS);
      console.log(zeile(apollo.name, c, runde, vorher.ergebnis, vorher.l0, vorher.l1));
      let s1: LastErgebnis | undefined;
      const gruppe: Lauf[] = [];
      if (select1) {
        const s = await einmal(select1, c, DAUER_MS);
        console.log(zeile(select1.name, c, runde, s.ergebnis, s.l0, s.l1));
        s1 = s.ergebnis;
        reiheVon(select1, c).laeufe.push({
          runde,
          ergebnis: s.ergebnis,
          lastVorher: s.l0,
          lastNachher: s.l1,
          cpu: s.cpu,
          apollo: [],
          apolloCpu: [],
        });
      }
      for (const k of gedreht) {
        const m = await einmal(k, c, DAUER_MS);
        console.log(zeile(k.name, c, runde, m.ergebnis, m.l0, m.l1));
        const lauf: Lauf = {
          runde,
          ergebnis: m.ergebnis,
          lastVorher: m.l0,
          lastNachher: m.l1,
          cpu: m.cpu,
          apollo: [vorher.ergebnis],
          apolloCpu: vorher.cpu ? [vorher.cpu] : [],
          select1: s1,
        };
        gruppe.push(lauf);
        reiheVon(k, c).laeufe.push(lauf);
      }
      const nachher = await einmal(apollo, c, DAUER_MS);
      console.log(zeile(apollo.name, c, runde, nachher.ergebnis, nachher.l0, nachher.l1));
      for (const lauf of gruppe) {
        lauf.apollo.push(nachher.ergebnis);
        if (nachher.cpu) lauf.apolloCpu.push(nachher.cpu);
      }
      for (const e of [vorher, nachher])
        reiheVon(apollo, c).laeufe.push({
          runde,
          ergebnis: e.ergebnis,
          lastVorher: e.l0,
          lastNachher: e.l1,
          cpu: e.cpu,
          apollo: [],
          apolloCpu: [],
        });
    }
  }
  const alle = [...reihen.values()];
  return {
    reihen: alle.filter((r) => r.kandidat !== apollo && r.kandidat !== select1),
    apollo: alle.filter((r) => r.kandidat === apollo),
    select1: alle.filter((r) => r.kandidat === select1),
  };
}

/** Medians over the rounds of one series, and its ratios to the baselines of the same rounds. */
export function auswerten(r: Reihe) {
  const e = r.laeufe.map((l) => l.ergebnis);
  const mittel = (werte: number[]) => werte.reduce((a, b) => a + b, 0) / werte.length;
  const verhaeltnis = (f: (l: Lauf) => number | undefined) => {
    const werte = r.laeufe.map(f).filter((v): v is number => v !== undefined && Number.isFinite(v));
    return werte.length > 0 ? round(median(werte), 3) : undefined;
  };
  return {
    rps: round(median(e.map((x) => x.rps)), 1),
    p50: round(median(e.map((x) => x.p50))),
    p90: round(median(e.map((x) => x.p90))),
    p95: round(median(e.map((x) => x.p95))),
    p99: round(median(e.map((x) => x.p99))),
    max: round(Math.max(...e.map((x) => x.max))),
    requests: e.reduce((a, x) => a + x.requests, 0),
    errors: e.reduce((a, x) => a + x.errors, 0),
    non2xx: e.reduce((a, x) => a + x.non2xx, 0),
    streuung: streuung(e.map((x) => x.rps)),
    last: round(median(r.laeufe.map((l) => (l.lastVorher + l.lastNachher) / 2)), 1),
    lastMin: Math.min(...r.laeufe.map((l) => Math.min(l.lastVorher, l.lastNachher))),
    lastMax: Math.max(...r.laeufe.map((l) => Math.max(l.lastVorher, l.lastNachher))),
    rpsZuApollo: verhaeltnis((l) =>
      l.apollo.length > 0 ? l.ergebnis.rps / mittel(l.apollo.map((a) => a.rps)) : undefined,
    ),
    p50ZuApollo: verhaeltnis((l) =>
      l.apollo.length > 0 ? l.ergebnis.p50 / mittel(l.apollo.map((a) => a.p50)) : undefined,
    ),
    p99ZuApollo: verhaeltnis((l) =>
      l.apollo.length > 0 ? l.ergebnis.p99 / mittel(l.apollo.map((a) => a.p99)) : undefined,
    ),
    rpsZuSelect1: verhaeltnis((l) => (l.select1 ? l.ergebnis.rps / l.select1.rps : undefined)),
    cpuServer: cpuMedian(r.laeufe.map((l) => l.cpu?.server)),
    cpuDatenbank: cpuMedian(r.laeufe.map((l) => l.cpu?.datenbank)),
    /**
     * Bare Apollo's CPU per request over this request's (server and database): the share of
     * Apollo's throughput this request would reach if CPU were the only limit, whatever else runs.
     */
    cpuZuApollo: verhaeltnis((l) => {
      const eigene = gesamtCpu(l.cpu);
      const apollo = l.apolloCpu.map(gesamtCpu).filter((v): v is number => v !== undefined);
      return eigene && apollo.length > 0 ? mittel(apollo) / eigene : undefined;
    }),
  };
}

const gesamtCpu = (c: CpuJeAnfrage | undefined) =>
  c?.server === null || c?.server === undefined ? undefined : c.server + (c.datenbank ?? 0);

function cpuMedian(werte: (number | null | undefined)[]): number | undefined {
  const da = werte.filter((v): v is number => v !== null && v !== undefined);
  return da.length > 0 ? round(median(da), 3) : undefined;
}
export type Auswertung = ReturnType<typeof auswerten>;
