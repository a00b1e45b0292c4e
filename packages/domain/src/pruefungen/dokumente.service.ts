import { randomUUID } from 'node:crypto';
import type { DokumentArt, Prisma } from '@portal/db';
import { hatRolle } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { fromUtcDate } from '../berichtsheft/dates.js';
import { enqueueMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, forbidden, notFound } from '../shared/errors.js';
import { zeugnisMail } from './ergebnis-mails.js';
import {
  AUSBILDER_MELDUNG,
  dokumentZugang,
  type ErgebnisSicht,
  FRIST_ABGELAUFEN_MELDUNG,
} from './ergebnis-sichtbarkeit.js';
import {
  ANMELDUNG_ERGEBNIS_SELECT,
  auditPruefung,
  azubiNameOf,
  PRUEFUNGEN_LINKS,
  pruefeIhk,
  sperreAnmeldung,
  toErgebnisDto,
} from './ergebnisse.service.js';
import { BEI_IHK_SICHTBAR, pruefungBezeichnung } from './pruefung.service.js';
import { zeugnisPdf } from './zeugnis-pdf.js';

export interface DokumentDto {
  id: string;
  art: DokumentArt;
  titel: string;
  dateiname: string;
  createdAt: Date;
  azubiName: string | null;
  /** Served by GET with the session cookie (apps/api/src/http/dokumente.ts). */
  url: string;
  /** When this viewer's side (Azubi or Betrieb) first opened it; null for the IHK. */
  geoeffnetAt: Date | null;
}

const DOKUMENT_SELECT = {
  id: true,
  art: true,
  titel: true,
  dateiname: true,
  createdAt: true,
  geoeffnetAzubiAt: true,
  geoeffnetBetriebAt: true,
  vertrag: {
    select: {
      betriebsstaetteId: true,
      azubiUserId: true,
      ausbilderUserId: true,
      ende: true,
      azubiVorname: true,
      azubiNachname: true,
      betriebsstaette: { select: { unternehmen: { select: { kammerId: true } } } },
    },
  },
} satisfies Prisma.DokumentSelect;

type DokumentRow = Prisma.DokumentGetPayload<{ select: typeof DOKUMENT_SELECT }>;

export const dokumentUrl = (id: string) => `/dokumente/${id}`;

function zugangZu(viewer: Viewer, row: DokumentRow, now: Date) {
  if (!row.vertrag) return { verweigert: 'KEIN_BEZUG' as const };
  return dokumentZugang(
    viewer,
    { art: row.art, kammerId: row.vertrag.betriebsstaette.unternehmen.kammerId, vertrag: row.vertrag },
    now,
  );
}

function toDto(row: DokumentRow, sicht: ErgebnisSicht): DokumentDto {
  return {
    id: row.id,
    art: row.art,
    titel: row.titel,
    dateiname: row.dateiname,
    createdAt: row.createdAt,
    azubiName: row.vertrag ? azubiNameOf(row.vertrag) : null,
    url: dokumentUrl(row.id),
    geoeffnetAt:
      sicht === 'AZUBI' ? row.geoeffnetAzubiAt : sicht === 'BETRIEB' ? row.geoeffnetBetriebAt : null,
  };
}

/**
 * "Profil - Dokumente": the Azubi's own documents; for an administrator also the documents of the
 * contracts in reach of the selected Betriebsstaette (a Zeugnis only until the contract's end + 14 days).
 */
export async function meineDokumente(deps: DomainDeps, viewer: Viewer): Promise<DokumentDto[]> {
  const now = deps.clock.now();
  const current = viewer.current;
  const reach =
    current?.art === 'BETRIEBSSTAETTE' && hatRolle(viewer, 'AUSBILDUNGSADMINISTRATOR')
      ? current.verwalteteBetriebsstaetteIds
      : [];
  const rows = await deps.prisma.dokument.findMany({
    where: {
      vertrag: {
        OR: [
          { azubiUserId: viewer.principalUserId },
          ...(reach.length > 0 ? [{ betriebsstaetteId: { in: reach } }] : []),
        ],
      },
    },
    select: DOKUMENT_SELECT,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return rows.flatMap((row) => {
    const zugang = zugangZu(viewer, row, now);
    // The IHK does not keep a "Profil - Dokumente" of its own; it reaches documents through the registration.
    return 'sicht' in zugang && zugang.sicht !== 'IHK' ? [toDto(row, zugang.sicht)] : [];
  });
}

export interface DokumentDownload {
  dateiname: string;
  mimeType: string;
  inhalt: Uint8Array;
}

/**
 * Opens a document for download. Logs the first opening by the Azubi and by the Betrieb (date
 * and time). Refusals: NOT_FOUND for unknown or foreign documents, FORBIDDEN with the reason
 * for an Ausbilder or a Betrieb after the 14 days.
 */
export async function dokumentOeffnen(
  deps: DomainDeps,
  viewer: Viewer,
  dokumentId: string,
): Promise<DokumentDownload> {
  const now = deps.clock.now();
  const row = await deps.prisma.dokument.findUnique({ where: { id: dokumentId }, select: DOKUMENT_SELECT });
  if (!row) throw notFound('Das Dokument wurde nicht gefunden.');
  const zugang = zugangZu(viewer, row, now);
  if ('verweigert' in zugang) {
    if (zugang.verweigert === 'FRIST_ABGELAUFEN') throw forbidden(FRIST_ABGELAUFEN_MELDUNG);
    if (zugang.verweigert === 'AUSBILDER') throw forbidden(AUSBILDER_MELDUNG);
    throw notFound('Das Dokument wurde nicht gefunden.');
  }
  if (zugang.sicht === 'AZUBI') {
    await deps.prisma.dokument.updateMany({
      where: { id: row.id, geoeffnetAzubiAt: null },
      data: { geoeffnetAzubiAt: now },
    });
  } else if (zugang.sicht === 'BETRIEB') {
    await deps.prisma.dokument.updateMany({
      where: { id: row.id, geoeffnetBetriebAt: null },
      data: { geoeffnetBetriebAt: now },
    });
  }
  const inhalt = await deps.prisma.dokument.findUniqueOrThrow({
    where: { id: row.id },
    select: { inhalt: true, mimeType: true },
  });
  return { dateiname: row.dateiname, mimeType: inhalt.mimeType, inhalt: inhalt.inhalt };
}

const dateinameTeil = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The IHK issues the Zeugnis of a registration whose results are released: a PDF generated on the
 * server, stored as a Dokument (art ZEUGNIS) of the registration and the contract. Issuing again
 * returns the existing Zeugnis (results cannot change after the release), also when both calls
 * come at once (the registration row is locked for the transaction).
 */
export async function zeugnisAusstellen(
  deps: DomainDeps,
  viewer: Viewer,
  anmeldungId: string,
): Promise<DokumentDto> {
  const id = await deps.prisma.$transaction(async (tx) => {
    // Issuing twice at once: the second waits here and then finds the first one's Zeugnis.
    await sperreAnmeldung(tx, anmeldungId);
    const row = await tx.pruefungsanmeldung.findUnique({
      where: { id: anmeldungId },
      select: ANMELDUNG_ERGEBNIS_SELECT,
    });
    pruefeIhk(viewer, row?.pruefung.kammerId);
    if (!row || !BEI_IHK_SICHTBAR.includes(row.status)) {
      throw notFound('Die Prüfungsanmeldung wurde nicht gefunden.');
    }
    if (row.dokumente[0]) return row.dokumente[0].id;
    if (!row.ergebnisFreigegebenAt) throw new DomainError('ERGEBNISSE_NICHT_FREIGEGEBEN');
    const now = deps.clock.now();
    const ergebnis = toErgebnisDto(row);
    const pruefung = pruefungBezeichnung(row.pruefung);
    const azubiName = azubiNameOf(row.vertrag);
    const pdf = await zeugnisPdf({
      kammer: row.pruefung.kammer.name,
      azubiName,
      identnummer: row.vertrag.identnummer,
      beruf: row.vertrag.beruf.bezeichnung,
      pruefung,
      teile: ergebnis.teile,
      bestanden: ergebnis.bestanden,
      datum: fromUtcDate(row.ergebnisFreigegebenAt),
      erstelltAm: now,
    });
    const dokument = { id: randomUUID() };
    // Raw SQL with the bytes as base64: the PGlite driver adapter cannot bind Prisma's Bytes
    // parameters (PostgreSQL's can); decode() works the same on both.
    await tx.$executeRaw`
      INSERT INTO "Dokument"
        ("id", "art", "titel", "dateiname", "mimeType", "inhalt", "vertragId", "anmeldungId", "createdAt", "createdById")
      VALUES (
        ${dokument.id}::uuid, 'ZEUGNIS'::"DokumentArt", ${`Zeugnis – ${pruefung}`},
        ${`Zeugnis-${dateinameTeil(pruefung)}-${dateinameTeil(azubiName)}.pdf`}, 'application/pdf',
        decode(${pdf.toString('base64')}, 'base64'), ${row.vertrag.id}::uuid, ${row.id}::uuid,
        ${now.toISOString()}::timestamp, ${viewer.userId}::uuid)`;
    await auditPruefung(tx, viewer, {
      action: 'ZEUGNIS_AUSGESTELLT',
      subjectType: 'Dokument',
      subjectId: dokument.id,
      unternehmenId: row.vertrag.betriebsstaette.unternehmenId,
      at: now,
      data: { anmeldungId: row.id },
    });
    const an = row.vertrag.azubiUser?.email ?? row.vertrag.azubiEmail;
    if (an) {
      await enqueueMail(
        tx,
        {
          ...zeugnisMail(an, { azubiName, pruefung, link: linkTo(deps, PRUEFUNGEN_LINKS.dokumente) }),
          dedupeKey: `zeugnis:${row.id}`,
        },
        now,
      );
    }
    return dokument.id;
  });
  const row = await deps.prisma.dokument.findUniqueOrThrow({ where: { id }, select: DOKUMENT_SELECT });
  return toDto(row, 'IHK');
}
