import { figurenVon, tabelle, type Ziel, zieleDrucken } from './auswertung.js';
import { apolloKandidat, select1Kandidat } from './baselines.js';
import { type CpuQuelle, datenbankName, eigeneCpu, postgresCpu } from './cpu.js';
import { benchDatenbank } from './datenbank.js';
import { erklaeren, GROSSE_TABELLEN, type PlanBericht, sqlMitschnitt } from './explain.js';
import { Sitzung } from './http.js';
import { auswerten, baselineServer, last1, lastGenerator, maschine, rundenMessen } from './messung.js';
import { alsKandidat, einmalPruefen, type Groesse, OPERATIONEN, type Wer } from './operationen.js';
import { VOLL } from './portal.bench.js';
import {
  analysieren,
  ausbilderMitAzubis,
  grosseInstallation,
  stammdaten,
  wiederEinreichen,
} from './portal-seed.js';
import { type Figure, round, writeResults } from './report.js';
import { startBenchApp } from './server.js';

/** 160 Betriebsstaetten × 40 Azubis × 156 weeks = 998,400 Nachweise, plus the bench Ausbilder's 6,240. */
const STAETTEN = 160;
const VERBINDUNGEN = [10] as const;
/** The issue's bar at 1M Nachweise with 10 connections: p95 of each under 25 ms. */
const P95_MS = 25;
/** The requests of the bar, and the week page for comparison. */
const GEMESSEN = ['ihre_auszubildenden', 'wochenliste', 'offene_genehmigungen', 'genehmigen', 'woche'];
const MIT_ZIEL = ['ihre_auszubildenden', 'wochenliste', 'offene_genehmigungen', 'genehmigen'];

/**
 * The 1M-Nachweise size (opt-in: BENCH_GROSS=1 or BENCH_ONLY=gross; PostgreSQL). The bench
 * Ausbilder/-in and their Azubis among 160 other Betriebsstaetten; the plans of the hot requests
 * (EXPLAIN of the SQL Prisma sends, captured from its query event) with their scan types, a
 * sequential scan on a Nachweis table failing the run; then the requests under load with 10
 * connections, interleaved with the baselines. bench/results/gross-postgres.json.
 */
export async function grossBenchmark(): Promise<void> {
  const t0 = performance.now();
  console.log(`\ngross (postgres, 1M Nachweise): ${maschine()}`);
  const d = await benchDatenbank('postgres');
  const gen = lastGenerator();
  const apolloServer = await baselineServer();
  const mitschnitt = sqlMitschnitt(d);
  let ende: (() => Promise<void>) | undefined;
  const server = await startBenchApp(d.db);
  try {
    const s = await stammdaten(d.db.prisma);
    const g: Groesse = {
      ausbilder: await ausbilderMitAzubis(d, s, 'a156', VOLL.azubis, VOLL.wochen, VOLL.offenJeAzubi),
    };
    await grosseInstallation(d, s, STAETTEN, VOLL.azubis, VOLL.wochen);
    await analysieren(d);
    const [{ n }] = (await d.sql('SELECT count(*)::int AS n FROM "Nachweis"')) as { n: number }[];
    console.log(
      `Seeded ${n.toLocaleString('en')} Nachweise in ${round((performance.now() - t0) / 1000, 0)} s.`,
    );

    const graphqlUrl = `${server.url}/graphql`;
    const sitzung: Record<Wer, Sitzung> = {
      azubi: await Sitzung.anmelden(graphqlUrl, g.ausbilder.azubi),
      ausbilder: await Sitzung.anmelden(graphqlUrl, g.ausbilder.ausbilder),
      admin: await Sitzung.anmelden(graphqlUrl, g.ausbilder.ausbilder),
    };
    const ops = OPERATIONEN.filter((op) => GEMESSEN.includes(op.name));

    // The plans.
    const berichte: PlanBericht[] = [];
    const statementsJe = new Map<string, number>();
    for (const op of ops) {
      const id = g.ausbilder.offen[0];
      await einmalPruefen(op, g, (q, v) => sitzung[op.wer].gql(q, v), id);
      if (op.jeOffeneWoche) await wiederEinreichen(d, [id]);
      const sql = await mitschnitt.aufzeichnen(() =>
        einmalPruefen(op, g, (q, v) => sitzung[op.wer].gql(q, v), id),
      );
      if (op.jeOffeneWoche) await wiederEinreichen(d, [id]);
      statementsJe.set(op.name, sql.length);
      berichte.push(...(await erklaeren(d, op.name, sql)));
    }
    console.log(`\nPlans at ${n.toLocaleString('en')} Nachweise (EXPLAIN of each statement Prisma sent):`);
    for (const b of berichte) {
      console.log(`- ${b.operation}: ${b.statement}`);
      if (b.fehler) console.log(`    EXPLAIN failed: ${b.fehler}`);
      for (const k of b.knoten) console.log(`    ${k}`);
      if (b.jit) console.log(`    JIT compilation planned: ${b.jit} (cost ${round(b.kosten, 0)})`);
      if (b.seqScans.length > 0) console.log(`    !!! SEQ SCAN on ${b.seqScans.join(', ')}`);
    }
    const seqScans = berichte.filter((b) => b.seqScans.length > 0);
    const nichtErklaert = berichte.filter((b) => b.fehler);

    // Under load.
    const select1 = await select1Kandidat(d, VERBINDUNGEN);
    ende = select1.ende;
    const apollo = apolloKandidat(gen, apolloServer, VERBINDUNGEN);
    // The API runs in this process: its CPU is this process's (with PGlite, the database's too).
    const serverCpu: CpuQuelle = {
      server: eigeneCpu,
      datenbank: () => (d.kind === 'postgres' ? postgresCpu(datenbankName(d.url)) : null),
    };
    const kandidaten = ops.map((op) =>
      alsKandidat(op, gen, graphqlUrl, sitzung[op.wer].headers, g, {
        verbindungen: VERBINDUNGEN,
        nachher: op.jeOffeneWoche ? () => wiederEinreichen(d, g.ausbilder.offen) : undefined,
        cpu: serverCpu,
      }),
    );
    const ergebnis = await rundenMessen(apollo, select1, kandidaten, VERBINDUNGEN);
    const alle = [...ergebnis.apollo, ...ergebnis.select1, ...ergebnis.reihen];
    for (const c of VERBINDUNGEN) tabelle(alle, c);
    const figures: Figure[] = [{ metric: 'nachweise', value: n, unit: 'count', n: 1 }];
    for (const r of alle) figures.push(...figurenVon(r));
    for (const op of ops) {
      figures.push({
        metric: `${op.name}_sql_statements`,
        value: statementsJe.get(op.name) ?? 0,
        unit: 'count',
        n,
      });
      figures.push({
        metric: `${op.name}_plan_seq_scans`,
        value: berichte.filter((b) => b.operation === op.name && b.seqScans.length > 0).length,
        unit: 'count',
        n: berichte.filter((b) => b.operation === op.name).length,
      });
    }

    const ziele: Ziel[] = [];
    for (const name of MIT_ZIEL) {
      const r = ergebnis.reihen.find((x) => x.kandidat.name === name);
      const a = r ? auswerten(r) : undefined;
      ziele.push({
        ziel: `${r?.kandidat.titel ?? name}, 10 connections: p95 < ${P95_MS} ms`,
        gemessen: a
          ? `${a.p95} ms (${a.rps} req/s${a.errors + a.non2xx > 0 ? `, ${a.errors} errors, ${a.non2xx} non-2xx` : ''})`
          : '–',
        erfuellt: a ? a.p95 < P95_MS && a.errors + a.non2xx === 0 : undefined,
      });
    }
    ziele.push({
      ziel: `No sequential scan on ${GROSSE_TABELLEN.join(', ')} in the hot requests`,
      gemessen:
        seqScans.length === 0
          ? `none in ${berichte.length} statements${nichtErklaert.length > 0 ? ` (${nichtErklaert.length} not explained)` : ''}`
          : seqScans.map((b) => `${b.operation}: ${b.seqScans.join(', ')}`).join('; '),
      erfuellt: nichtErklaert.length > 0 ? undefined : seqScans.length === 0,
    });
    zieleDrucken(`Targets at ${n.toLocaleString('en')} Nachweise (PostgreSQL):`, ziele);
    figures.push({ metric: 'loadavg_end', value: last1(), unit: 'load', n: 1 });
    writeResults('gross-postgres', figures, { quiet: true });
    console.log(
      `\ngross took ${round((performance.now() - t0) / 1000, 0)} s. Wrote bench/results/gross-postgres.json.`,
    );
    if (seqScans.length > 0) {
      console.error(
        `\nFAILED: sequential scan on a Nachweis table at 1M in ${seqScans.map((b) => b.operation).join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await server.close();
    await ende?.();
    apolloServer.ende();
    gen.ende();
    await d.close();
  }
}
