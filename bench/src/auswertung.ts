import { type Auswertung, auswerten, type Reihe } from './messung.js';
import { type Figure, round } from './report.js';

/** The figures of one series: medians over the rounds, ratios to the baselines, errors, spread, load. */
export function figurenVon(r: Reihe, a: Auswertung = auswerten(r)): Figure[] {
  const p = `${r.kandidat.name}_c${r.connections}`;
  const runden = r.laeufe.length;
  const f: Figure[] = [
    { metric: `${p}_rps`, value: a.rps, unit: 'req/s', n: a.requests },
    { metric: `${p}_p50`, value: a.p50, unit: 'ms', n: a.requests },
    { metric: `${p}_p90`, value: a.p90, unit: 'ms', n: a.requests },
    { metric: `${p}_p95`, value: a.p95, unit: 'ms', n: a.requests },
    { metric: `${p}_p99`, value: a.p99, unit: 'ms', n: a.requests },
    { metric: `${p}_max`, value: a.max, unit: 'ms', n: a.requests },
  ];
  if (a.rpsZuApollo !== undefined)
    f.push(
      { metric: `${p}_rps_vs_apollo`, value: a.rpsZuApollo, unit: 'ratio', n: runden },
      { metric: `${p}_p50_vs_apollo`, value: a.p50ZuApollo ?? 0, unit: 'ratio', n: runden },
      { metric: `${p}_p99_vs_apollo`, value: a.p99ZuApollo ?? 0, unit: 'ratio', n: runden },
    );
  if (a.rpsZuSelect1 !== undefined)
    f.push({ metric: `${p}_rps_vs_select1`, value: a.rpsZuSelect1, unit: 'ratio', n: runden });
  if (a.cpuServer !== undefined)
    f.push({ metric: `${p}_cpu_server_ms_per_request`, value: a.cpuServer, unit: 'ms', n: runden });
  if (a.cpuDatenbank !== undefined)
    f.push({ metric: `${p}_cpu_postgres_ms_per_request`, value: a.cpuDatenbank, unit: 'ms', n: runden });
  if (a.cpuZuApollo !== undefined)
    f.push({ metric: `${p}_cpu_vs_apollo`, value: a.cpuZuApollo, unit: 'ratio', n: runden });
  f.push(
    { metric: `${p}_errors`, value: a.errors, unit: 'count', n: a.requests },
    { metric: `${p}_non2xx`, value: a.non2xx, unit: 'count', n: a.requests },
    { metric: `${p}_rps_spread`, value: a.streuung, unit: '%', n: runden },
    { metric: `${p}_loadavg`, value: a.last, unit: 'load', n: runden },
  );
  return f;
}

const cpuText = (server: number | undefined, db: number | undefined) =>
  server === undefined
    ? '–'
    : db === undefined
      ? `${round(server, 2)}`
      : `${round(server, 2)} + ${round(db, 2)} pg`;
const pct = (v: number | undefined) => (v === undefined ? '–' : `${round(v * 100, 0)} %`);
const x = (v: number | undefined) => (v === undefined ? '–' : `${round(v, 2)}×`);

/** The printed table of one number of connections: baselines first, then the operations. */
export function tabelle(reihen: Reihe[], c: number) {
  const zeilen = reihen
    .filter((r) => r.connections === c)
    .map((r) => {
      const a = auswerten(r);
      return {
        measured: r.kandidat.titel,
        'req/s': a.rps,
        'of Apollo': pct(a.rpsZuApollo),
        'of SELECT 1': pct(a.rpsZuSelect1),
        'p50 ms': a.p50,
        'p90 ms': a.p90,
        'p95 ms': a.p95,
        'p99 ms': a.p99,
        'max ms': a.max,
        'p99 vs Apollo': x(a.p99ZuApollo),
        'CPU ms/req': cpuText(a.cpuServer, a.cpuDatenbank),
        'CPU: of Apollo': pct(a.cpuZuApollo),
        'errors/non-2xx': `${a.errors}/${a.non2xx}`,
        'spread of rounds': `${a.streuung} %`,
        'load avg': `${a.last} (${a.lastMin}–${a.lastMax})`,
      };
    });
  console.log(
    `\n${c} connections (medians of the rounds; ratios against the bare-Apollo runs of the same round):`,
  );
  console.table(zeilen);
}

export interface Ziel {
  ziel: string;
  gemessen: string;
  /** true = met, false = missed, undefined = not measured here. */
  erfuellt: boolean | undefined;
}

export function zieleDrucken(titel: string, ziele: Ziel[]) {
  console.log(`\n${titel}`);
  console.table(
    ziele.map((z) => ({
      target: z.ziel,
      measured: z.gemessen,
      verdict: z.erfuellt === undefined ? 'n/a' : z.erfuellt ? 'met' : 'MISSED',
    })),
  );
}

export const prozent = pct;
