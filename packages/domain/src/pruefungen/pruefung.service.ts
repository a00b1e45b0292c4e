import type { Prisma, Pruefungsart, Pruefungssaison } from '@portal/db';
import { istSachbearbeiterDerKammer } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { fromUtcDate, type IsoDate, isIsoDate, toUtcDate } from '../berichtsheft/dates.js';
import type { DomainDeps } from '../shared/context.js';
import { forbidden, notFound, ValidationError } from '../shared/errors.js';
import { berlinDatum } from '../shared/kalender.js';
import { type AnmeldungStatus, anmeldeschlussVorbei } from './anmeldung-state-machine.js';
import { anmeldeschlussRahmen, ausserhalb } from './pruefungszeitraum.js';

export const PRUEFUNGSART_TEXT: Record<Pruefungsart, string> = {
  ZWISCHENPRUEFUNG: 'Zwischenprüfung',
  ABSCHLUSSPRUEFUNG: 'Abschlussprüfung',
  TEIL_1: 'Abschlussprüfung Teil 1',
  TEIL_2: 'Abschlussprüfung Teil 2',
};

export const SAISON_TEXT: Record<Pruefungssaison, string> = { SOMMER: 'Sommer', WINTER: 'Winter' };

/** Registrations the IHK has (a confirmed registration reaches the IHK; drafts never do). */
export const BEI_IHK_SICHTBAR: readonly AnmeldungStatus[] = ['BEI_IHK', 'ZUGELASSEN', 'ABGELEHNT'];

/** "Sommer 2027 – Abschlussprüfung Teil 2" */
export const pruefungBezeichnung = (p: { saison: Pruefungssaison; jahr: number; art: Pruefungsart }) =>
  `${SAISON_TEXT[p.saison]} ${p.jahr} – ${PRUEFUNGSART_TEXT[p.art]}`;

/** 31 January for the summer session, 31 July for the winter session of the same year. */
export const standardAnmeldeschluss = (saison: Pruefungssaison, jahr: number): IsoDate =>
  `${jahr}-${saison === 'SOMMER' ? '01' : '07'}-31`;

export interface Zusatzfrage {
  key: string;
  frage: string;
  pflicht: boolean;
}

export function zusatzfragenOf(json: Prisma.JsonValue): Zusatzfrage[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((q) =>
    q &&
    typeof q === 'object' &&
    !Array.isArray(q) &&
    typeof q.key === 'string' &&
    typeof q.frage === 'string'
      ? [{ key: q.key, frage: q.frage, pflicht: q.pflicht === true }]
      : [],
  );
}

export const pruefungInclude = {
  berufe: { include: { beruf: { select: { id: true, bezeichnung: true } } } },
} satisfies Prisma.PruefungInclude;

export type PruefungRow = Prisma.PruefungGetPayload<{ include: typeof pruefungInclude }>;

export interface PruefungDto {
  id: string;
  kammerId: string;
  bezeichnung: string;
  saison: Pruefungssaison;
  jahr: number;
  art: Pruefungsart;
  artBezeichnung: string;
  anmeldeschluss: IsoDate;
  anmeldeschlussVorbei: boolean;
  zusatzfragen: Zusatzfrage[];
  berufe: { id: string; bezeichnung: string }[];
  termineFreigegeben: boolean;
  termineFreigegebenAt: Date | null;
  anzahlAnmeldungen: number;
}

/** The GraphQL `Pruefung` object from a row loaded with `pruefungInclude`. */
export function pruefungDto(row: PruefungRow, heute: IsoDate, anzahlAnmeldungen = 0): PruefungDto {
  const anmeldeschluss = fromUtcDate(row.anmeldeschluss);
  return {
    id: row.id,
    kammerId: row.kammerId,
    bezeichnung: pruefungBezeichnung(row),
    saison: row.saison,
    jahr: row.jahr,
    art: row.art,
    artBezeichnung: PRUEFUNGSART_TEXT[row.art],
    anmeldeschluss,
    anmeldeschlussVorbei: anmeldeschlussVorbei(anmeldeschluss, heute),
    zusatzfragen: zusatzfragenOf(row.zusatzfragen),
    berufe: row.berufe.map((b) => b.beruf).sort((a, b) => a.bezeichnung.localeCompare(b.bezeichnung, 'de')),
    termineFreigegeben: row.termineFreigegebenAt !== null,
    termineFreigegebenAt: row.termineFreigegebenAt,
    anzahlAnmeldungen,
  };
}

/** Today as a German calendar day (Europe/Berlin): deadlines are German days, not UTC ones. */
export const heuteIso = (deps: DomainDeps): IsoDate => berlinDatum(deps.clock.now());

/** The Kammer whose back office the viewer works in, or FORBIDDEN. */
export function kammerDesSachbearbeiters(viewer: Viewer): string {
  const kammerId = viewer.current?.art === 'KAMMER' ? viewer.current.id : null;
  if (!kammerId || !istSachbearbeiterDerKammer(viewer, kammerId)) throw forbidden();
  return kammerId;
}

export interface PruefungAnlegenInput {
  saison: Pruefungssaison;
  jahr: number;
  art: Pruefungsart;
  berufIds: string[];
  anmeldeschluss?: string | null;
  zusatzfragen?: { frage: string; pflicht: boolean }[] | null;
}

/** The IHK creates an exam session for its own (selected) Kammer. */
export async function pruefungAnlegen(
  deps: DomainDeps,
  viewer: Viewer,
  input: PruefungAnlegenInput,
): Promise<PruefungDto> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  if (!Number.isInteger(input.jahr) || input.jahr < 2000 || input.jahr > 2100) {
    throw new ValidationError('jahr', 'Bitte geben Sie ein gültiges Jahr an.');
  }
  const berufIds = [...new Set(input.berufIds)];
  if (berufIds.length === 0) {
    throw new ValidationError('berufIds', 'Bitte wählen Sie mindestens einen Ausbildungsberuf.');
  }
  const anmeldeschluss = input.anmeldeschluss?.trim() || standardAnmeldeschluss(input.saison, input.jahr);
  if (!isIsoDate(anmeldeschluss)) {
    throw new ValidationError('anmeldeschluss', 'Bitte geben Sie den Anmeldeschluss als Datum an.');
  }
  const unplausibel = ausserhalb(
    anmeldeschluss,
    anmeldeschlussRahmen(input.saison, input.jahr),
    `Der Anmeldeschluss für ${SAISON_TEXT[input.saison]} ${input.jahr}`,
  );
  if (unplausibel) throw new ValidationError('anmeldeschluss', unplausibel);
  const zusatzfragen: Zusatzfrage[] = [];
  for (const [index, q] of (input.zusatzfragen ?? []).entries()) {
    const frage = q.frage.trim();
    if (!frage)
      throw new ValidationError(`zusatzfragen.${index}`, 'Bitte geben Sie den Text der Zusatzfrage an.');
    if (frage.length > 300) {
      throw new ValidationError(
        `zusatzfragen.${index}`,
        'Eine Zusatzfrage darf höchstens 300 Zeichen lang sein.',
      );
    }
    zusatzfragen.push({ key: `frage${index + 1}`, frage, pflicht: q.pflicht });
  }
  const row = await deps.prisma.$transaction(async (tx) => {
    const berufe = await tx.ausbildungsberuf.count({ where: { id: { in: berufIds } } });
    if (berufe !== berufIds.length) {
      throw new ValidationError('berufIds', 'Mindestens ein Ausbildungsberuf ist unbekannt.');
    }
    return tx.pruefung.create({
      data: {
        kammerId,
        saison: input.saison,
        jahr: input.jahr,
        art: input.art,
        anmeldeschluss: toUtcDate(anmeldeschluss),
        zusatzfragen: zusatzfragen as unknown as Prisma.InputJsonValue,
        createdAt: deps.clock.now(),
        createdById: viewer.userId,
        berufe: { create: berufIds.map((berufId) => ({ berufId })) },
      },
      include: pruefungInclude,
    });
  });
  return pruefungDto(row, heuteIso(deps));
}

const anzahlInclude = {
  _count: { select: { anmeldungen: { where: { status: { in: [...BEI_IHK_SICHTBAR] } } } } },
} satisfies Prisma.PruefungInclude;

/** IHK: the sessions of the selected Kammer, newest Anmeldeschluss first. */
export async function kammerPruefungen(deps: DomainDeps, viewer: Viewer): Promise<PruefungDto[]> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const rows = await deps.prisma.pruefung.findMany({
    where: { kammerId },
    include: { ...pruefungInclude, ...anzahlInclude },
    orderBy: [{ anmeldeschluss: 'desc' }, { createdAt: 'desc' }],
  });
  const heute = heuteIso(deps);
  return rows.map((row) => pruefungDto(row, heute, row._count.anmeldungen));
}

/** IHK: one session of the selected Kammer; another Kammer's session is NOT_FOUND. */
export async function kammerPruefung(deps: DomainDeps, viewer: Viewer, id: string): Promise<PruefungDto> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const row = await deps.prisma.pruefung.findFirst({
    where: { id, kammerId },
    include: { ...pruefungInclude, ...anzahlInclude },
  });
  if (!row) throw notFound('Die Prüfung wurde nicht gefunden.');
  return pruefungDto(row, heuteIso(deps), row._count.anmeldungen);
}

/** All Ausbildungsberufe (for the form that creates a session). */
export function ausbildungsberufe(deps: DomainDeps) {
  return deps.prisma.ausbildungsberuf.findMany({
    select: { id: true, bezeichnung: true },
    orderBy: { bezeichnung: 'asc' },
  });
}
