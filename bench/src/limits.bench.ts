import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { hashPassword, MAX_PAGE_SIZE } from '@portal/domain';
// The limits under test and the schema they are held against (as limits.test.ts imports them).
import { kostenVon, LIMITS, limitRules, pruefeKosten } from '../../apps/api/src/graphql/limits.js';
import { createSchema } from '../../apps/api/src/graphql/schema.js';
import type { Anfrage, Auftrag, FolgeErgebnis, LastErgebnis, ProbeErgebnis } from './limits-client.js';
import { type Figure, percentile, round, writeResults } from './report.js';
import { startBenchApp } from './server.js';

/**
 * The most expensive requests the cost limits (apps/api/src/graphql/limits.ts) still allow, for a
 * caller without a session and for signed-in ones: server CPU time and wall time per request, and
 * the worst /healthz latency while four clients send them back to back. The issue's bar: one allowed
 * request costs at most about 100 ms of CPU and never stalls /healthz.
 *
 * CPU is the bench process's own (process.cpuUsage, all its threads: the event loop, argon2 and the
 * database driver); the clients and the probe run in a child process (limits-client.ts), so none of
 * their work is counted. PostgreSQL's backends are separate processes: their CPU is read from /proc
 * and shown apart, and the bar is held against the sum. With PGlite the database runs inside the
 * bench process and is part of its CPU.
 */
const PASSWORD = 'Bench-Passwort-2026';
/** Registrations of the Betrieb (as pruefungen.bench.ts; GEWICHT's betriebPruefungen was measured at 500). */
const ANMELDUNGEN = 500;
const UNANGEMELDET = 10;
const NACHWEISE_JE_VERTRAG = 20;
/** The IHKs offered by the public forms (there are 79 in Germany). */
const KAMMERN = 80;
const STATUS = ['AZUBI_PRUEFT', 'ZURUECK_AN_BETRIEB', 'BEI_IHK', 'ZUGELASSEN', 'ABGELEHNT'] as const;
/** Concurrent clients in the load phase, its length, the probe's interval. */
const CLIENTS = 4;
const LAST_MS = 5000;
const PROBE_MS = 50;
const BASIS_MS = 2000;
/** Sequential runs per request: up to 30, or fewer so that one request's runs take about 2 s. */
const RUNS_MAX = 30;
const RUNS_MIN = 3;
const FOLGE_MS = 2000;
/**
 * The bar: CPU per allowed request. /healthz stalls when an answer takes longer than STALL_MS or is
 * not 200: far above its idle latency (a few ms), far below a load balancer's timeout.
 */
const CPU_GRENZE_MS = 100;
const STALL_MS = 250;

type Schema = Parameters<typeof kostenVon>[0];
type Dokument = Parameters<typeof kostenVon>[1];
/** graphql as the API loads it (the bench has no graphql of its own; one instance, one schema). */
const graphql = createRequire(fileURLToPath(import.meta.resolve('@portal/api/app')))('graphql') as {
  parse(source: string, options: { maxTokens: number }): Dokument;
  validate(schema: Schema, document: Dokument, rules: readonly unknown[]): readonly { message: string }[];
  specifiedRules: readonly unknown[];
};

const tag = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`);
const plusTage = (date: Date, tage: number) => new Date(date.getTime() + tage * 86_400_000);

/**
 * One Betrieb with 510 contracts and 500 registrations for an open exam (mixed states, two history
 * entries each), 20 weeks of Nachweise per contract; its administrator is also the Ausbilder/-in of
 * every contract. An IHK clerk of its Kammer; 80 Kammern; four accounts for the anonymous logins.
 */
async function seed(prisma: PrismaClient) {
  const hash = await hashPassword(PASSWORD);
  const kammer = await prisma.kammer.create({
    data: { name: 'IHK Bench', kurzname: `BL-${randomUUID().slice(0, 6)}` },
  });
  await prisma.kammer.createMany({
    data: Array.from({ length: KAMMERN - 1 }, (_, i) => ({
      name: `IHK ${String(i).padStart(2, '0')}`,
      kurzname: `BL${i}-${randomUUID().slice(0, 6)}`,
    })),
  });
  const u = await prisma.unternehmen.create({ data: { name: 'Bench GmbH', kammerId: kammer.id } });
  const staette = await prisma.betriebsstaette.create({
    data: {
      unternehmenId: u.id,
      name: 'Hauptsitz',
      art: 'HAUPTSITZ',
      plz: '48143',
      ort: 'Münster',
      bundesland: 'NW',
    },
  });
  const beruf = await prisma.ausbildungsberuf.create({
    data: { bezeichnung: 'Benchberuf', berufsnummer: randomUUID().slice(0, 8) },
  });
  await prisma.berichtsheftEinstellung.create({
    data: { betriebsstaetteId: staette.id, berufId: beruf.id, elektronisch: true },
  });
  const admin = await prisma.user.create({
    data: { email: 'admin-l@bench.example', vorname: 'Ada', nachname: 'Admin', passwordHash: hash },
  });
  await prisma.rollenzuweisung.createMany({
    data: [
      { userId: admin.id, rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: staette.id },
      { userId: admin.id, rolle: 'AUSBILDER', betriebsstaetteId: staette.id },
    ],
  });
  const ihk = await prisma.user.create({
    data: { email: 'ihk-l@bench.example', vorname: 'Ida', nachname: 'Kammer', passwordHash: hash },
  });
  await prisma.rollenzuweisung.create({
    data: { userId: ihk.id, rolle: 'IHK_SACHBEARBEITER', kammerId: kammer.id },
  });
  const konten = Array.from({ length: CLIENTS }, (_, i) => `konto-${i}@bench.example`);
  await prisma.user.createMany({
    data: konten.map((email, i) => ({ email, vorname: 'Konto', nachname: `${i}`, passwordHash: hash })),
  });
  // Open session: Anmeldeschluss in two months, final exam (contracts ending three months later fit).
  const anmeldeschluss = tag(plusTage(new Date(), 60));
  const pruefung = await prisma.pruefung.create({
    data: {
      kammerId: kammer.id,
      saison: anmeldeschluss.getUTCMonth() < 6 ? 'SOMMER' : 'WINTER',
      jahr: anmeldeschluss.getUTCFullYear(),
      art: 'TEIL_2',
      anmeldeschluss,
      zusatzfragen: [{ key: 'frage1', frage: 'Projektthema', pflicht: true }],
      berufe: { create: [{ berufId: beruf.id }] },
    },
  });
  const azubis = Array.from({ length: ANMELDUNGEN + UNANGEMELDET }, (_, i) => ({
    id: randomUUID(),
    email: `azubi-l-${i}@bench.example`,
    vorname: 'Azubi',
    nachname: `Nr ${String(i).padStart(4, '0')}`,
  }));
  await prisma.user.createMany({ data: azubis });
  await prisma.rollenzuweisung.createMany({
    data: azubis.map((a) => ({ userId: a.id, rolle: 'AZUBI' as const, betriebsstaetteId: staette.id })),
  });
  const vertraege = azubis.map((a, i) => ({
    id: randomUUID(),
    betriebsstaetteId: staette.id,
    berufId: beruf.id,
    identnummer: `L-${i}-${randomUUID().slice(0, 6)}`,
    azubiVorname: a.vorname,
    azubiNachname: a.nachname,
    azubiEmail: a.email,
    azubiUserId: a.id,
    ausbilderUserId: admin.id,
    beginn: tag(plusTage(anmeldeschluss, -900)),
    ende: tag(plusTage(anmeldeschluss, 90)),
  }));
  await prisma.ausbildungsverhaeltnis.createMany({ data: vertraege });
  const eingereicht = plusTage(new Date(), -5);
  const anmeldungen = vertraege.slice(0, ANMELDUNGEN).map((v, i) => ({
    id: randomUUID(),
    pruefungId: pruefung.id,
    vertragId: v.id,
    status: STATUS[i % STATUS.length],
    antworten: { frage1: `Projekt ${i}` },
    nachweiseBestaetigt: true,
    createdById: admin.id,
    eingereichtAt: eingereicht,
  }));
  await prisma.pruefungsanmeldung.createMany({ data: anmeldungen });
  await prisma.pruefungsanmeldungEreignis.createMany({
    data: anmeldungen.flatMap((a) => [
      {
        anmeldungId: a.id,
        at: eingereicht,
        actorUserId: admin.id,
        ereignis: 'EINREICHEN',
        vonStatus: 'ENTWURF' as const,
        nachStatus: 'AZUBI_PRUEFT' as const,
      },
      {
        anmeldungId: a.id,
        at: new Date(),
        actorUserId: admin.id,
        ereignis: 'BESTAETIGEN',
        vonStatus: 'AZUBI_PRUEFT' as const,
        nachStatus: a.status,
      },
    ]),
  });
  // 20 weeks of Nachweise per contract in one statement (10,200 rows through createMany take seconds).
  const montag = tag(plusTage(new Date(), -((new Date().getUTCDay() + 6) % 7)));
  await prisma.$executeRaw`
    INSERT INTO "Nachweis" (id, "vertragId", von, bis, status, "genehmigerUserId", "updatedAt")
    SELECT gen_random_uuid(), v.id, ${montag}::date - 7 * w, ${montag}::date - 7 * w + 6,
      (ARRAY['GENEHMIGT', 'GENEHMIGT', 'EINGEREICHT', 'ABGELEHNT', 'ENTWURF'])[1 + (w - 1) % 5]::"NachweisStatus",
      v."ausbilderUserId", now()
    FROM "Ausbildungsverhaeltnis" v CROSS JOIN generate_series(1, ${NACHWEISE_JE_VERTRAG}::int) AS w
    WHERE v."betriebsstaetteId" = ${staette.id}::uuid`;
  // Statistics as a database in use has them (autovacuum would take a while to notice the rows).
  await prisma.$executeRaw`ANALYZE`;
  return {
    admin: admin.email,
    ihk: ihk.email,
    konten,
    pruefungId: pruefung.id,
    vertragId: vertraege[0].id,
    beiIhk: anmeldungen.filter((a) => ['BEI_IHK', 'ZUGELASSEN', 'ABGELEHNT'].includes(a.status)).length,
  };
}

type Wer = 'anonym' | 'admin' | 'ihk';

interface Kandidat {
  /** Short name, used in the metric names. */
  name: string;
  wer: Wer;
  /** What the request is, for the printout. */
  was: string;
  /** The document with `n` repetitions (`konto`: which of the login accounts, for the logins). */
  anfrage: (n: number, konto?: number) => string;
  /** Upper end of the search for the largest allowed `n`. */
  bis: number;
  /** An error the allowed request answers with (it passed every limit and was refused afterwards). */
  erwarteterFehler?: string;
  /** Sent with `n` as given, not searched: a request the estimate cannot price (see below). */
  festesN?: number;
  /** The same fields without what keeps the estimate from pricing them. */
  ohnePolster?: (n: number) => string;
}

/** `n` times the field: once under its own name, then under aliases a1, a2, … (n-1 aliases). */
const mal = (n: number, feld: string) =>
  [feld, ...Array.from({ length: n - 1 }, (_, i) => `a${i + 1}: ${feld}`)].join(' ');

function kandidaten(s: Awaited<ReturnType<typeof seed>>): Kandidat[] {
  const login = (konto = 0) =>
    `login(input: { email: "${s.konten[konto]}", password: "${PASSWORD}" }) { __typename }`;
  return [
    {
      name: 'anonym_kammern',
      wer: 'anonym',
      was: `n × oeffentlicheKammern { id } (${KAMMERN} Kammern; the heaviest public list)`,
      anfrage: (n) => `{ ${mal(n, 'oeffentlicheKammern { id }')} }`,
      bis: 64,
    },
    {
      name: 'anonym_login',
      wer: 'anonym',
      was: 'n × login with a right password (argon2id each; successful logins are never throttled)',
      anfrage: (n, konto) => `mutation { ${mal(n, login(konto))} }`,
      bis: 64,
    },
    {
      name: 'anonym_tokens',
      wer: 'anonym',
      was: 'a document just under the token limit: n fragment spreads under one field',
      anfrage: (n) =>
        `{ meineZugangsdaten { ${'...Z '.repeat(n)}} } fragment Z on Zugangsdaten { __typename }`,
      bis: 5000,
      erwarteterFehler: 'UNAUTHENTICATED',
    },
    {
      name: 'anonym_validierung',
      wer: 'anonym',
      was: 'n × meineZugangsdaten { __typename }: as many same-named fields as graphql-js lets pass',
      anfrage: (n) => `{ ${'meineZugangsdaten { __typename } '.repeat(n)}}`,
      bis: 2000,
      erwarteterFehler: 'UNAUTHENTICATED',
    },
    {
      name: 'betrieb_pruefungen',
      wer: 'admin',
      was: `n × betriebPruefungen { vertragId } (${ANMELDUNGEN} registrations, weight 3000)`,
      anfrage: (n) => `{ ${mal(n, 'betriebPruefungen { vertragId }')} }`,
      bis: 64,
    },
    {
      name: 'ihre_auszubildenden',
      wer: 'admin',
      was: `n × ihreAuszubildenden { vertragId } (${ANMELDUNGEN + UNANGEMELDET} Azubis, weight 3000)`,
      anfrage: (n) => `{ ${mal(n, 'ihreAuszubildenden { vertragId }')} }`,
      bis: 64,
    },
    {
      name: 'benutzerverwaltung',
      wer: 'admin',
      was: `n × benutzerverwaltung(first: ${MAX_PAGE_SIZE}) { nodes { id } } (${ANMELDUNGEN + UNANGEMELDET + 1} members)`,
      anfrage: (n) => `{ ${mal(n, `benutzerverwaltung(first: ${MAX_PAGE_SIZE}) { nodes { id } }`)} }`,
      bis: 64,
    },
    {
      name: 'berichtsheft_wochen',
      wer: 'admin',
      was: 'n × berichtsheftWochen { nachweise { id } } of one contract (weight 200)',
      anfrage: (n) => `{ ${mal(n, `berichtsheftWochen(vertragId: "${s.vertragId}") { nachweise { id } }`)} }`,
      bis: 64,
    },
    {
      name: 'kammer_anmeldungen',
      wer: 'ihk',
      was: `n × kammerAnmeldungen { ereignisse { at } } (${s.beiIhk} at the IHK; history loaded per registration)`,
      anfrage: (n) =>
        `{ ${mal(n, `kammerAnmeldungen(pruefungId: "${s.pruefungId}") { ereignisse { at } }`)} }`,
      bis: 64,
    },
    {
      name: 'anmeldungen_csv',
      wer: 'ihk',
      was: `n × anmeldungenCsv (${s.beiIhk} rows, weight 3000)`,
      anfrage: (n) => `{ ${mal(n, `anmeldungenCsv(pruefungId: "${s.pruefungId}")`)} }`,
      bis: 64,
    },
  ];
}

/** Without a session the budget covers public root fields only (as kostenPlugin counts). */
function nurOeffentlich(schema: Schema, document: Dokument): Dokument {
  const oeffentlich = (operation: string, feld: string) =>
    (operation === 'mutation' ? schema.getMutationType() : schema.getQueryType())?.getFields()[feld]
      ?.extensions?.public === true;
  return {
    ...document,
    definitions: document.definitions.map((def) =>
      (def.kind as string) !== 'OperationDefinition' || !('operation' in def)
        ? def
        : {
            ...def,
            selectionSet: {
              ...def.selectionSet,
              selections: def.selectionSet.selections.filter(
                (s) =>
                  (s.kind as string) !== 'Field' ||
                  !('name' in s) ||
                  oeffentlich(def.operation, s.name.value),
              ),
            },
          },
    ),
  } as Dokument;
}

interface Urteil {
  erlaubt: boolean;
  grund: string;
  kosten?: number;
}

/** What the limits say about a document, computed here as the server does (parse, rules, estimate). */
function urteil(schema: Schema, query: string, wer: Wer): Urteil {
  let document: Dokument;
  try {
    document = graphql.parse(query, { maxTokens: LIMITS.TOKENS });
  } catch (error) {
    return { erlaubt: false, grund: (error as Error).message };
  }
  const fehler = graphql.validate(schema, document, [...graphql.specifiedRules, ...limitRules]);
  if (fehler.length > 0) return { erlaubt: false, grund: fehler[0].message };
  const budget = wer === 'anonym' ? LIMITS.KOSTEN_ANONYM : LIMITS.KOSTEN;
  // The decision is the server's own (pruefeKosten); the figure shown is the estimate it weighed.
  try {
    pruefeKosten(schema, { document, angemeldet: wer !== 'anonym' });
  } catch (error) {
    const kosten = (error as { extensions?: { kosten?: number } }).extensions?.kosten;
    return { erlaubt: false, grund: (error as Error).message, kosten };
  }
  let kosten: number | undefined;
  try {
    kosten = kostenVon(schema, wer === 'anonym' ? nurOeffentlich(schema, document) : document);
  } catch {
    kosten = undefined;
  }
  return { erlaubt: true, grund: `cost ${kosten ?? 'not estimated'} of ${budget}`, kosten };
}

/** The largest n in [1, bis] the limits allow (allowed is monotone in n for every candidate). */
function groesstesN(schema: Schema, k: Kandidat): number {
  if (!urteil(schema, k.anfrage(1), k.wer).erlaubt)
    throw new Error(`${k.name}: not even n = 1 is allowed: ${urteil(schema, k.anfrage(1), k.wer).grund}`);
  let lo = 1;
  let hi = k.bis;
  while (lo < hi) {
    const mitte = Math.ceil((lo + hi) / 2);
    if (urteil(schema, k.anfrage(mitte), k.wer).erlaubt) lo = mitte;
    else hi = mitte - 1;
  }
  if (lo === k.bis) throw new Error(`${k.name}: still allowed at n = ${k.bis}; raise bis`);
  return lo;
}

type OhneId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A child process running limits-client.ts; `auftrag` sends an order and waits for its answer. */
function kindProzess() {
  const prozess: ChildProcess = fork(fileURLToPath(new URL('./limits-client.ts', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let naechste = 0;
  const offen = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  prozess.on('message', (m: { id: number; ergebnis?: unknown; fehler?: string }) => {
    const wartend = offen.get(m.id);
    offen.delete(m.id);
    if (m.fehler) wartend?.reject(new Error(m.fehler));
    else wartend?.resolve(m.ergebnis);
  });
  return {
    auftrag<T>(a: OhneId<Auftrag>): Promise<T> {
      const id = naechste++;
      return new Promise<T>((resolve, reject) => {
        offen.set(id, { resolve: resolve as (v: unknown) => void, reject });
        prozess.send({ ...a, id });
      });
    },
    ende: () => prozess.kill(),
  };
}

async function anmelden(url: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { benutzer { id } } }',
      variables: { i: { email, password: PASSWORD } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
  const paare = response.headers.getSetCookie().map((zeile) => zeile.split(';')[0]);
  const csrf = paare.find((p) => p.startsWith('portal_csrf='))?.slice('portal_csrf='.length) ?? '';
  return { cookie: paare.join('; '), 'x-csrf-token': csrf };
}

/** CPU of the PostgreSQL backends serving database `name` (Linux /proc), ms; null when not visible. */
function postgresCpu(name: string | undefined): number | null {
  if (!name || process.platform !== 'linux') return null;
  let ticks = 0;
  let gefunden = false;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const titel = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!titel.startsWith('postgres:') || !titel.includes(` ${name} `)) continue;
      const felder = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(felder[11]) + Number(felder[12]);
      gefunden = true;
    } catch {
      // The process ended meanwhile.
    }
  }
  return gefunden ? (ticks * 1000) / clockTicks() : null;
}
let ticksProSekunde: number | undefined;
function clockTicks(): number {
  ticksProSekunde ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksProSekunde;
}

const lastSchnitt = () =>
  loadavg()
    .map((l) => round(l, 1))
    .join(' ');
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const sortiert = (werte: number[]) => [...werte].sort((a, b) => a - b);
const fmt = (ms: number | null | undefined) => (ms === null || ms === undefined ? '–' : `${round(ms, 1)}`);

/** CPU of one request: the server's (p50) and, with PostgreSQL, its backends' (mean). */
const gesamtCpu = (m: Messung) => percentile(m.cpu, 50) + (m.dbMittel ?? 0);

type Antwort = FolgeErgebnis['erste'];
const codes = (a: Antwort) => (a.errors ?? []).map((e) => String(e.extensions?.code ?? '?'));
/** Refused by the limits: errors, and none of them the one an allowed request may answer with. */
const abgelehnt = (a: Antwort, erwartet?: string) =>
  (a.errors?.length ?? 0) > 0 && !codes(a).every((c) => c === erwartet);
const angenommen = (a: Antwort, erwartet?: string) =>
  a.data !== undefined && (a.errors ?? []).every((e) => e.extensions?.code === erwartet);
const meldung = (a: Antwort) => a.errors?.[0]?.message.slice(0, 140) ?? '(no errors)';

interface Messung {
  kandidat: Kandidat;
  n: number;
  kosten: string;
  runs: number;
  cpu: number[];
  cpuMittel: number;
  dbMittel: number | null;
  wall: number[];
}

export async function limitsBenchmark(kind: string): Promise<void> {
  const t0 = performance.now();
  const figures: Figure[] = [];
  const db = await createTestDatabase(kind);
  const server = await startBenchApp(db);
  const client = kindProzess();
  const sonde = kindProzess();
  const dbName = 'url' in db && typeof db.url === 'string' ? new URL(db.url).pathname.slice(1) : undefined;
  // CPU of each request, from its arrival to the last byte of its answer: while requests run one at a
  // time, the process does nothing else (the clients are in the child process).
  const proAnfrage: number[] = [];
  let messen = false;
  server.http.prependListener('request', (req, res) => {
    if (!messen || req.url !== '/graphql') return;
    const c0 = process.cpuUsage();
    res.once('finish', () => proAnfrage.push(cpuMs(process.cpuUsage(c0))));
  });
  try {
    const s = await seed(db.prisma);
    const schema = await createSchema();
    const kopf: Record<Exclude<Wer, 'anonym'>, Record<string, string>> = {
      admin: await anmelden(server.url, s.admin),
      ihk: await anmelden(server.url, s.ihk),
    };
    const anfrageFuer = (k: Kandidat, query: string): Anfrage => ({
      query,
      headers: k.wer === 'anonym' ? {} : kopf[k.wer],
    });
    const einmal = (k: Kandidat, query: string) =>
      client.auftrag<FolgeErgebnis>({
        art: 'folge',
        url: server.url,
        anfrage: anfrageFuer(k, query),
        runs: 1,
      });
    console.log(
      `\nlimits (${kind}): ${ANMELDUNGEN} registrations, ${ANMELDUNGEN + UNANGEMELDET} contracts × ${NACHWEISE_JE_VERTRAG} Nachweise, ${KAMMERN} Kammern; seeded in ${round((performance.now() - t0) / 1000, 1)} s`,
    );
    console.log(
      `Load average ${lastSchnitt()} on ${cpus().length} CPUs. Limits: ${LIMITS.TOKENS} tokens, ${LIMITS.ALIASES} aliases, depth ${LIMITS.DEPTH}, ${LIMITS.DIRECTIVES} directives, cost ${LIMITS.KOSTEN} signed in / ${LIMITS.KOSTEN_ANONYM} anonymous`,
    );
    console.log('\nEach request at its largest allowed n (checked here and by the server), and n + 1:');

    const messungen: Messung[] = [];
    for (const k of kandidaten(s)) {
      const n = k.festesN ?? groesstesN(schema, k);
      const hier = urteil(schema, k.anfrage(n), k.wer);
      const drueber = urteil(schema, k.anfrage(n + 1), k.wer);
      const zuViel = (await einmal(k, k.anfrage(n + 1))).erste;
      const warm = await einmal(k, k.anfrage(n)); // also the warm-up
      const erlaubt = warm.erste;
      console.log(`- ${k.name} (${k.wer}): ${k.was}`);
      console.log(
        `    n = ${n}: ${hier.grund}; server: ${angenommen(erlaubt, k.erwarteterFehler) ? 'accepted' : 'REFUSED'}${k.erwarteterFehler ? ` (then ${codes(erlaubt).join(', ')} from the resolver, as expected)` : ''}`,
      );
      console.log(
        `    n = ${n + 1}: ${drueber.grund}; server: ${abgelehnt(zuViel, k.erwarteterFehler) ? 'refused' : 'ACCEPTED'}: ${meldung(zuViel)}`,
      );
      if (k.ohnePolster) {
        // Without the padding, the same fields are refused by the estimate.
        const ohne = k.ohnePolster(n);
        const nackt = (await einmal(k, ohne)).erste;
        console.log(
          `    the same ${n} fields without the fragment: ${urteil(schema, ohne, k.wer).grund}; server: ${abgelehnt(nackt) ? 'refused' : 'ACCEPTED'}: ${meldung(nackt)}`,
        );
        if (!angenommen(erlaubt)) {
          console.log('    → the estimate no longer lets this through; nothing to measure');
          continue;
        }
      } else {
        if (!angenommen(erlaubt, k.erwarteterFehler))
          throw new Error(`${k.name}: n = ${n} should be allowed, the server said ${meldung(erlaubt)}`);
        if (!abgelehnt(zuViel, k.erwarteterFehler))
          throw new Error(`${k.name}: n = ${n + 1} should be refused, the server accepted it`);
      }
      // Sequential runs: as many as fit in about FOLGE_MS, judged by the warm-up.
      const runs = Math.max(RUNS_MIN, Math.min(RUNS_MAX, Math.floor(FOLGE_MS / warm.wall[0])));
      proAnfrage.length = 0;
      messen = true;
      const c0 = process.cpuUsage();
      const db0 = postgresCpu(dbName);
      const folge = await client.auftrag<FolgeErgebnis>({
        art: 'folge',
        url: server.url,
        anfrage: anfrageFuer(k, k.anfrage(n)),
        runs,
      });
      const cpuGesamt = cpuMs(process.cpuUsage(c0));
      const db1 = postgresCpu(dbName);
      messen = false;
      if (folge.status.some((st) => st !== 200) && !k.erwarteterFehler)
        throw new Error(`${k.name}: HTTP ${folge.status.join(',')}`);
      messungen.push({
        kandidat: k,
        n,
        kosten: hier.kosten !== undefined ? `${hier.kosten}` : 'not priced',
        runs,
        cpu: sortiert(proAnfrage),
        cpuMittel: cpuGesamt / runs,
        dbMittel: db0 !== null && db1 !== null ? (db1 - db0) / runs : null,
        wall: sortiert(folge.wall),
      });
    }

    console.log(
      '\nOne request at a time, each with a comment of its own (no help from the document cache). Server CPU: the bench process (the clients run in a child process), per request from its arrival to the last byte of the answer; mean: all of its CPU during the runs / runs. PostgreSQL: its backends for this database, mean per request:',
    );
    console.table(
      messungen.map((m) => ({
        request: m.kandidat.name,
        caller: m.kandidat.wer,
        n: m.n,
        cost: m.kosten,
        runs: m.runs,
        'cpu p50 ms': fmt(percentile(m.cpu, 50)),
        'cpu max ms': fmt(m.cpu.at(-1)),
        'cpu mean ms': fmt(m.cpuMittel),
        'cpu p50 / n': fmt(percentile(m.cpu, 50) / m.n),
        'postgres cpu ms': fmt(m.dbMittel),
        'cpu + postgres ms': fmt(gesamtCpu(m)),
        'wall p50 ms': fmt(percentile(m.wall, 50)),
        'wall max ms': fmt(m.wall.at(-1)),
        bar: gesamtCpu(m) <= CPU_GRENZE_MS ? 'ok' : `> ${CPU_GRENZE_MS} ms`,
      })),
    );
    for (const m of messungen) {
      const n = m.runs;
      const name = m.kandidat.name;
      figures.push(
        { metric: `${name}_n`, value: m.n, unit: 'count', n: 1 },
        { metric: `${name}_cpu_p50`, value: percentile(m.cpu, 50), unit: 'ms', n },
        { metric: `${name}_cpu_max`, value: round(m.cpu.at(-1) ?? 0), unit: 'ms', n },
        { metric: `${name}_wall_p50`, value: percentile(m.wall, 50), unit: 'ms', n },
        { metric: `${name}_wall_max`, value: round(m.wall.at(-1) ?? 0), unit: 'ms', n },
      );
      if (m.dbMittel !== null)
        figures.push({ metric: `${name}_postgres_cpu_mean`, value: round(m.dbMittel), unit: 'ms', n });
    }

    // /healthz without load, then under each load: the most expensive allowed request of each
    // caller (by CPU). The event loop's delay
    // tells a blocked loop from a wait for a database connection (/healthz pings through the pool).
    const phase = async (anfragen: Anfrage[] | null) => {
      const schleife = monitorEventLoopDelay({ resolution: 10 });
      schleife.enable();
      await sonde.auftrag({ art: 'probe-start', url: server.url, intervalMs: PROBE_MS });
      const c0 = process.cpuUsage();
      const last = anfragen
        ? await client.auftrag<LastErgebnis>({
            art: 'last',
            url: server.url,
            anfragen,
            clients: CLIENTS,
            ms: LAST_MS,
          })
        : await new Promise<LastErgebnis>((resolve) =>
            setTimeout(() => resolve({ wall: [], fehlerhaft: 0, ms: BASIS_MS }), BASIS_MS),
          );
      const kerne = cpuMs(process.cpuUsage(c0)) / last.ms;
      const probe = await sonde.auftrag<ProbeErgebnis>({ art: 'probe-stop' });
      schleife.disable();
      return {
        last,
        kerne,
        probe,
        latenz: sortiert(probe.latenz),
        wall: sortiert(last.wall),
        schleifeMax: schleife.max / 1e6,
      };
    };
    const basis = await phase(null);
    const basisP50 = percentile(basis.latenz, 50);
    figures.push(
      { metric: 'healthz_idle_p50', value: basisP50, unit: 'ms', n: basis.latenz.length },
      { metric: 'healthz_idle_p99', value: percentile(basis.latenz, 99), unit: 'ms', n: basis.latenz.length },
      {
        metric: 'healthz_idle_max',
        value: round(basis.latenz.at(-1) ?? 0),
        unit: 'ms',
        n: basis.latenz.length,
      },
    );
    const zeile = (load: string, p: Awaited<ReturnType<typeof phase>>, stall: string) => ({
      load,
      requests: p.wall.length,
      'request wall p50 ms': fmt(p.wall.length ? percentile(p.wall, 50) : null),
      'request wall max ms': fmt(p.wall.at(-1)),
      'server cpu (cores)': round(p.kerne, 2),
      'event loop delay max ms': fmt(p.schleifeMax),
      'healthz p50 ms': fmt(percentile(p.latenz, 50)),
      'healthz p99 ms': fmt(percentile(p.latenz, 99)),
      'healthz max ms': fmt(p.latenz.at(-1)),
      'max / idle p50': round((p.latenz.at(-1) ?? 0) / basisP50, 1),
      'not 200': p.probe.nichtOk,
      stall,
    });
    const lastZeilen = [zeile('none (baseline)', basis, '–')];
    const teuerste = (pred: (m: Messung) => boolean) =>
      messungen.filter(pred).sort((a, b) => gesamtCpu(b) - gesamtCpu(a))[0];
    // (The unpriced request is not sent under load: its sequential figures say enough, and its tail
    // would double the bench's time.)
    const lasten = [
      teuerste((m) => m.kandidat.wer === 'anonym'),
      teuerste((m) => m.kandidat.wer !== 'anonym' && m.kandidat.festesN === undefined),
    ].filter((m): m is Messung => m !== undefined);
    const urteile: string[] = [];
    for (const m of lasten) {
      const k = m.kandidat;
      const p = await phase(Array.from({ length: CLIENTS }, (_, i) => anfrageFuer(k, k.anfrage(m.n, i))));
      const max = p.latenz.at(-1) ?? 0;
      const stall = max > STALL_MS || p.probe.nichtOk > 0;
      const name = k.name;
      lastZeilen.push(zeile(`${CLIENTS} × ${name}`, p, stall ? 'yes' : 'no'));
      figures.push(
        { metric: `load_${name}_requests`, value: p.wall.length, unit: 'count', n: CLIENTS },
        { metric: `load_${name}_errors`, value: p.last.fehlerhaft, unit: 'count', n: p.wall.length },
        { metric: `load_${name}_wall_p50`, value: percentile(p.wall, 50), unit: 'ms', n: p.wall.length },
        { metric: `load_${name}_server_cpu`, value: round(p.kerne, 2), unit: 'cores', n: 1 },
        { metric: `load_${name}_event_loop_delay_max`, value: round(p.schleifeMax), unit: 'ms', n: 1 },
        {
          metric: `load_${name}_healthz_p99`,
          value: percentile(p.latenz, 99),
          unit: 'ms',
          n: p.latenz.length,
        },
        { metric: `load_${name}_healthz_max`, value: round(max), unit: 'ms', n: p.latenz.length },
        { metric: `load_${name}_healthz_not_200`, value: p.probe.nichtOk, unit: 'count', n: p.latenz.length },
      );
      const cpu = gesamtCpu(m);
      const db =
        m.dbMittel !== null
          ? ` (${round(percentile(m.cpu, 50))} server + ${round(m.dbMittel)} PostgreSQL)`
          : '';
      urteile.push(
        `${name} (${k.wer}, n = ${m.n}): ${round(cpu, 1)} ms CPU per request${db} ${cpu <= CPU_GRENZE_MS ? 'meets' : 'MISSES'} the ${CPU_GRENZE_MS} ms bar; /healthz worst ${round(max)} ms, p99 ${percentile(p.latenz, 99)} ms (${round(max / basisP50, 1)} × idle p50), ${p.probe.nichtOk} not 200${stall ? ` — a stall (> ${STALL_MS} ms or not 200)` : ', no stall'}.`,
      );
    }
    console.log(
      `\n/healthz every ${PROBE_MS} ms from a second child process, idle for ${BASIS_MS / 1000} s, then while ${CLIENTS} clients send the request back to back for ${LAST_MS / 1000} s:`,
    );
    console.table(lastZeilen);
    const uebrige = messungen
      .filter((m) => gesamtCpu(m) > CPU_GRENZE_MS)
      .map((m) => `${m.kandidat.name} ${round(gesamtCpu(m))} ms`);
    console.log(
      `Verdict (bar: ${CPU_GRENZE_MS} ms CPU per request, the server's and PostgreSQL's; /healthz never over ${STALL_MS} ms or not 200):`,
    );
    for (const u of urteile) console.log(`- ${u}`);
    console.log(
      `- Allowed requests over ${CPU_GRENZE_MS} ms CPU: ${uebrige.length > 0 ? uebrige.join(', ') : 'none'}.`,
    );
    console.log(
      `(${round((performance.now() - t0) / 1000, 1)} s; load average ${lastSchnitt()} on ${cpus().length} CPUs: other work on the machine shows in wall times and /healthz)`,
    );
  } finally {
    client.ende();
    sonde.ende();
    await server.close();
    await db.close();
  }
  writeResults('limits', figures);
}
