import type { AnmeldungStatus, Pruefungssaison } from '@portal/db';
import { hatRolle, istSachbearbeiterDerKammer } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { fromUtcDate, isIsoDate, toUtcDate } from '../berichtsheft/dates.js';
import { enqueueMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, notFound, ValidationError } from '../shared/errors.js';
import { termineAzubiMail, termineBetriebMail } from './ergebnis-mails.js';
import { auditPruefung, azubiNameOf, PRUEFUNGEN_LINKS, pruefeIhk } from './ergebnisse.service.js';
import { pruefungBezeichnung, SAISON_TEXT } from './pruefung.service.js';
import { ausserhalb, pruefungszeitraum } from './pruefungszeitraum.js';

export interface PruefungsterminDto {
  id: string;
  bezeichnung: string;
  /** YYYY-MM-DD */
  datum: string;
  /** "08:30" */
  uhrzeit: string;
  ort: string;
}

export interface PruefungsterminInput {
  bezeichnung: string;
  datum: string;
  uhrzeit: string;
  ort: string;
}

/** Registrations that count as "registered in the session" for Termine (not withdrawn, not rejected). */
export const TERMIN_STATUS: readonly AnmeldungStatus[] = [
  'AZUBI_PRUEFT',
  'ZURUECK_AN_BETRIEB',
  'BEI_IHK',
  'ZUGELASSEN',
];

export const MAX_TERMINE = 20;
const UHRZEIT = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks the Termine; German messages naming the field ("termine.0.datum"). */
export function pruefeTermine(
  termine: PruefungsterminInput[],
  sitzung: { saison: Pruefungssaison; jahr: number },
): PruefungsterminInput[] {
  const zeitraum = pruefungszeitraum(sitzung.saison, sitzung.jahr);
  if (termine.length > MAX_TERMINE) {
    throw new ValidationError('termine', `Es können höchstens ${MAX_TERMINE} Termine angelegt werden.`);
  }
  return termine.map((t, i) => {
    const bezeichnung = t.bezeichnung.trim();
    const ort = t.ort.trim();
    const uhrzeit = t.uhrzeit.trim();
    if (bezeichnung.length === 0 || bezeichnung.length > 120) {
      throw new ValidationError(
        `termine.${i}.bezeichnung`,
        'Bitte geben Sie an, welcher Prüfungsteil stattfindet (z. B. „Schriftliche Prüfung“, höchstens 120 Zeichen).',
      );
    }
    if (!isIsoDate(t.datum)) {
      throw new ValidationError(`termine.${i}.datum`, 'Bitte geben Sie ein gültiges Datum an (JJJJ-MM-TT).');
    }
    const unplausibel = ausserhalb(
      t.datum,
      zeitraum,
      `Ein Termin der Prüfungen ${SAISON_TEXT[sitzung.saison]} ${sitzung.jahr}`,
    );
    if (unplausibel) throw new ValidationError(`termine.${i}.datum`, unplausibel);
    if (!UHRZEIT.test(uhrzeit)) {
      throw new ValidationError(
        `termine.${i}.uhrzeit`,
        'Bitte geben Sie die Uhrzeit als SS:MM an, z. B. 08:30.',
      );
    }
    if (ort.length === 0 || ort.length > 200) {
      throw new ValidationError(
        `termine.${i}.ort`,
        'Bitte geben Sie den Prüfungsort an (höchstens 200 Zeichen).',
      );
    }
    return { bezeichnung, datum: t.datum, uhrzeit, ort };
  });
}

const toDto = (t: { id: string; bezeichnung: string; datum: Date; uhrzeit: string; ort: string }) => ({
  id: t.id,
  bezeichnung: t.bezeichnung,
  datum: fromUtcDate(t.datum),
  uhrzeit: t.uhrzeit,
  ort: t.ort,
});

const TERMIN_ORDER = [
  { datum: 'asc' as const },
  { uhrzeit: 'asc' as const },
  { bezeichnung: 'asc' as const },
];

/**
 * The Termine of a session: the IHK of its Kammer always; a Betrieb administrator (contracts in
 * reach) and an Azubi with a registration in the session once the IHK released them; everyone
 * else an empty list (nothing tells whether the session exists).
 */
export async function pruefungstermine(
  deps: DomainDeps,
  viewer: Viewer,
  pruefungId: string,
): Promise<PruefungsterminDto[]> {
  const pruefung = await deps.prisma.pruefung.findUnique({
    where: { id: pruefungId },
    select: { kammerId: true, termineFreigegebenAt: true },
  });
  if (!pruefung) return [];
  if (!istSachbearbeiterDerKammer(viewer, pruefung.kammerId)) {
    if (!pruefung.termineFreigegebenAt) return [];
    const current = viewer.current;
    const reach =
      current?.art === 'BETRIEBSSTAETTE' && hatRolle(viewer, 'AUSBILDUNGSADMINISTRATOR')
        ? current.verwalteteBetriebsstaetteIds
        : [];
    const angemeldet = await deps.prisma.pruefungsanmeldung.count({
      where: {
        pruefungId,
        status: { in: [...TERMIN_STATUS] },
        vertrag: {
          OR: [
            { azubiUserId: viewer.principalUserId },
            ...(reach.length > 0 ? [{ betriebsstaetteId: { in: reach } }] : []),
          ],
        },
      },
    });
    if (angemeldet === 0) return [];
  }
  const termine = await deps.prisma.pruefungstermin.findMany({
    where: { pruefungId },
    orderBy: TERMIN_ORDER,
  });
  return termine.map(toDto);
}

/** The IHK saves the Termine of a session (replaces the list). */
export async function termineSpeichern(
  deps: DomainDeps,
  viewer: Viewer,
  pruefungId: string,
  input: PruefungsterminInput[],
): Promise<PruefungsterminDto[]> {
  await deps.prisma.$transaction(async (tx) => {
    // Two saves at once would each delete the old list and insert theirs (both lists); locked,
    // the later list replaces the earlier one.
    await tx.$queryRaw`SELECT id FROM "Pruefung" WHERE id = ${pruefungId}::uuid FOR UPDATE`;
    const pruefung = await tx.pruefung.findUnique({
      where: { id: pruefungId },
      select: { kammerId: true, saison: true, jahr: true },
    });
    pruefeIhk(viewer, pruefung?.kammerId, 'Die Prüfung');
    if (!pruefung) throw notFound();
    // Checked after the access: a stranger learns nothing, not even whether the input was valid.
    const termine = pruefeTermine(input, pruefung);
    const now = deps.clock.now();
    await tx.pruefungstermin.deleteMany({ where: { pruefungId } });
    await tx.pruefungstermin.createMany({
      data: termine.map((t) => ({ ...t, pruefungId, datum: toUtcDate(t.datum), createdAt: now })),
    });
    await auditPruefung(tx, viewer, {
      action: 'PRUEFUNGSTERMINE_GESPEICHERT',
      subjectType: 'Pruefung',
      subjectId: pruefungId,
      at: now,
      data: { termine: termine.map((t) => ({ ...t })) },
    });
  });
  return pruefungstermine(deps, viewer, pruefungId);
}

/**
 * The IHK releases the Termine: from now on the Betriebe and Azubis with a registration see them.
 * Each Betrieb (its stored address) and each Azubi gets one mail. Releasing twice changes nothing.
 * Returns the session's id (the resolver answers with the Pruefung).
 */
export async function termineFreigeben(
  deps: DomainDeps,
  viewer: Viewer,
  pruefungId: string,
): Promise<string> {
  await deps.prisma.$transaction(async (tx) => {
    const pruefung = await tx.pruefung.findUnique({
      where: { id: pruefungId },
      select: {
        id: true,
        kammerId: true,
        saison: true,
        jahr: true,
        art: true,
        termineFreigegebenAt: true,
        termine: { orderBy: TERMIN_ORDER },
      },
    });
    pruefeIhk(viewer, pruefung?.kammerId, 'Die Prüfung');
    if (!pruefung) throw notFound();
    if (pruefung.termineFreigegebenAt) return;
    if (pruefung.termine.length === 0) throw new DomainError('TERMINE_FEHLEN');
    const now = deps.clock.now();
    const updated = await tx.pruefung.updateMany({
      where: { id: pruefung.id, termineFreigegebenAt: null },
      data: { termineFreigegebenAt: now },
    });
    if (updated.count === 0) return;
    await auditPruefung(tx, viewer, {
      action: 'PRUEFUNGSTERMINE_FREIGEGEBEN',
      subjectType: 'Pruefung',
      subjectId: pruefung.id,
      at: now,
    });
    const anmeldungen = await tx.pruefungsanmeldung.findMany({
      where: { pruefungId, status: { in: [...TERMIN_STATUS] } },
      select: {
        id: true,
        vertrag: {
          select: {
            azubiVorname: true,
            azubiNachname: true,
            azubiEmail: true,
            azubiUser: { select: { email: true } },
            betriebsstaette: { select: { unternehmen: { select: { id: true, email: true } } } },
          },
        },
      },
      orderBy: [{ vertrag: { azubiNachname: 'asc' } }, { vertrag: { azubiVorname: 'asc' } }],
    });
    const titel = pruefungBezeichnung(pruefung);
    const termine = pruefung.termine.map(toDto);
    const betriebe = new Map<string, { email: string; azubis: string[] }>();
    for (const a of anmeldungen) {
      const name = azubiNameOf(a.vertrag);
      const an = a.vertrag.azubiUser?.email ?? a.vertrag.azubiEmail;
      if (an) {
        await enqueueMail(
          tx,
          {
            ...termineAzubiMail(an, {
              azubiName: name,
              pruefung: titel,
              termine,
              link: linkTo(deps, PRUEFUNGEN_LINKS.azubi),
            }),
            dedupeKey: `pruefungstermine:${pruefungId}:anmeldung:${a.id}`,
          },
          now,
        );
      }
      const u = a.vertrag.betriebsstaette.unternehmen;
      if (!u.email) continue;
      const eintrag = betriebe.get(u.id) ?? { email: u.email, azubis: [] };
      eintrag.azubis.push(name);
      betriebe.set(u.id, eintrag);
    }
    for (const [unternehmenId, b] of betriebe) {
      await enqueueMail(
        tx,
        {
          ...termineBetriebMail(b.email, {
            pruefung: titel,
            azubis: b.azubis,
            termine,
            link: linkTo(deps, PRUEFUNGEN_LINKS.betrieb),
          }),
          dedupeKey: `pruefungstermine:${pruefungId}:unternehmen:${unternehmenId}`,
        },
        now,
      );
    }
  });
  return pruefungId;
}
