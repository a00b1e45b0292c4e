import { figurenVon, prozent, tabelle, type Ziel, zieleDrucken } from './auswertung.js';
import { apolloKandidat, select1Kandidat } from './baselines.js';
import { type CpuQuelle, datenbankName, eigeneCpu, postgresCpu } from './cpu.js';
import { benchDatenbank } from './datenbank.js';
import { erklaeren, type PlanBericht, type Statement, sqlMitschnitt } from './explain.js';
import { Sitzung } from './http.js';
import {
  AUFWAERMEN_MS,
  auswerten,
  baselineServer,
  DAUER_MS,
  last1,
  lastGenerator,
  maschine,
  median,
  type Reihe,
  RUNDEN,
  rundenMessen,
} from './messung.js';
import {
  alsKandidat,
  einmalPruefen,
  type Groesse,
  OPERATIONEN,
  type Operation,
  type Wer,
} from './operationen.js';
import {
  analysieren,
  ausbilderMitAzubis,
  betriebMitAnmeldungen,
  stammdaten,
  wiederEinreichen,
} from './portal-seed.js';
import { type Figure, round, writeResults } from './report.js';
import { startBenchApp } from './server.js';

/** The sizes: the issue's (40 Azubis × 156 weeks, 500 registrations) and a small one for the statement counts. */
export const VOLL = { azubis: 40, wochen: 156, offenJeAzubi: 3, anmeldungen: 500 };
const KLEIN = { azubis: 4, wochen: 20, offenJeAzubi: 3, anmeldungen: 50 };
export const VERBINDUNGEN = [10, 100] as const;
/** Sequential requests per operation for the breakdown. */
const EINZELN = 5;

/** The issue's targets, as shares of the bare-Apollo baseline's throughput in the same round. */
export const ZIELE = { woche: 0.3, ihre_auszubildenden: 0.15, betrieb_pruefungen: 0.1, wocheP99Ms: 50 };

/** SQL statements of one request, counted by @portal/db's counter (the server runs in this process). */
async function statements(
  d: Awaited<ReturnType<typeof benchDatenbank>>,
  op: Operation,
  g: Groesse,
  s: Sitzung,
): Promise<number> {
  const id = g.ausbilder.offen[0];
  const einmal = async () => {
    await einmalPruefen(op, g, (q, v) => s.gql(q, v), id);
    if (op.jeOffeneWoche) await wiederEinreichen(d, [id]);
  };
  await einmal();
  d.db.statements.reset();
  await einmal();
  return d.db.statements.count;
}

/**
 * The portal under load: the SPA's own operations (its typed documents) on the issue's sizes,
 * with 10 and 100 connections from the load generator's process, interleaved with the two
 * baselines (bare Apollo in its own process, SELECT 1 through the driver) in every round; each
 * figure also as a ratio of them. The API runs in this process (statement counts need its
 * database handle); bench/results/portal-<db>.json.
 */
export async function portalBenchmark(kind: string): Promise<void> {
  const t0 = performance.now();
  const lastAnfang = last1();
  console.log(`\nportal (${kind}): ${maschine()}`);
  const d = await benchDatenbank(kind);
  const gen = lastGenerator();
  const apolloServer = await baselineServer();
  let ende: (() => Promise<void>) | undefined;
  const server = await startBenchApp(d.db, { logLevel: 'error' });
  try {
    const s = await stammdaten(d.db.prisma);
    const voll: Groesse = {
      ausbilder: await ausbilderMitAzubis(d, s, 'a156', VOLL.azubis, VOLL.wochen, VOLL.offenJeAzubi),
      betrieb: await betriebMitAnmeldungen(d, s, 'b500', VOLL.anmeldungen),
    };
    const klein: Groesse = {
      ausbilder: await ausbilderMitAzubis(d, s, 'a20', KLEIN.azubis, KLEIN.wochen, KLEIN.offenJeAzubi),
      betrieb: await betriebMitAnmeldungen(d, s, 'b50', KLEIN.anmeldungen),
    };
    await analysieren(d);
    console.log(
      `Seeded in ${round((performance.now() - t0) / 1000, 1)} s: ${VOLL.azubis} Azubis × ${VOLL.wochen} weeks (${voll.ausbilder.offen.length} submitted) for the Ausbilder/-in, ${VOLL.anmeldungen} registrations + 10 for the Betrieb; small size ${KLEIN.azubis} × ${KLEIN.wochen}, ${KLEIN.anmeldungen} registrations.`,
    );

    const graphqlUrl = `${server.url}/graphql`;
    const sitzungen = async (g: Groesse): Promise<Record<Wer, Sitzung>> => ({
      azubi: await Sitzung.anmelden(graphqlUrl, g.ausbilder.azubi),
      ausbilder: await Sitzung.anmelden(graphqlUrl, g.ausbilder.ausbilder),
      admin: await Sitzung.anmelden(graphqlUrl, g.betrieb!.admin),
    });
    const sVoll = await sitzungen(voll);
    const sKlein = await sitzungen(klein);

    // Statement counts at both sizes (each request also checked once).
    const figures: Figure[] = [];
    const zaehlung: { op: Operation; klein: number; voll: number }[] = [];
    for (const op of OPERATIONEN) {
      const k = await statements(d, op, klein, sKlein[op.wer]);
      const v = await statements(d, op, voll, sVoll[op.wer]);
      zaehlung.push({ op, klein: k, voll: v });
    }
    const zeilenZahl = (op: Operation, g: Groesse) =>
      op.name === 'betrieb_pruefungen' || op.name.endsWith('verwaltung')
        ? `${g.betrieb!.anmeldungen} registrations`
        : op.name === 'offene_genehmigungen' || op.name === 'genehmigen'
          ? `${g.ausbilder.offen.length} open`
          : `${g.ausbilder.azubis} × ${g.ausbilder.wochen} weeks`;
    console.log('\nSQL statements per request (one request each, after a warm one):');
    console.table(
      zaehlung.map((z) => ({
        operation: z.op.titel,
        small: `${z.klein} (${zeilenZahl(z.op, klein)})`,
        full: `${z.voll} (${zeilenZahl(z.op, voll)})`,
        flat: z.klein === z.voll ? 'yes' : 'NO',
      })),
    );
    for (const z of zaehlung) {
      const n = (g: Groesse) =>
        z.op.name === 'betrieb_pruefungen' || z.op.name.endsWith('verwaltung')
          ? g.betrieb!.anmeldungen
          : z.op.name === 'offene_genehmigungen' || z.op.name === 'genehmigen'
            ? g.ausbilder.offen.length
            : g.ausbilder.azubis * g.ausbilder.wochen;
      figures.push(
        { metric: `${z.op.name}_sql_statements`, value: z.klein, unit: 'count', n: n(klein) },
        { metric: `${z.op.name}_sql_statements`, value: z.voll, unit: 'count', n: n(voll) },
      );
    }

    // One request at a time: where its time goes (SQL as Prisma times it) and the plans.
    const mitschnitt = sqlMitschnitt(d);
    const einzeln: { op: Operation; wall: number; sql: number; plaene: PlanBericht[] }[] = [];
    for (const op of OPERATIONEN) {
      const id = voll.ausbilder.offen[0];
      const walls: number[] = [];
      const sqls: number[] = [];
      let letzte: Statement[] = [];
      for (let i = 0; i < EINZELN; i++) {
        const t = performance.now();
        letzte = await mitschnitt.aufzeichnen(() =>
          einmalPruefen(op, voll, (q, v) => sVoll[op.wer].gql(q, v), id),
        );
        walls.push(performance.now() - t);
        sqls.push(letzte.reduce((summe, st) => summe + st.ms, 0));
        if (op.jeOffeneWoche) await wiederEinreichen(d, [id]);
      }
      einzeln.push({
        op,
        wall: round(median(walls)),
        sql: round(median(sqls)),
        plaene: await erklaeren(d, op.name, letzte),
      });
    }
    console.log(
      `\nOne request at a time (median of ${EINZELN}; full size): the request, the SQL in it (Prisma's timing of each statement, summed) and the plan of each statement:`,
    );
    console.table(
      einzeln.map((e) => {
        const langsamste = [...e.plaene].sort((a, b) => b.kosten - a.kosten)[0];
        return {
          operation: e.op.titel,
          'request ms': e.wall,
          'SQL ms': e.sql,
          'SQL share': prozent(e.wall > 0 ? e.sql / e.wall : undefined),
          'JIT-compiled statements': e.plaene.filter((p) => p.jit).length,
          'costliest plan': langsamste ? `${round(langsamste.kosten, 0)}: ${langsamste.scans}` : '–',
        };
      }),
    );
    for (const e of einzeln) {
      console.log(`- ${e.op.name}:`);
      for (const p of e.plaene)
        console.log(
          `    cost ${String(round(p.kosten, 0)).padStart(7)}${p.jit ? ` JIT (${p.jit})` : ''}: ${p.scans || p.knoten[0]?.trim() || p.fehler}  ← ${p.statement.slice(0, 90)}`,
        );
      figures.push(
        { metric: `${e.op.name}_single_request_ms`, value: e.wall, unit: 'ms', n: EINZELN },
        { metric: `${e.op.name}_single_sql_ms`, value: e.sql, unit: 'ms', n: EINZELN },
        {
          metric: `${e.op.name}_jit_statements`,
          value: e.plaene.filter((p) => p.jit).length,
          unit: 'count',
          n: e.plaene.length,
        },
      );
    }

    // Load: the baselines and the operations, interleaved.
    const select1 = await select1Kandidat(d, VERBINDUNGEN);
    ende = select1.ende;
    const apollo = apolloKandidat(gen, apolloServer, VERBINDUNGEN);
    // The API runs in this process: its CPU is this process's (with PGlite, the database's too).
    const serverCpu: CpuQuelle = {
      server: eigeneCpu,
      datenbank: () => (d.kind === 'postgres' ? postgresCpu(datenbankName(d.url)) : null),
    };
    const kandidaten = OPERATIONEN.map((op) =>
      alsKandidat(op, gen, graphqlUrl, sVoll[op.wer].headers, voll, {
        nachher: op.jeOffeneWoche ? () => wiederEinreichen(d, voll.ausbilder.offen) : undefined,
        cpu: serverCpu,
      }),
    );
    const ergebnis = await rundenMessen(apollo, select1, kandidaten, VERBINDUNGEN);
    const alle: Reihe[] = [...ergebnis.apollo, ...ergebnis.select1, ...ergebnis.reihen];
    for (const c of VERBINDUNGEN) tabelle(alle, c);
    for (const r of alle) figures.push(...figurenVon(r));

    // The targets (set for PostgreSQL; on PGlite for comparison).
    const reihe = (name: string, c: number) =>
      ergebnis.reihen.find((r) => r.kandidat.name === name && r.connections === c);
    const ziele: Ziel[] = [];
    const anteil = (name: keyof typeof ZIELE, titel: string) => {
      for (const c of VERBINDUNGEN) {
        const r = reihe(name, c);
        const a = r ? auswerten(r) : undefined;
        const fehlerfrei = a !== undefined && a.errors + a.non2xx === 0;
        ziele.push({
          ziel: `${titel}, ${c} connections: ≥ ${prozent(ZIELE[name])} of bare Apollo's req/s`,
          gemessen: a
            ? `${prozent(a.rpsZuApollo)} (${a.rps} req/s)${fehlerfrei ? '' : `, ${a.errors} errors, ${a.non2xx} non-2xx`}; by CPU ${prozent(a.cpuZuApollo)}`
            : '–',
          erfuellt: a?.rpsZuApollo === undefined ? undefined : fehlerfrei && a.rpsZuApollo >= ZIELE[name],
        });
      }
    };
    anteil('woche', 'Week query (Nachweis)');
    const woche100 = reihe('woche', 100);
    if (woche100) {
      const a = auswerten(woche100);
      ziele.push({
        ziel: `Week query (Nachweis), 100 connections: p99 < ${ZIELE.wocheP99Ms} ms`,
        gemessen: `${a.p99} ms`,
        erfuellt: a.p99 < ZIELE.wocheP99Ms && a.errors + a.non2xx === 0,
      });
    }
    anteil('ihre_auszubildenden', `Ihre Auszubildenden (${VOLL.azubis} × ${VOLL.wochen} weeks)`);
    anteil('betrieb_pruefungen', `Betrieb's Prüfungen (${VOLL.anmeldungen} registrations, the whole list)`);
    for (const z of zaehlung)
      ziele.push({
        ziel: `${z.op.titel}: SQL statements flat in the rows`,
        gemessen: `${z.klein} → ${z.voll}`,
        erfuellt: z.klein === z.voll,
      });
    zieleDrucken(
      `Targets (${kind}${kind === 'pglite' ? '; the targets are set for PostgreSQL' : ''}):`,
      ziele,
    );
    const lastEnde = last1();
    figures.push(
      { metric: 'rounds', value: RUNDEN, unit: 'count', n: 1 },
      { metric: 'duration_per_measurement', value: DAUER_MS / 1000, unit: 's', n: RUNDEN },
      { metric: 'loadavg_start', value: lastAnfang, unit: 'load', n: 1 },
      { metric: 'loadavg_end', value: lastEnde, unit: 'load', n: 1 },
    );
    writeResults(`portal-${kind}`, figures, { quiet: true });
    console.log(
      `\nportal (${kind}) took ${round((performance.now() - t0) / 1000, 0)} s (warm-up ${AUFWAERMEN_MS / 1000} s, ${RUNDEN} rounds × ${DAUER_MS / 1000} s); load average ${lastAnfang} at the start, ${lastEnde} at the end. Wrote bench/results/portal-${kind}.json.`,
    );
  } finally {
    await server.close();
    await ende?.();
    apolloServer.ende();
    gen.ende();
    await d.close();
  }
}
