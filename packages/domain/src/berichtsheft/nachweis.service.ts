import type { Anwesenheit, Lernort, Prisma } from '@portal/db';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import type { DomainDeps } from '../shared/context.js';
import { DomainError, notFound, ValidationError } from '../shared/errors.js';
import {
  canCreateNachweis,
  canReadNachweis,
  darf,
  nachweisAbilities,
  type VertragFacts,
} from './berichtsheft.policy.js';
import { daysBetween, fromUtcDate, type IsoDate, toUtcDate } from './dates.js';
import { feiertagAm } from './feiertage.js';
import { type GenehmigerStand, genehmigerStandAn } from './genehmiger.service.js';
import { type Befund, pruefeNachweis } from './plausibility.js';
import { BEARBEITBAR } from './state-machine.js';

/** The standard texts for a first Nachweis that covers earlier paper records (IHK seed). */
export const PAPIER_TEXTE = {
  abschnitt: 'Ausbildungsnachweise sind schriftlich geführt worden',
  taetigkeiten:
    'Die Ausbildungsinhalte sind für den genannten Zeitraum schriftlich geführt und genehmigt worden.',
} as const;

const vertragSelect = {
  id: true,
  betriebsstaetteId: true,
  berufId: true,
  azubiUserId: true,
  ausbilderUserId: true,
  beginn: true,
  ende: true,
  betriebsstaette: { select: { bundesland: true } },
} satisfies Prisma.AusbildungsverhaeltnisSelect;

export const nachweisInclude = {
  tage: { orderBy: { datum: 'asc' } },
  rahmenplan: { select: { positionId: true } },
  ereignisse: {
    orderBy: { at: 'asc' },
    include: { actor: { select: { vorname: true, nachname: true, email: true } } },
  },
} satisfies Prisma.NachweisInclude;

type NachweisRow = Prisma.NachweisGetPayload<{ include: typeof nachweisInclude }>;
type Tx = Prisma.TransactionClient;

export interface NachweisTagDto {
  datum: IsoDate;
  lernort: Lernort;
  anwesenheit: Anwesenheit;
  stunden: number | null;
  taetigkeiten: string;
  feiertag: string | null;
}

/** A Nachweis as the API hands it out: plain dates, numbers, and the viewer's abilities. */
export function toNachweisDto(
  row: NachweisRow,
  viewer: Viewer,
  vertrag: VertragFacts & { bundesland: string },
) {
  return {
    id: row.id,
    vertragId: row.vertragId,
    von: fromUtcDate(row.von),
    bis: fromUtcDate(row.bis),
    status: row.status,
    format: row.format,
    taetigkeiten: row.taetigkeiten,
    abschnitt: row.abschnitt,
    unterweisungen: row.unterweisungen,
    berufsschule: row.berufsschule,
    papierNachweise: row.papierNachweise,
    genehmigerEmail: row.genehmigerEmail,
    version: row.version,
    updatedAt: row.updatedAt,
    tage: row.tage.map(
      (t): NachweisTagDto => ({
        datum: fromUtcDate(t.datum),
        lernort: t.lernort,
        anwesenheit: t.anwesenheit,
        stunden: t.stunden === null ? null : Number(t.stunden),
        taetigkeiten: t.taetigkeiten,
        feiertag: feiertagAm(fromUtcDate(t.datum), vertrag.bundesland),
      }),
    ),
    rahmenplanIds: row.rahmenplan.map((r) => r.positionId),
    ereignisse: row.ereignisse.map((e) => ({
      id: e.id,
      at: e.at,
      ereignis: e.ereignis,
      vonStatus: e.vonStatus,
      nachStatus: e.nachStatus,
      bemerkung: e.bemerkung,
      von: e.actorName ?? (`${e.actor.vorname} ${e.actor.nachname}`.trim() || e.actor.email),
      rolle: e.actorRolle,
      fuerAndere: e.onBehalfOfUserId !== null,
    })),
    abilities: nachweisAbilities(viewer, vertrag, row),
  };
}
export type NachweisDto = ReturnType<typeof toNachweisDto> & {
  /** The Rahmenplan of the contract's Beruf, for everyone who may read the Nachweis (approvers too). */
  rahmenplanPositionen: { id: string; nummer: string; titel: string }[];
  /** Earlier Ausbildungsabschnitte of the contract, newest first, offered again in the editor. */
  abschnittVorschlaege: string[];
  /** Whether the approver it was sent to may approve yet, or waits for the Betrieb or for accepting. */
  genehmigerStand: GenehmigerStand | null;
};

export async function loadVertrag(tx: Pick<Tx, 'ausbildungsverhaeltnis'>, vertragId: string) {
  const vertrag = await tx.ausbildungsverhaeltnis.findUnique({
    where: { id: vertragId },
    select: vertragSelect,
  });
  if (!vertrag) throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
  return { ...vertrag, bundesland: vertrag.betriebsstaette.bundesland };
}

/** Loads a Nachweis the viewer may read; anything else is "not found", so foreign ids reveal nothing. */
export async function ladeNachweis(deps: DomainDeps, viewer: Viewer, id: string): Promise<NachweisDto> {
  const row = await deps.prisma.nachweis.findUnique({ where: { id }, include: nachweisInclude });
  if (!row) throw notFound('Der Nachweis wurde nicht gefunden.');
  const vertrag = await loadVertrag(deps.prisma, row.vertragId);
  if (!canReadNachweis(viewer, vertrag, row)) throw notFound('Der Nachweis wurde nicht gefunden.');
  const [rahmenplanPositionen, abschnitte, genehmigerStand] = await Promise.all([
    deps.prisma.rahmenplanPosition.findMany({
      where: { berufId: vertrag.berufId },
      select: { id: true, nummer: true, titel: true },
      orderBy: { sortierung: 'asc' },
    }),
    deps.prisma.nachweis.findMany({
      where: { vertragId: vertrag.id, papierNachweise: false, abschnitt: { not: '' } },
      select: { abschnitt: true },
      orderBy: { von: 'desc' },
      take: 200,
    }),
    row.genehmigerUserId
      ? genehmigerStandAn(deps.prisma, row.genehmigerUserId, vertrag.betriebsstaetteId)
      : null,
  ]);
  return {
    ...toNachweisDto(row, viewer, vertrag),
    genehmigerStand,
    rahmenplanPositionen,
    abschnittVorschlaege: [...new Set(abschnitte.map((a) => a.abschnitt))].slice(0, 30),
  };
}

/** Errors of the plausibility check block the step; the first names the field, all travel along. */
export function throwIfUnplausibel(befunde: Befund[]) {
  const fehler = befunde.filter((b) => b.severity === 'error');
  if (fehler.length > 0) {
    throw new DomainError('NACHWEIS_UNPLAUSIBEL', fehler[0].message, fehler[0].field, { befunde: fehler });
  }
}

/** The other Nachweise of a contract: their periods (overlaps) and creation (which one came first). */
export async function andereZeitraeume(tx: Pick<Tx, 'nachweis'>, vertragId: string, ohneId?: string) {
  const rows = await tx.nachweis.findMany({
    where: { vertragId, ...(ohneId ? { id: { not: ohneId } } : {}) },
    select: { von: true, bis: true, createdAt: true },
  });
  return rows.map((r) => ({ von: fromUtcDate(r.von), bis: fromUtcDate(r.bis), createdAt: r.createdAt }));
}

/**
 * "The first Nachweis of a contract" (the only one that may be longer than 7 days, to cover
 * earlier paper records): the paper-records Nachweis, or one created before every other. One
 * definition for creating and for submitting.
 */
const SPAETER_ALS_ALLE = new Date(8.64e15);

export const istErsterNachweis = (
  nachweis: { papierNachweise: boolean; createdAt: Date },
  andere: readonly { createdAt: Date }[],
) => nachweis.papierNachweise || andere.every((a) => a.createdAt > nachweis.createdAt);

export interface NachweisAnlegenInput {
  vertragId: string;
  von: IsoDate;
  bis: IsoDate;
  /** First Nachweis only: covers earlier paper records and is prefilled with the standard texts. */
  papierNachweise?: boolean;
}

/** Creates a Nachweis for a period, with its working days prefilled (public holidays as Feiertag). */
export async function nachweisAnlegen(
  deps: DomainDeps,
  viewer: Viewer,
  input: NachweisAnlegenInput,
): Promise<NachweisDto> {
  const created = await deps.prisma.$transaction(async (tx) => {
    const vertrag = await loadVertrag(tx, input.vertragId);
    if (!canCreateNachweis(viewer, vertrag))
      throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
    const einstellung = await tx.berichtsheftEinstellung.findUnique({
      where: {
        betriebsstaetteId_berufId: { betriebsstaetteId: vertrag.betriebsstaetteId, berufId: vertrag.berufId },
      },
    });
    if (!einstellung?.elektronisch) throw new DomainError('BERICHTSHEFT_NICHT_ELEKTRONISCH');
    // Serialises creation per contract, so two tabs cannot create overlapping Nachweise at once.
    await tx.$queryRaw`SELECT id FROM "Ausbildungsverhaeltnis" WHERE id = ${vertrag.id}::uuid FOR UPDATE`;
    const andere = await andereZeitraeume(tx, vertrag.id);
    // The new Nachweis comes after every existing one.
    const istErster = istErsterNachweis({ papierNachweise: false, createdAt: SPAETER_ALS_ALLE }, andere);
    if (input.papierNachweise && !istErster) {
      throw new ValidationError(
        'papierNachweise',
        'Nur der erste Nachweis kann frühere schriftliche Nachweise abdecken.',
      );
    }
    const vertragsZeit = { beginn: fromUtcDate(vertrag.beginn), ende: fromUtcDate(vertrag.ende) };
    throwIfUnplausibel(
      pruefeNachweis(
        { von: input.von, bis: input.bis, tage: [] },
        { vertrag: vertragsZeit, istErsterNachweis: istErster, andere },
      ),
    );
    const papier = input.papierNachweise === true;
    const tage = papier
      ? []
      : daysBetween(input.von, input.bis)
          .filter((day) => einstellung.format === 'TAEGLICH' || isWerktag(day))
          .map((day) => {
            const feiertag = feiertagAm(day, vertrag.bundesland);
            return {
              datum: toUtcDate(day),
              anwesenheit: (feiertag ? 'FEIERTAG' : 'ANWESEND') as Anwesenheit,
              stunden: feiertag ? 0 : null,
            };
          });
    const nachweis = await tx.nachweis.create({
      data: {
        vertragId: vertrag.id,
        von: toUtcDate(input.von),
        bis: toUtcDate(input.bis),
        papierNachweise: papier,
        format: einstellung.format,
        abschnitt: papier ? PAPIER_TEXTE.abschnitt : await letzterAbschnitt(tx, vertrag.id),
        unterweisungen: papier ? PAPIER_TEXTE.taetigkeiten : '',
        genehmigerEmail: await letzterGenehmiger(tx, vertrag.id),
        tage: { create: tage },
        ereignisse: {
          create: {
            actorUserId: viewer.userId,
            onBehalfOfUserId: onBehalfOf(viewer),
            ereignis: 'ANGELEGT',
            nachStatus: 'ENTWURF',
            at: deps.clock.now(),
          },
        },
      },
    });
    return nachweis.id;
  });
  return ladeNachweis(deps, viewer, created);
}

const isWerktag = (day: IsoDate) => {
  const weekday = toUtcDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/** The Ausbildungsabschnitt is usually the same as last week's: offer it again. */
async function letzterAbschnitt(tx: Pick<Tx, 'nachweis'>, vertragId: string): Promise<string> {
  const last = await tx.nachweis.findFirst({
    where: { vertragId, papierNachweise: false, abschnitt: { not: '' } },
    orderBy: { von: 'desc' },
    select: { abschnitt: true },
  });
  return last?.abschnitt ?? '';
}

async function letzterGenehmiger(tx: Pick<Tx, 'nachweis'>, vertragId: string): Promise<string | null> {
  const last = await tx.nachweis.findFirst({
    where: { vertragId, genehmigerEmail: { not: null } },
    orderBy: { eingereichtAt: { sort: 'desc', nulls: 'last' } },
    select: { genehmigerEmail: true },
  });
  return last?.genehmigerEmail ?? null;
}

export interface TagEingabeInput {
  datum: IsoDate;
  lernort: Lernort;
  anwesenheit: Anwesenheit;
  stunden: number | null;
  taetigkeiten: string;
}

export interface NachweisSpeichernInput {
  id: string;
  /** The version the client edited; a different server version is a conflict. */
  version: number;
  /** Betriebliche Taetigkeiten of the week (weekly form); left unchanged when absent. */
  taetigkeiten?: string | null;
  abschnitt: string;
  unterweisungen: string;
  berufsschule: string;
  genehmigerEmail?: string | null;
  tage: TagEingabeInput[];
  rahmenplanIds: string[];
}

const MAX_TEXT = 10_000;

/** What an autosave changed on the server; the client holds the content it sent. */
export interface NachweisGespeichert {
  id: string;
  version: number;
  updatedAt: Date;
  warnungen: Befund[];
}

/**
 * Saves the Azubi's draft (autosave). Optimistic concurrency: the write only happens if the
 * version is still the one the client edited; otherwise NACHWEIS_KONFLIKT carries the server's
 * current version so the client can show both. Answers with the new version and time and the
 * plausibility warnings, not the whole Nachweis again (an autosave every few seconds per Azubi).
 */
export async function nachweisSpeichern(
  deps: DomainDeps,
  viewer: Viewer,
  input: NachweisSpeichernInput,
): Promise<NachweisGespeichert> {
  for (const [field, value] of [
    ['abschnitt', input.abschnitt],
    ['taetigkeiten', input.taetigkeiten ?? ''],
    ['unterweisungen', input.unterweisungen],
    ['berufsschule', input.berufsschule],
    ...input.tage.map((t, i) => [`tage.${i}.taetigkeiten`, t.taetigkeiten] as const),
  ] as const) {
    if (value.length > MAX_TEXT)
      throw new ValidationError(field, `Der Text ist zu lang (höchstens ${MAX_TEXT} Zeichen).`);
  }
  const updatedAt = deps.clock.now();
  const warnungen = await deps.prisma.$transaction(async (tx) => {
    const row = await tx.nachweis.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        vertragId: true,
        status: true,
        von: true,
        bis: true,
        genehmigerUserId: true,
        version: true,
      },
    });
    if (!row) throw notFound('Der Nachweis wurde nicht gefunden.');
    const vertrag = await loadVertrag(tx, row.vertragId);
    if (!darf(viewer, 'NACHWEIS_BEARBEITEN', vertrag, row)) {
      if (canReadNachweis(viewer, vertrag, row)) throw new DomainError('FORBIDDEN');
      throw notFound('Der Nachweis wurde nicht gefunden.');
    }
    if (!BEARBEITBAR.includes(row.status)) throw new DomainError('NACHWEIS_GESPERRT');
    const von = fromUtcDate(row.von);
    const bis = fromUtcDate(row.bis);
    const befunde = pruefeNachweis(
      { von, bis, tage: input.tage },
      // The period was checked when the Nachweis was created and does not change here; only the days are new.
      {
        vertrag: { beginn: fromUtcDate(vertrag.beginn), ende: fromUtcDate(vertrag.ende) },
        istErsterNachweis: true,
        andere: [],
      },
    );
    throwIfUnplausibel(befunde);
    const positionen = await tx.rahmenplanPosition.count({
      where: { id: { in: input.rahmenplanIds }, berufId: vertrag.berufId },
    });
    if (positionen !== new Set(input.rahmenplanIds).size) {
      throw new ValidationError(
        'rahmenplanIds',
        'Eine gewählte Rahmenplan-Position gehört nicht zu Ihrem Ausbildungsberuf.',
      );
    }
    const updated = await tx.nachweis.updateMany({
      where: { id: row.id, version: input.version },
      data: {
        abschnitt: input.abschnitt,
        ...(typeof input.taetigkeiten === 'string' ? { taetigkeiten: input.taetigkeiten } : {}),
        unterweisungen: input.unterweisungen,
        berufsschule: input.berufsschule,
        ...(input.genehmigerEmail !== undefined
          ? { genehmigerEmail: input.genehmigerEmail?.trim().toLowerCase() || null }
          : {}),
        version: { increment: 1 },
        updatedAt,
      },
    });
    if (updated.count === 0) {
      throw new DomainError('NACHWEIS_KONFLIKT', undefined, 'version', { aktuelleVersion: row.version });
    }
    await tx.nachweisTag.deleteMany({ where: { nachweisId: row.id } });
    await tx.nachweisTag.createMany({
      data: input.tage.map((t) => ({
        nachweisId: row.id,
        datum: toUtcDate(t.datum),
        lernort: t.lernort,
        anwesenheit: t.anwesenheit,
        stunden: t.stunden,
        taetigkeiten: t.taetigkeiten,
      })),
    });
    await tx.nachweisRahmenplan.deleteMany({ where: { nachweisId: row.id } });
    await tx.nachweisRahmenplan.createMany({
      data: [...new Set(input.rahmenplanIds)].map((positionId) => ({ nachweisId: row.id, positionId })),
    });
    return befunde.filter((b) => b.severity === 'warning');
  });
  return { id: input.id, version: input.version + 1, updatedAt, warnungen };
}
