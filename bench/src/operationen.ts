import type { CpuQuelle } from './cpu.js';
import type { Antwort } from './http.js';
import type { Kandidat, LastGenerator } from './messung.js';
import { type AusbilderSet, type BetriebSet, UNANGEMELDET } from './portal-seed.js';
import { spaOperation } from './spa.js';

export type Wer = 'azubi' | 'ausbilder' | 'admin';

/** The data one size of the benchmark has: an Ausbilder/-in with Azubis and weeks, a Betrieb with registrations. */
export interface Groesse {
  ausbilder: AusbilderSet;
  betrieb?: BetriebSet;
}

/** One of the SPA's operations as the benchmark sends it. */
export interface Operation {
  /** Metric prefix in bench/results/*.json. */
  name: string;
  titel: string;
  /** The SPA's operation (apps/web/src/gql/graphql.ts). */
  spa: string;
  wer: Wer;
  verbindungen: readonly number[];
  variablen?(g: Groesse): Record<string, unknown>;
  /** A mutation on the submitted weeks: one request per week, each once; they are submitted again after each run. */
  jeOffeneWoche?: boolean;
  /** What is wrong with the answer, or undefined. */
  pruefen(data: Record<string, unknown>, g: Groesse): string | undefined;
}

const liste = (data: Record<string, unknown>, feld: string) => (data[feld] as unknown[] | undefined) ?? [];
const erwartet = (ist: number, soll: number, was: string) =>
  ist === soll ? undefined : `${ist} ${was}, expected ${soll}`;

export const OPERATIONEN: Operation[] = [
  {
    name: 'me',
    titel: 'Me (every page: the shell)',
    spa: 'Me',
    wer: 'ausbilder',
    verbindungen: [10, 100],
    pruefen: (d) => ((d.me as { benutzer?: unknown })?.benutzer ? undefined : 'no benutzer'),
  },
  {
    name: 'woche',
    titel: 'Nachweis (the week page)',
    spa: 'Nachweis',
    wer: 'azubi',
    verbindungen: [10, 100],
    variablen: (g) => ({ id: g.ausbilder.nachweisId }),
    pruefen: (d) => erwartet((d.nachweis as { tage: unknown[] }).tage.length, 5, 'days'),
  },
  {
    name: 'wochenliste',
    titel: 'BerichtsheftWochen (the week list)',
    spa: 'BerichtsheftWochen',
    wer: 'azubi',
    verbindungen: [10, 100],
    variablen: (g) => ({ vertragId: g.ausbilder.vertragId }),
    pruefen: (d, g) =>
      liste(d, 'berichtsheftWochen').length >= g.ausbilder.wochen
        ? undefined
        : `${liste(d, 'berichtsheftWochen').length} weeks, expected at least ${g.ausbilder.wochen}`,
  },
  {
    name: 'ihre_auszubildenden',
    titel: 'IhreAuszubildenden (the Ausbilder dashboard)',
    spa: 'IhreAuszubildenden',
    wer: 'ausbilder',
    verbindungen: [10, 100],
    pruefen: (d, g) => erwartet(liste(d, 'ihreAuszubildenden').length, g.ausbilder.azubis, 'Azubis'),
  },
  {
    name: 'offene_genehmigungen',
    titel: 'OffeneGenehmigungen (open approvals)',
    spa: 'OffeneGenehmigungen',
    wer: 'ausbilder',
    verbindungen: [10, 100],
    pruefen: (d, g) =>
      erwartet(liste(d, 'offeneGenehmigungen').length, g.ausbilder.offen.length, 'open approvals'),
  },
  {
    name: 'genehmigen',
    titel: 'NachweisGenehmigen (one approval)',
    spa: 'NachweisGenehmigen',
    wer: 'ausbilder',
    verbindungen: [10],
    jeOffeneWoche: true,
    pruefen: (d) =>
      (d.nachweisGenehmigen as { status: string }).status === 'GENEHMIGT' ? undefined : 'not approved',
  },
  {
    name: 'betrieb_pruefungen',
    titel: 'BetriebPruefungen (the Betrieb’s Prüfungen)',
    spa: 'BetriebPruefungen',
    wer: 'admin',
    verbindungen: [10, 100],
    pruefen: (d, g) => {
      const zeilen = liste(d, 'betriebPruefungen') as { anmeldung: unknown }[];
      const n = g.betrieb?.anmeldungen ?? 0;
      return (
        erwartet(zeilen.length, n + UNANGEMELDET, 'rows') ??
        erwartet(zeilen.filter((z) => z.anmeldung !== null).length, n, 'registrations')
      );
    },
  },
  {
    name: 'azubi_verwaltung',
    titel: 'AzubiVerwaltung (first page of 20)',
    spa: 'AzubiVerwaltung',
    wer: 'admin',
    verbindungen: [10],
    variablen: () => ({ first: 20 }),
    pruefen: (d) => erwartet((d.azubiVerwaltung as { nodes: unknown[] }).nodes.length, 20, 'rows'),
  },
  {
    name: 'benutzerverwaltung',
    titel: 'Benutzerverwaltung (first page of 20)',
    spa: 'Benutzerverwaltung',
    wer: 'admin',
    verbindungen: [10],
    variablen: () => ({ first: 20 }),
    pruefen: (d) => erwartet((d.benutzerverwaltung as { nodes: unknown[] }).nodes.length, 20, 'rows'),
  },
];

/** The request bodies of an operation for one size: as the SPA posts them (operationName, variables, query). */
export function bodies(op: Operation, g: Groesse, ids?: string[]): string[] {
  const query = spaOperation(op.spa);
  if (op.jeOffeneWoche)
    return (ids ?? g.ausbilder.offen).map((id) =>
      JSON.stringify({ operationName: op.spa, variables: { input: { id } }, query }),
    );
  return [JSON.stringify({ operationName: op.spa, variables: op.variablen?.(g) ?? {}, query })];
}

/** One request of the operation, checked: errors or a wrong answer stop the benchmark. */
export async function einmalPruefen(
  op: Operation,
  g: Groesse,
  senden: (query: string, variables: Record<string, unknown>) => Promise<Antwort>,
  id?: string,
): Promise<void> {
  const variables = op.jeOffeneWoche
    ? { input: { id: id ?? g.ausbilder.offen[0] } }
    : (op.variablen?.(g) ?? {});
  const antwort = await senden(spaOperation(op.spa), variables);
  if (antwort.errors || !antwort.data)
    throw new Error(`${op.name} (${op.spa}): ${JSON.stringify(antwort.errors ?? antwort).slice(0, 500)}`);
  const problem = op.pruefen(antwort.data, g);
  if (problem) throw new Error(`${op.name} (${op.spa}): ${problem}`);
}

/** The operation as a candidate of the rounds: the load generator sends it to `graphqlUrl`. */
export function alsKandidat(
  op: Operation,
  gen: LastGenerator,
  graphqlUrl: string,
  headers: Record<string, string>,
  g: Groesse,
  options: {
    name?: string;
    titel?: string;
    verbindungen?: readonly number[];
    nachher?: () => Promise<void>;
    cpu?: CpuQuelle;
  } = {},
): Kandidat {
  const b = bodies(op, g);
  return {
    name: options.name ?? op.name,
    titel: options.titel ?? op.titel,
    verbindungen: options.verbindungen ?? op.verbindungen,
    messen: (connections, ms) =>
      gen.last({
        url: graphqlUrl,
        bodies: b,
        headers,
        connections,
        durationMs: ms,
        einmal: op.jeOffeneWoche,
      }),
    nachher: options.nachher,
    cpu: options.cpu,
  };
}
