import { isUniqueViolation, type Prisma } from '@portal/db';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import { addDays, formatDe, fromUtcDate, type IsoDate, mondayOf } from '../berichtsheft/dates.js';
import { anzahlFehlenderWochen } from '../berichtsheft/wochen.js';
import { enqueueMail, type OutboxMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, forbidden, notFound, ValidationError } from '../shared/errors.js';
import { berlinDatum } from '../shared/kalender.js';
import { type Ampel, type AmpelBetrachter, ampelFuer } from './ampel.js';
import {
  anmeldungAkteure,
  betrachterFuer,
  betriebsstaettenFuerAnmeldungen,
  canReadAnmeldung,
  canRegisterForPruefung,
  eigeneVertraegeScope,
} from './anmeldung.policy.js';
import {
  type AnmeldungAkteur,
  type AnmeldungAktion,
  type AnmeldungStatus,
  ereignisText,
  moeglicheAktionen,
  pruefeUebergang,
  type UebergangErgebnis,
} from './anmeldung-state-machine.js';
import { kommtInFrage } from './eignung.js';
import {
  type AnmeldungMailFacts,
  beiIhkMail,
  bestaetigtMail,
  entschiedenMail,
  zurBestaetigungMail,
  zurueckgegebenMail,
} from './mails.js';
import {
  BEI_IHK_SICHTBAR,
  heuteIso,
  kammerDesSachbearbeiters,
  type PruefungDto,
  type PruefungRow,
  pruefungDto,
  pruefungInclude,
  zusatzfragenOf,
} from './pruefung.service.js';

type Tx = Prisma.TransactionClient;

const vertragSelect = {
  id: true,
  identnummer: true,
  azubiVorname: true,
  azubiNachname: true,
  azubiEmail: true,
  azubiUserId: true,
  betriebsstaetteId: true,
  berufId: true,
  beginn: true,
  ende: true,
  nachweisForm: true,
  beruf: { select: { id: true, bezeichnung: true } },
  azubiUser: { select: { email: true } },
  betriebsstaette: {
    select: { name: true, unternehmen: { select: { id: true, name: true, email: true, kammerId: true } } },
  },
} satisfies Prisma.AusbildungsverhaeltnisSelect;

/** Without session and history: the Betrieb's overview has the sessions already and never shows the history. */
const anmeldungUebersichtInclude = {
  vertrag: { select: vertragSelect },
} satisfies Prisma.PruefungsanmeldungInclude;

export const anmeldungInclude = {
  ...anmeldungUebersichtInclude,
  pruefung: { include: pruefungInclude },
  ereignisse: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.PruefungsanmeldungInclude;

type AnmeldungRow = Prisma.PruefungsanmeldungGetPayload<{ include: typeof anmeldungUebersichtInclude }> &
  Pick<Prisma.PruefungsanmeldungGetPayload<{ include: typeof anmeldungInclude }>, 'pruefung'> &
  Partial<Pick<Prisma.PruefungsanmeldungGetPayload<{ include: typeof anmeldungInclude }>, 'ereignisse'>>;
type VertragRow = Prisma.AusbildungsverhaeltnisGetPayload<{ select: typeof vertragSelect }>;

export interface AnmeldungDto {
  id: string;
  status: AnmeldungStatus;
  ampel: Ampel;
  pruefung: PruefungDto;
  vertragId: string;
  azubiName: string;
  identnummer: string;
  beruf: { id: string; bezeichnung: string };
  betriebsstaetteName: string;
  unternehmenName: string;
  antworten: { key: string; frage: string; antwort: string }[];
  nachweiseBestaetigt: boolean;
  bemerkung: string | null;
  version: number;
  eingereichtAt: Date | null;
  bestaetigtAt: Date | null;
  entschiedenAt: Date | null;
  ergebnisFreigegebenAt: Date | null;
  /**
   * The history, oldest first. Left out (undefined) for the rows of the Betrieb's overview, which
   * never shows it; the GraphQL field then loads it for the one registration that asks for it.
   */
  ereignisse?: {
    at: Date;
    actorName: string;
    ereignis: string;
    vonStatus: AnmeldungStatus | null;
    nachStatus: AnmeldungStatus;
    bemerkung: string | null;
  }[];
  aktionen: AnmeldungAktion[];
}

const azubiNameOf = (v: { azubiVorname: string; azubiNachname: string }) =>
  `${v.azubiVorname} ${v.azubiNachname}`;
const factsOf = (row: {
  vertrag: Pick<VertragRow, 'betriebsstaetteId' | 'azubiUserId'>;
  pruefung: { kammerId: string };
}) => ({
  betriebsstaetteId: row.vertrag.betriebsstaetteId,
  azubiUserId: row.vertrag.azubiUserId,
  kammerId: row.pruefung.kammerId,
});

function antwortenOf(json: Prisma.JsonValue): Record<string, string> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Display names of the people in the histories: one query for any number of registrations. */
async function namenDerAkteure(
  deps: DomainDeps,
  rows: Pick<AnmeldungRow, 'ereignisse'>[],
): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const e of row.ereignisse ?? []) {
      ids.add(e.actorUserId);
      if (e.onBehalfOfUserId) ids.add(e.onBehalfOfUserId);
    }
  }
  if (ids.size === 0) return new Map();
  const users = await deps.prisma.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, vorname: true, nachname: true, email: true },
  });
  return new Map(users.map((u) => [u.id, `${u.vorname} ${u.nachname}`.trim() || u.email]));
}

function toDto(
  row: AnmeldungRow,
  viewer: Viewer,
  heute: IsoDate,
  namen: Map<string, string>,
  betrachterOverride?: AmpelBetrachter,
  pruefungen?: Map<string, PruefungDto>,
): AnmeldungDto {
  const akteure = anmeldungAkteure(viewer, factsOf(row));
  const pruefung = pruefungen?.get(row.pruefungId) ?? pruefungDto(row.pruefung, heute);
  const antworten = antwortenOf(row.antworten);
  const azubiName = azubiNameOf(row.vertrag);
  return {
    id: row.id,
    status: row.status,
    ampel: ampelFuer({
      status: row.status,
      anmeldeschluss: pruefung.anmeldeschluss,
      heute,
      betrachter: betrachterOverride ?? betrachterFuer(viewer, akteure),
      azubiName,
      betriebName: row.vertrag.betriebsstaette.unternehmen.name,
    }),
    pruefung,
    vertragId: row.vertragId,
    azubiName,
    identnummer: row.vertrag.identnummer,
    beruf: row.vertrag.beruf,
    betriebsstaetteName: row.vertrag.betriebsstaette.name,
    unternehmenName: row.vertrag.betriebsstaette.unternehmen.name,
    antworten: pruefung.zusatzfragen
      .filter((q) => antworten[q.key] !== undefined)
      .map((q) => ({ key: q.key, frage: q.frage, antwort: antworten[q.key] ?? '' })),
    nachweiseBestaetigt: row.nachweiseBestaetigt,
    bemerkung: row.bemerkung,
    version: row.version,
    eingereichtAt: row.eingereichtAt,
    bestaetigtAt: row.bestaetigtAt,
    entschiedenAt: row.entschiedenAt,
    ergebnisFreigegebenAt: row.ergebnisFreigegebenAt,
    ereignisse: row.ereignisse?.map((e) => ereignisDto(e, namen)),
    aktionen: moeglicheAktionen(row.status, akteure, pruefung.anmeldeschluss, heute),
  };
}

type EreignisRow = NonNullable<AnmeldungRow['ereignisse']>[number];

function ereignisDto(e: EreignisRow, namen: Map<string, string>) {
  const actor = namen.get(e.actorUserId) ?? 'Unbekannt';
  const fuer = e.onBehalfOfUserId ? namen.get(e.onBehalfOfUserId) : undefined;
  return {
    at: e.at,
    actorName: fuer ? `${actor} (in Vertretung für ${fuer})` : actor,
    ereignis: ereignisText(e.ereignis),
    vonStatus: e.vonStatus,
    nachStatus: e.nachStatus,
    bemerkung: e.bemerkung,
  };
}

async function toDtos(deps: DomainDeps, viewer: Viewer, rows: AnmeldungRow[], betrachter?: AmpelBetrachter) {
  const namen = await namenDerAkteure(deps, rows);
  const heute = heuteIso(deps);
  // One Pruefung object per session, shared by its registrations.
  const pruefungen = new Map<string, PruefungDto>();
  for (const row of rows) {
    if (!pruefungen.has(row.pruefungId)) pruefungen.set(row.pruefungId, pruefungDto(row.pruefung, heute));
  }
  return rows.map((row) => toDto(row, viewer, heute, namen, betrachter, pruefungen));
}

/** One registration for whoever may read it; anyone else gets NOT_FOUND (no hint that it exists). */
export async function ladeAnmeldung(deps: DomainDeps, viewer: Viewer, id: string): Promise<AnmeldungDto> {
  const row = await deps.prisma.pruefungsanmeldung.findUnique({ where: { id }, include: anmeldungInclude });
  if (!row || !canReadAnmeldung(anmeldungAkteure(viewer, factsOf(row)), row.status)) {
    throw notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
  }
  const [dto] = await toDtos(deps, viewer, [row]);
  return dto!;
}

/**
 * The histories of several registrations at once (the overview rows leave them out), for those
 * the viewer may read: two statements for any number of registrations.
 */
export async function anmeldungenEreignisse(
  deps: DomainDeps,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, NonNullable<AnmeldungDto['ereignisse']>>> {
  const rows = await deps.prisma.pruefungsanmeldung.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      status: true,
      vertrag: { select: { betriebsstaetteId: true, azubiUserId: true } },
      pruefung: { select: { kammerId: true } },
      ereignisse: anmeldungInclude.ereignisse,
    },
  });
  const lesbar = rows.filter((row) => canReadAnmeldung(anmeldungAkteure(viewer, factsOf(row)), row.status));
  const namen = await namenDerAkteure(deps, lesbar);
  return new Map(lesbar.map((row) => [row.id, row.ereignisse.map((e) => ereignisDto(e, namen))]));
}

function throwUnlessOk(
  result: UebergangErgebnis,
): asserts result is Extract<UebergangErgebnis, { ok: true }> {
  if (result.ok) return;
  if (result.code === 'BAD_USER_INPUT')
    throw new ValidationError(result.field ?? 'bemerkung', result.message ?? '');
  throw new DomainError(result.code, result.message, result.field);
}

function recordEreignis(
  tx: Tx,
  viewer: Viewer,
  e: {
    anmeldungId: string;
    at: Date;
    aktion: AnmeldungAktion;
    von: AnmeldungStatus | null;
    nach: AnmeldungStatus;
    bemerkung?: string | null;
  },
) {
  return tx.pruefungsanmeldungEreignis.create({
    data: {
      anmeldungId: e.anmeldungId,
      at: e.at,
      actorUserId: viewer.userId,
      onBehalfOfUserId: onBehalfOf(viewer),
      ereignis: e.aktion,
      vonStatus: e.von,
      nachStatus: e.nach,
      bemerkung: e.bemerkung ?? null,
    },
  });
}

const azubiAdresse = (v: VertragRow) => v.azubiUser?.email ?? v.azubiEmail ?? null;

/** The Betrieb's addresses: the stored address of the Unternehmen and the admin who submitted last. */
async function betriebsAdressen(tx: Tx, anmeldungId: string, vertrag: VertragRow): Promise<string[]> {
  const eingereicht = await tx.pruefungsanmeldungEreignis.findFirst({
    where: { anmeldungId, ereignis: 'EINREICHEN' },
    orderBy: { at: 'desc' },
    select: { actorUserId: true, onBehalfOfUserId: true },
  });
  const admin = eingereicht
    ? await tx.user.findUnique({
        where: { id: eingereicht.onBehalfOfUserId ?? eingereicht.actorUserId },
        select: { email: true },
      })
    : null;
  return empfaenger([vertrag.betriebsstaette.unternehmen.email, admin?.email]);
}

/** The IHK-Sachbearbeiter of a Kammer (one address per clerk). */
async function sachbearbeiterAdressen(tx: Tx, kammerId: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { rollen: { some: { rolle: 'IHK_SACHBEARBEITER', status: 'AKTIV', kammerId } } },
    select: { email: true },
    orderBy: { email: 'asc' },
  });
  return empfaenger(users.map((u) => u.email));
}

const empfaenger = (adressen: (string | null | undefined)[]) => [
  ...new Set(adressen.filter((a): a is string => !!a?.trim()).map((a) => a.trim().toLowerCase())),
];

async function mailAn(tx: Tx, an: string[], mail: (to: string) => OutboxMail, now: Date) {
  for (const to of an) await enqueueMail(tx, mail(to), now);
}

function mailFacts(
  deps: DomainDeps,
  pruefung: PruefungRow,
  vertrag: VertragRow,
  link: string,
): AnmeldungMailFacts {
  const dto = pruefungDto(pruefung, heuteIso(deps));
  return {
    azubiName: azubiNameOf(vertrag),
    betriebName: vertrag.betriebsstaette.unternehmen.name,
    pruefung: dto.bezeichnung,
    anmeldeschluss: dto.anmeldeschluss,
    link,
  };
}

const betriebLink = (deps: DomainDeps, id: string) => linkTo(deps, `/pruefungen/anmeldung/${id}`);
const azubiLink = (deps: DomainDeps, id: string) => linkTo(deps, `/meine-pruefungen/${id}`);
const kammerLink = (deps: DomainDeps, pruefungId: string) => linkTo(deps, `/kammer/pruefungen/${pruefungId}`);

export interface AnmeldungEinreichenInput {
  pruefungId: string;
  vertragId: string;
  antworten: { key: string; antwort: string }[];
  nachweiseBestaetigt: boolean;
  /** The version the Betrieb saw when resubmitting a registration sent back to it. */
  version?: number | null;
}

/**
 * The Betrieb registers an Azubi (or resubmits a registration the Azubi sent back). The
 * registration goes to the Azubi, who is e-mailed.
 */
export async function anmeldungEinreichen(
  deps: DomainDeps,
  viewer: Viewer,
  input: AnmeldungEinreichenInput,
): Promise<AnmeldungDto> {
  const now = deps.clock.now();
  const heute = berlinDatum(now);
  const id = await deps.prisma.$transaction(async (tx) => {
    const vertrag = await tx.ausbildungsverhaeltnis.findUnique({
      where: { id: input.vertragId },
      select: vertragSelect,
    });
    if (!vertrag || !canRegisterForPruefung(viewer, vertrag)) {
      throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
    }
    const pruefung = await tx.pruefung.findUnique({
      where: { id: input.pruefungId },
      include: pruefungInclude,
    });
    if (!pruefung || pruefung.kammerId !== vertrag.betriebsstaette.unternehmen.kammerId) {
      throw notFound('Die Prüfung wurde nicht gefunden.');
    }
    const bestehend = await tx.pruefungsanmeldung.findUnique({
      where: { pruefungId_vertragId: { pruefungId: pruefung.id, vertragId: vertrag.id } },
      select: { id: true, status: true, version: true },
    });
    const akteure = anmeldungAkteure(viewer, { ...vertrag, kammerId: pruefung.kammerId });
    const anmeldeschluss = fromUtcDate(pruefung.anmeldeschluss);
    throwUnlessOk(
      pruefeUebergang({
        status: bestehend?.status ?? null,
        aktion: 'EINREICHEN',
        akteure,
        anmeldeschluss,
        heute,
      }),
    );
    if (bestehend && input.version != null && input.version !== bestehend.version) {
      throw new DomainError('ANMELDUNG_KONFLIKT', undefined, 'version', {
        aktuelleVersion: bestehend.version,
      });
    }
    if (
      !bestehend &&
      !kommtInFrage(vertrag, {
        berufIds: pruefung.berufe.map((b) => b.berufId),
        art: pruefung.art,
        anmeldeschluss: pruefung.anmeldeschluss,
      })
    ) {
      throw new DomainError('AZUBI_NICHT_PRUEFUNGSBERECHTIGT', undefined, 'vertragId');
    }
    const gegeben = new Map(input.antworten.map((a) => [a.key, a.antwort.trim()]));
    const antworten: Record<string, string> = {};
    for (const frage of zusatzfragenOf(pruefung.zusatzfragen)) {
      const antwort = gegeben.get(frage.key) ?? '';
      if (frage.pflicht && !antwort) {
        throw new ValidationError(
          `antworten.${frage.key}`,
          `Bitte beantworten Sie die Frage „${frage.frage}“.`,
        );
      }
      if (antwort.length > 2000) {
        throw new ValidationError(
          `antworten.${frage.key}`,
          'Eine Antwort darf höchstens 2000 Zeichen lang sein.',
        );
      }
      if (antwort) antworten[frage.key] = antwort;
    }
    if (input.nachweiseBestaetigt !== true) {
      throw new ValidationError(
        'nachweiseBestaetigt',
        'Bitte bestätigen Sie, dass der Ausbildungsnachweis (Berichtsheft) ordnungsgemäß geführt wurde.',
      );
    }
    const data = {
      status: 'AZUBI_PRUEFT' as const,
      antworten,
      nachweiseBestaetigt: true,
      bemerkung: null,
      eingereichtAt: now,
      bestaetigtAt: null,
    };
    let anmeldungId: string;
    if (bestehend) {
      const updated = await tx.pruefungsanmeldung.updateMany({
        where: { id: bestehend.id, version: bestehend.version, status: bestehend.status },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new DomainError('ANMELDUNG_KONFLIKT', undefined, 'version');
      anmeldungId = bestehend.id;
    } else {
      try {
        anmeldungId = (
          await tx.pruefungsanmeldung.create({
            data: {
              ...data,
              pruefungId: pruefung.id,
              vertragId: vertrag.id,
              createdAt: now,
              createdById: viewer.userId,
            },
            select: { id: true },
          })
        ).id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('ANMELDUNG_KONFLIKT');
        throw error;
      }
    }
    await recordEreignis(tx, viewer, {
      anmeldungId,
      at: now,
      aktion: 'EINREICHEN',
      von: bestehend?.status ?? null,
      nach: 'AZUBI_PRUEFT',
    });
    const an = azubiAdresse(vertrag);
    if (an) {
      await enqueueMail(
        tx,
        zurBestaetigungMail(
          an,
          mailFacts(deps, pruefung, vertrag, azubiLink(deps, anmeldungId)),
          !!bestehend,
          vertrag.azubiUserId !== null,
        ),
        now,
      );
    }
    return anmeldungId;
  });
  return ladeAnmeldung(deps, viewer, id);
}

/** One step on an existing registration (Azubi confirms / sends back, IHK admits / rejects). */
async function schritt(
  deps: DomainDeps,
  viewer: Viewer,
  id: string,
  aktion: Exclude<AnmeldungAktion, 'EINREICHEN'>,
  bemerkung: string | null,
): Promise<AnmeldungDto> {
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const row = await tx.pruefungsanmeldung.findUnique({
      where: { id },
      include: { pruefung: { include: pruefungInclude }, vertrag: { select: vertragSelect } },
    });
    const akteure: AnmeldungAkteur[] = row ? anmeldungAkteure(viewer, factsOf(row)) : [];
    if (!row || !canReadAnmeldung(akteure, row.status))
      throw notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
    const result = pruefeUebergang({
      status: row.status,
      aktion,
      akteure,
      anmeldeschluss: fromUtcDate(row.pruefung.anmeldeschluss),
      heute: berlinDatum(now),
      bemerkung,
    });
    throwUnlessOk(result);
    const to = result.transition.to;
    const text = bemerkung?.trim() || null;
    const updated = await tx.pruefungsanmeldung.updateMany({
      where: { id, version: row.version, status: row.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...(aktion === 'BESTAETIGEN' ? { bestaetigtAt: now } : {}),
        ...(aktion === 'ZURUECKGEBEN' ? { bemerkung: text } : {}),
        ...(aktion === 'ZULASSEN' || aktion === 'ABLEHNEN' ? { entschiedenAt: now, bemerkung: text } : {}),
      },
    });
    if (updated.count === 0) throw new DomainError('ANMELDUNG_KONFLIKT');
    await recordEreignis(tx, viewer, {
      anmeldungId: id,
      at: now,
      aktion,
      von: row.status,
      nach: to,
      bemerkung: text,
    });

    const betrieb = await betriebsAdressen(tx, id, row.vertrag);
    const facts = mailFacts(deps, row.pruefung, row.vertrag, betriebLink(deps, id));
    if (aktion === 'BESTAETIGEN') {
      await mailAn(tx, betrieb, (to) => bestaetigtMail(to, facts), now);
      // The registration has reached the IHK: every clerk of the session's Kammer is told.
      const ihk = await sachbearbeiterAdressen(tx, row.pruefung.kammerId);
      const ihkFacts = { ...facts, link: kammerLink(deps, row.pruefung.id) };
      await mailAn(tx, ihk, (to) => beiIhkMail(to, ihkFacts), now);
    }
    if (aktion === 'ZURUECKGEBEN')
      await mailAn(tx, betrieb, (to) => zurueckgegebenMail(to, facts, text ?? ''), now);
    if (aktion === 'ZULASSEN' || aktion === 'ABLEHNEN') {
      const zugelassen = aktion === 'ZULASSEN';
      await mailAn(tx, betrieb, (to) => entschiedenMail(to, facts, zugelassen, text), now);
      const azubi = azubiAdresse(row.vertrag);
      if (azubi && !betrieb.includes(azubi.toLowerCase())) {
        const azubiFacts = { ...facts, link: azubiLink(deps, id) };
        await enqueueMail(tx, entschiedenMail(azubi, azubiFacts, zugelassen, text), now);
      }
    }
  });
  return ladeAnmeldung(deps, viewer, id);
}

export const anmeldungBestaetigen = (deps: DomainDeps, viewer: Viewer, id: string) =>
  schritt(deps, viewer, id, 'BESTAETIGEN', null);
export const anmeldungZurueckgeben = (deps: DomainDeps, viewer: Viewer, id: string, bemerkung: string) =>
  schritt(deps, viewer, id, 'ZURUECKGEBEN', bemerkung);
export const anmeldungZulassen = (deps: DomainDeps, viewer: Viewer, id: string) =>
  schritt(deps, viewer, id, 'ZULASSEN', null);
export const anmeldungAblehnen = (deps: DomainDeps, viewer: Viewer, id: string, begruendung: string) =>
  schritt(deps, viewer, id, 'ABLEHNEN', begruendung);

/** IHK: the registrations of a session of its Kammer that reached the IHK, by Azubi name. */
export async function kammerAnmeldungen(
  deps: DomainDeps,
  viewer: Viewer,
  pruefungId: string,
): Promise<AnmeldungDto[]> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const pruefung = await deps.prisma.pruefung.findFirst({
    where: { id: pruefungId, kammerId },
    select: { id: true },
  });
  if (!pruefung) throw notFound('Die Prüfung wurde nicht gefunden.');
  const rows = await deps.prisma.pruefungsanmeldung.findMany({
    where: { pruefungId, status: { in: [...BEI_IHK_SICHTBAR] } },
    include: anmeldungInclude,
    orderBy: [{ vertrag: { azubiNachname: 'asc' } }, { vertrag: { azubiVorname: 'asc' } }, { id: 'asc' }],
  });
  return toDtos(deps, viewer, rows, 'IHK');
}

/** Azubi: own registrations that the Betrieb has sent (drafts are the Betrieb's business). */
export async function meinePruefungsanmeldungen(deps: DomainDeps, viewer: Viewer): Promise<AnmeldungDto[]> {
  const rows = await deps.prisma.pruefungsanmeldung.findMany({
    where: { vertrag: eigeneVertraegeScope(viewer), status: { not: 'ENTWURF' } },
    include: anmeldungInclude,
    orderBy: [{ pruefung: { anmeldeschluss: 'desc' } }, { id: 'asc' }],
  });
  return toDtos(deps, viewer, rows, 'AZUBI');
}

export interface BetriebPruefungZeile {
  pruefung: PruefungDto;
  vertragId: string;
  azubiName: string;
  beruf: { id: string; bezeichnung: string };
  betriebsstaetteName: string;
  anmeldung: AnmeldungDto | null;
  ampel: Ampel;
  aktionen: AnmeldungAktion[];
}

/** Sessions older than this (by Anmeldeschluss) leave the Betrieb's overview. */
export const UEBERSICHT_TAGE = 365;

/**
 * For this many days after the Anmeldeschluss the overview still lists the Azubis who were NOT
 * registered (red "Frist abgelaufen", no actions), so the Betrieb learns that it missed the deadline.
 */
export const VERPASST_SICHTBAR_TAGE = 42;

/**
 * The Betrieb's "Pruefungen" page: every open or recent session of its Kammer x every Azubi of
 * the Betriebsstaetten in reach who can be registered (until the Anmeldeschluss, and still shown
 * as "Frist abgelaufen" for `VERPASST_SICHTBAR_TAGE` after it), plus every existing registration.
 * A fixed number of SQL statements, whatever the number of rows; the rows carry no history.
 */
export async function betriebPruefungen(deps: DomainDeps, viewer: Viewer): Promise<BetriebPruefungZeile[]> {
  const staetten = betriebsstaettenFuerAnmeldungen(viewer);
  if (staetten.length === 0 || !viewer.current) throw forbidden();
  const heute = heuteIso(deps);
  const pruefungen = await deps.prisma.pruefung.findMany({
    where: {
      kammerId: viewer.current.kammerId,
      anmeldeschluss: { gte: new Date(`${addDays(heute, -UEBERSICHT_TAGE)}T00:00:00Z`) },
    },
    include: pruefungInclude,
  });
  if (pruefungen.length === 0) return [];
  const berufIds = [...new Set(pruefungen.flatMap((p) => p.berufe.map((b) => b.berufId)))];
  const pruefungById = new Map(pruefungen.map((p) => [p.id, p]));
  const [vertraege, ohnePruefung] = await Promise.all([
    deps.prisma.ausbildungsverhaeltnis.findMany({
      where: { betriebsstaetteId: { in: staetten }, berufId: { in: berufIds } },
      select: vertragSelect,
    }),
    deps.prisma.pruefungsanmeldung.findMany({
      where: {
        pruefungId: { in: pruefungen.map((p) => p.id) },
        vertrag: { betriebsstaetteId: { in: staetten } },
      },
      // No history: the overview never shows it (the GraphQL field loads it on demand).
      include: anmeldungUebersichtInclude,
    }),
  ]);
  const anmeldungRows = ohnePruefung.map((r) => ({ ...r, pruefung: pruefungById.get(r.pruefungId)! }));
  const anmeldungen = await toDtos(deps, viewer, anmeldungRows, 'BETRIEB');
  const byKey = new Map(anmeldungen.map((a) => [`${a.pruefung.id}:${a.vertragId}`, a]));
  const sortName = new Map<string, string>();
  for (const r of anmeldungRows)
    sortName.set(r.vertragId, `${r.vertrag.azubiNachname} ${r.vertrag.azubiVorname}`);
  for (const v of vertraege) sortName.set(v.id, `${v.azubiNachname} ${v.azubiVorname}`);

  const zeilen: BetriebPruefungZeile[] = [];
  for (const row of pruefungen) {
    const pruefung = pruefungDto(row, heute);
    const berufe = row.berufe.map((b) => b.berufId);
    const gesehen = new Set<string>();
    for (const a of anmeldungen) {
      if (a.pruefung.id !== row.id) continue;
      gesehen.add(a.vertragId);
      zeilen.push({
        pruefung,
        vertragId: a.vertragId,
        azubiName: a.azubiName,
        beruf: a.beruf,
        betriebsstaetteName: a.betriebsstaetteName,
        anmeldung: a,
        ampel: a.ampel,
        aktionen: a.aktionen,
      });
    }
    // Not registered and the deadline passed a while ago: no longer worth a row.
    if (heute > addDays(pruefung.anmeldeschluss, VERPASST_SICHTBAR_TAGE)) continue;
    for (const v of vertraege) {
      if (gesehen.has(v.id) || byKey.has(`${row.id}:${v.id}`)) continue;
      if (!kommtInFrage(v, { berufIds: berufe, art: row.art, anmeldeschluss: row.anmeldeschluss })) continue;
      zeilen.push({
        pruefung,
        vertragId: v.id,
        azubiName: azubiNameOf(v),
        beruf: v.beruf,
        betriebsstaetteName: v.betriebsstaette.name,
        anmeldung: null,
        ampel: ampelFuer({
          status: null,
          anmeldeschluss: pruefung.anmeldeschluss,
          heute,
          betrachter: 'BETRIEB',
          azubiName: azubiNameOf(v),
          betriebName: v.betriebsstaette.unternehmen.name,
        }),
        aktionen: moeglicheAktionen(null, ['BETRIEB'], pruefung.anmeldeschluss, heute),
      });
    }
  }
  return zeilen.sort(
    (a, b) =>
      b.pruefung.anmeldeschluss.localeCompare(a.pruefung.anmeldeschluss) ||
      a.pruefung.bezeichnung.localeCompare(b.pruefung.bezeichnung, 'de') ||
      a.pruefung.id.localeCompare(b.pruefung.id) ||
      (sortName.get(a.vertragId) ?? '').localeCompare(sortName.get(b.vertragId) ?? '', 'de'),
  );
}

export interface AnmeldungVorpruefung {
  warnungen: string[];
  fehlendeNachweise: number;
  letzterGenehmigterNachweisBis: IsoDate | null;
}

/** How old the newest approved Nachweis may be before the portal warns. */
export const NACHWEIS_MAX_ALTER_TAGE = 14;

/**
 * Warnings before the Betrieb submits: weeks from the contract start until the last completed
 * week without a Nachweis, and the newest approved Nachweis older than 14 days. Warnings never block.
 */
export async function anmeldungVorpruefung(
  deps: DomainDeps,
  viewer: Viewer,
  pruefungId: string,
  vertragId: string,
): Promise<AnmeldungVorpruefung> {
  const vertrag = await deps.prisma.ausbildungsverhaeltnis.findUnique({
    where: { id: vertragId },
    select: vertragSelect,
  });
  if (!vertrag || !canRegisterForPruefung(viewer, vertrag)) {
    throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
  }
  const pruefung = await deps.prisma.pruefung.findUnique({
    where: { id: pruefungId },
    select: { kammerId: true },
  });
  if (!pruefung || pruefung.kammerId !== vertrag.betriebsstaette.unternehmen.kammerId) {
    throw notFound('Die Prüfung wurde nicht gefunden.');
  }
  if (vertrag.nachweisForm !== 'ELEKTRONISCH') {
    return { warnungen: [], fehlendeNachweise: 0, letzterGenehmigterNachweisBis: null };
  }
  const heute = heuteIso(deps);
  const nachweise = await deps.prisma.nachweis.findMany({
    where: { vertragId },
    select: { von: true, bis: true, status: true },
  });
  // Weeks up to the last completed one: the running week need not be written yet.
  const fehlend = anzahlFehlenderWochen(
    { beginn: fromUtcDate(vertrag.beginn), ende: fromUtcDate(vertrag.ende) },
    addDays(mondayOf(heute), -1),
    nachweise.map((n) => ({ von: fromUtcDate(n.von), bis: fromUtcDate(n.bis) })),
  );
  const letzter =
    nachweise
      .filter((n) => n.status === 'GENEHMIGT')
      .map((n) => fromUtcDate(n.bis))
      .sort()
      .at(-1) ?? null;
  const warnungen: string[] = [];
  if (fehlend > 0) {
    warnungen.push(
      fehlend === 1
        ? 'Für 1 Woche fehlt ein Ausbildungsnachweis.'
        : `Für ${fehlend} Wochen fehlen Ausbildungsnachweise.`,
    );
  }
  if (letzter === null) {
    warnungen.push('Es gibt noch keinen genehmigten Ausbildungsnachweis.');
  } else if (letzter < addDays(heute, -NACHWEIS_MAX_ALTER_TAGE)) {
    warnungen.push(
      `Der neueste genehmigte Ausbildungsnachweis reicht nur bis zum ${formatDe(letzter)} und ist älter als ${NACHWEIS_MAX_ALTER_TAGE} Tage.`,
    );
  }
  return { warnungen, fehlendeNachweise: fehlend, letzterGenehmigterNachweisBis: letzter };
}
