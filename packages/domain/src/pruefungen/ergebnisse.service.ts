import type { Prisma } from '@portal/db';
import { hatRolle, istSachbearbeiterDerKammer } from '../arbeitsbereich/abilities.js';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import { enqueueMail } from '../outbox/outbox.js';
import { audit as schreibeAudit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, forbidden, notFound, ValidationError } from '../shared/errors.js';
import { hoechstensZweiNachkommastellen } from '../shared/zahlen.js';
import { ergebnisBetriebMail, ergebnisFreigegebenMail } from './ergebnis-mails.js';
import {
  AUSBILDER_MELDUNG,
  type ErgebnisZugang,
  ergebnisZugang,
  FRIST_ABGELAUFEN_MELDUNG,
  innerhalbBetriebsfrist,
} from './ergebnis-sichtbarkeit.js';
import { BEI_IHK_SICHTBAR, pruefungBezeichnung } from './pruefung.service.js';

type Tx = Prisma.TransactionClient;
type Db = DomainDeps['prisma'] | Tx;

/** Links in the mails; the SPA's pages for the Azubi and the Betrieb. */
export const PRUEFUNGEN_LINKS = {
  azubi: '/meine-pruefungen',
  betrieb: '/pruefungen',
  dokumente: '/profil/dokumente',
} as const;

export interface TeilergebnisDto {
  teil: string;
  punkte: number | null;
  note: string | null;
  bestanden: boolean;
}

export interface AnmeldungErgebnisDto {
  anmeldungId: string;
  pruefungId: string;
  vertragId: string;
  azubiName: string;
  identnummer: string;
  /** Null = not released; only the IHK sees unreleased results. */
  freigegebenAt: Date | null;
  teile: TeilergebnisDto[];
  /** Every part passed (and at least one entered). */
  bestanden: boolean;
  zeugnisDokumentId: string | null;
}

/** Everything the rules and the DTO need about one registration, in one statement. */
export const ANMELDUNG_ERGEBNIS_SELECT = {
  id: true,
  status: true,
  pruefungId: true,
  ergebnisFreigegebenAt: true,
  pruefung: {
    select: {
      id: true,
      kammerId: true,
      saison: true,
      jahr: true,
      art: true,
      kammer: { select: { name: true } },
    },
  },
  vertrag: {
    select: {
      id: true,
      betriebsstaetteId: true,
      azubiUserId: true,
      ausbilderUserId: true,
      ende: true,
      azubiVorname: true,
      azubiNachname: true,
      azubiEmail: true,
      identnummer: true,
      azubiUser: { select: { email: true } },
      beruf: { select: { bezeichnung: true } },
      betriebsstaette: { select: { unternehmenId: true, unternehmen: { select: { email: true } } } },
    },
  },
  ergebnisse: {
    select: { teil: true, punkte: true, note: true, bestanden: true, eingetragenAt: true },
    orderBy: [{ eingetragenAt: 'asc' }, { teil: 'asc' }],
  },
  dokumente: {
    where: { art: 'ZEUGNIS' },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
    take: 1,
  },
} satisfies Prisma.PruefungsanmeldungSelect;

export type AnmeldungErgebnisRow = Prisma.PruefungsanmeldungGetPayload<{
  select: typeof ANMELDUNG_ERGEBNIS_SELECT;
}>;

export const azubiNameOf = (v: { azubiVorname: string; azubiNachname: string }) =>
  `${v.azubiVorname} ${v.azubiNachname}`;

export function zugangFuer(viewer: Viewer, row: AnmeldungErgebnisRow, now: Date): ErgebnisZugang {
  const zugang = ergebnisZugang(
    viewer,
    {
      kammerId: row.pruefung.kammerId,
      vertrag: row.vertrag,
      freigegebenAt: row.ergebnisFreigegebenAt,
    },
    now,
  );
  // The IHK has a registration only once the Azubi confirmed it (as everywhere in the IHK's view).
  if ('sicht' in zugang && zugang.sicht === 'IHK' && !BEI_IHK_SICHTBAR.includes(row.status)) {
    return { verweigert: 'KEIN_BEZUG' };
  }
  return zugang;
}

export function toErgebnisDto(row: AnmeldungErgebnisRow): AnmeldungErgebnisDto {
  const teile = row.ergebnisse.map((e) => ({
    teil: e.teil,
    punkte: e.punkte === null ? null : Number(e.punkte),
    note: e.note,
    bestanden: e.bestanden,
  }));
  return {
    anmeldungId: row.id,
    pruefungId: row.pruefungId,
    vertragId: row.vertrag.id,
    azubiName: azubiNameOf(row.vertrag),
    identnummer: row.vertrag.identnummer,
    freigegebenAt: row.ergebnisFreigegebenAt,
    teile,
    bestanden: teile.length > 0 && teile.every((t) => t.bestanden),
    zeugnisDokumentId: row.dokumente[0]?.id ?? null,
  };
}

async function ladeRow(db: Db, anmeldungId: string): Promise<AnmeldungErgebnisRow | null> {
  return db.pruefungsanmeldung.findUnique({ where: { id: anmeldungId }, select: ANMELDUNG_ERGEBNIS_SELECT });
}

/**
 * Locks the registration row (FOR UPDATE) until the transaction ends, so that changes to its
 * results and its Zeugnis run one after the other: a parallel call waits, then reads what the first
 * one wrote (each statement after the lock sees the committed state). Call it before loading.
 */
export async function sperreAnmeldung(tx: Tx, anmeldungId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Pruefungsanmeldung" WHERE id = ${anmeldungId}::uuid FOR UPDATE`;
}

/** Turns a refusal into the error the viewer gets (or null: nothing to see yet). */
export function verweigerungAlsFehler(zugang: ErgebnisZugang): DomainError | null {
  if ('sicht' in zugang) return null;
  switch (zugang.verweigert) {
    case 'NICHT_FREIGEGEBEN':
      return null;
    case 'FRIST_ABGELAUFEN':
      return forbidden(FRIST_ABGELAUFEN_MELDUNG);
    case 'AUSBILDER':
      return forbidden(AUSBILDER_MELDUNG);
    case 'KEIN_BEZUG':
      return notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
  }
}

/**
 * The results of one registration: the Azubi's own once released, the Betrieb's once released and
 * until the contract's end + 14 days, the IHK's always. Null while there is nothing released.
 */
export async function anmeldungErgebnis(
  deps: DomainDeps,
  viewer: Viewer,
  anmeldungId: string,
): Promise<AnmeldungErgebnisDto | null> {
  const row = await ladeRow(deps.prisma, anmeldungId);
  if (!row) throw notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
  const zugang = zugangFuer(viewer, row, deps.clock.now());
  const fehler = verweigerungAlsFehler(zugang);
  if (fehler) throw fehler;
  return 'sicht' in zugang ? toErgebnisDto(row) : null;
}

/**
 * The results of every Azubi of a session the viewer may see (same rule as above): the IHK gets
 * every admitted registration (to enter results), a Betrieb its own released ones within the
 * 14 days, the Azubi their own released one. One statement, whatever the number of registrations.
 */
export async function pruefungErgebnisse(
  deps: DomainDeps,
  viewer: Viewer,
  pruefungId: string,
): Promise<AnmeldungErgebnisDto[]> {
  const now = deps.clock.now();
  const current = viewer.current;
  const alsIhk = current?.art === 'KAMMER' && hatRolle(viewer, 'IHK_SACHBEARBEITER');
  const reach =
    current?.art === 'BETRIEBSSTAETTE' && hatRolle(viewer, 'AUSBILDUNGSADMINISTRATOR')
      ? current.verwalteteBetriebsstaetteIds
      : [];
  const where: Prisma.PruefungsanmeldungWhereInput = alsIhk
    ? { pruefungId, status: 'ZUGELASSEN', pruefung: { kammerId: current.id } }
    : {
        pruefungId,
        ergebnisFreigegebenAt: { not: null },
        vertrag: {
          OR: [
            { azubiUserId: viewer.principalUserId },
            ...(reach.length > 0 ? [{ betriebsstaetteId: { in: reach } }] : []),
          ],
        },
      };
  const rows = await deps.prisma.pruefungsanmeldung.findMany({
    where,
    select: ANMELDUNG_ERGEBNIS_SELECT,
    orderBy: [{ vertrag: { azubiNachname: 'asc' } }, { vertrag: { azubiVorname: 'asc' } }],
  });
  return rows.filter((row) => 'sicht' in zugangFuer(viewer, row, now)).map(toErgebnisDto);
}

export interface TeilergebnisInput {
  teil: string;
  punkte?: number | null;
  note?: string | null;
  bestanden: boolean;
}

export const MAX_TEILE = 20;

/** Checks and normalises the parts; every message is German and names its field ("teile.1.punkte"). */
export function pruefeTeilergebnisse(teile: TeilergebnisInput[]): TeilergebnisDto[] {
  if (teile.length === 0) {
    throw new ValidationError('teile', 'Bitte tragen Sie mindestens einen Prüfungsbereich ein.');
  }
  if (teile.length > MAX_TEILE) {
    throw new ValidationError(
      'teile',
      `Es können höchstens ${MAX_TEILE} Prüfungsbereiche eingetragen werden.`,
    );
  }
  const gesehen = new Set<string>();
  return teile.map((t, i) => {
    const teil = t.teil.trim();
    if (teil.length === 0) {
      throw new ValidationError(`teile.${i}.teil`, 'Bitte geben Sie den Prüfungsbereich an.');
    }
    if (teil.length > 120) {
      throw new ValidationError(
        `teile.${i}.teil`,
        'Der Name des Prüfungsbereichs ist zu lang (höchstens 120 Zeichen).',
      );
    }
    if (gesehen.has(teil.toLowerCase())) {
      throw new ValidationError(`teile.${i}.teil`, `Der Prüfungsbereich „${teil}“ ist doppelt eingetragen.`);
    }
    gesehen.add(teil.toLowerCase());
    const punkte = t.punkte ?? null;
    if (punkte !== null && (!Number.isFinite(punkte) || punkte < 0 || punkte > 100)) {
      throw new ValidationError(
        `teile.${i}.punkte`,
        `Die Punkte für „${teil}“ müssen zwischen 0 und 100 liegen.`,
      );
    }
    if (punkte !== null && !hoechstensZweiNachkommastellen(punkte)) {
      throw new ValidationError(
        `teile.${i}.punkte`,
        `Bitte geben Sie die Punkte für „${teil}“ mit höchstens zwei Nachkommastellen an.`,
      );
    }
    const note = t.note?.trim() || null;
    if (note !== null && note.length > 20) {
      throw new ValidationError(
        `teile.${i}.note`,
        `Die Note für „${teil}“ ist zu lang (höchstens 20 Zeichen).`,
      );
    }
    return {
      teil,
      punkte,
      note,
      bestanden: t.bestanden,
    };
  });
}

/** The IHK-Sachbearbeiter of the registration's Kammer, or refused (FORBIDDEN / NOT_FOUND). */
export function pruefeIhk(viewer: Viewer, kammerId: string | undefined, was = 'Die Prüfungsanmeldung') {
  if (!(viewer.current?.art === 'KAMMER' && hatRolle(viewer, 'IHK_SACHBEARBEITER'))) throw forbidden();
  if (kammerId === undefined || !istSachbearbeiterDerKammer(viewer, kammerId)) {
    throw notFound(`${was} wurde nicht gefunden.`);
  }
}

export function auditPruefung(
  tx: Tx,
  viewer: Viewer,
  e: {
    action: string;
    subjectType: string;
    subjectId: string;
    unternehmenId?: string | null;
    at: Date;
    data?: Prisma.InputJsonValue;
  },
) {
  const { at, ...eintrag } = e;
  return schreibeAudit(tx, viewer, eintrag, at);
}

/**
 * The IHK enters the results of one registration (replaces all its parts). Only for admitted
 * registrations, and only until the results are released.
 */
export async function ergebnisseEintragen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { anmeldungId: string; teile: TeilergebnisInput[] },
): Promise<AnmeldungErgebnisDto> {
  await deps.prisma.$transaction(async (tx) => {
    // Two saves at once would both delete the old parts and insert theirs (a duplicate part);
    // one after the other, the later list replaces the earlier. Also keeps a release that
    // commits meanwhile from being followed by a change.
    await sperreAnmeldung(tx, input.anmeldungId);
    const row = await ladeRow(tx, input.anmeldungId);
    pruefeIhk(viewer, row?.pruefung.kammerId);
    if (!row || !BEI_IHK_SICHTBAR.includes(row.status)) {
      throw notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
    }
    // Checked after the access: a stranger learns nothing, not even whether the input was valid.
    const teile = pruefeTeilergebnisse(input.teile);
    if (row.status !== 'ZUGELASSEN') throw new DomainError('ERGEBNIS_NICHT_ZUGELASSEN');
    if (row.ergebnisFreigegebenAt) throw new DomainError('ERGEBNIS_BEREITS_FREIGEGEBEN');
    const now = deps.clock.now();
    await tx.pruefungsergebnis.deleteMany({ where: { anmeldungId: row.id } });
    await tx.pruefungsergebnis.createMany({
      // One millisecond apart: the parts keep the order in which the IHK listed them.
      data: teile.map((t, i) => ({
        anmeldungId: row.id,
        teil: t.teil,
        punkte: t.punkte,
        note: t.note,
        bestanden: t.bestanden,
        eingetragenAt: new Date(now.getTime() + i),
        eingetragenById: viewer.userId,
      })),
    });
    await auditPruefung(tx, viewer, {
      action: 'ERGEBNISSE_EINGETRAGEN',
      subjectType: 'Pruefungsanmeldung',
      subjectId: row.id,
      unternehmenId: row.vertrag.betriebsstaette.unternehmenId,
      at: now,
      data: { teile: teile.map((t) => ({ ...t })) },
    });
  });
  return (await anmeldungErgebnis(deps, viewer, input.anmeldungId))!;
}

/** The IHK releases the results (the Ergebnisdatum); the Azubi is e-mailed. Releasing twice is a no-op. */
export async function ergebnisseFreigeben(
  deps: DomainDeps,
  viewer: Viewer,
  anmeldungId: string,
): Promise<AnmeldungErgebnisDto> {
  await deps.prisma.$transaction(async (tx) => {
    const row = await ladeRow(tx, anmeldungId);
    pruefeIhk(viewer, row?.pruefung.kammerId);
    if (!row || !BEI_IHK_SICHTBAR.includes(row.status)) {
      throw notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
    }
    if (row.status !== 'ZUGELASSEN') throw new DomainError('ERGEBNIS_NICHT_ZUGELASSEN');
    if (row.ergebnisFreigegebenAt) return;
    if (row.ergebnisse.length === 0) throw new DomainError('ERGEBNISSE_FEHLEN');
    const now = deps.clock.now();
    const updated = await tx.pruefungsanmeldung.updateMany({
      where: { id: row.id, ergebnisFreigegebenAt: null },
      data: { ergebnisFreigegebenAt: now },
    });
    if (updated.count === 0) return;
    await tx.pruefungsanmeldungEreignis.create({
      data: {
        anmeldungId: row.id,
        at: now,
        actorUserId: viewer.userId,
        onBehalfOfUserId: onBehalfOf(viewer),
        ereignis: 'ERGEBNISSE_FREIGEGEBEN',
        vonStatus: row.status,
        nachStatus: row.status,
      },
    });
    await auditPruefung(tx, viewer, {
      action: 'ERGEBNISSE_FREIGEGEBEN',
      subjectType: 'Pruefungsanmeldung',
      subjectId: row.id,
      unternehmenId: row.vertrag.betriebsstaette.unternehmenId,
      at: now,
    });
    const an = row.vertrag.azubiUser?.email ?? row.vertrag.azubiEmail;
    if (an) {
      await enqueueMail(
        tx,
        {
          ...ergebnisFreigegebenMail(an, {
            azubiName: azubiNameOf(row.vertrag),
            pruefung: pruefungBezeichnung(row.pruefung),
            link: linkTo(deps, PRUEFUNGEN_LINKS.azubi),
          }),
          dedupeKey: `ergebnisse:${row.id}`,
        },
        now,
      );
    }
    // The Betrieb (its stored address) too, while it may still see them.
    const betrieb = row.vertrag.betriebsstaette.unternehmen.email;
    if (betrieb && innerhalbBetriebsfrist(row.vertrag.ende, now)) {
      await enqueueMail(
        tx,
        {
          ...ergebnisBetriebMail(betrieb, {
            azubiName: azubiNameOf(row.vertrag),
            pruefung: pruefungBezeichnung(row.pruefung),
            link: linkTo(deps, `${PRUEFUNGEN_LINKS.betrieb}/${row.pruefungId}/ergebnisse`),
          }),
          dedupeKey: `ergebnisse:${row.id}:betrieb`,
        },
        now,
      );
    }
  });
  return (await anmeldungErgebnis(deps, viewer, anmeldungId))!;
}
