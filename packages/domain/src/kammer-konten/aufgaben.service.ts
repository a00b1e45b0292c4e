import { istAdministrator } from '../arbeitsbereich/abilities.js';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import { audit } from '../shared/audit.js';
import type { DomainDeps } from '../shared/context.js';
import { forbidden, notFound } from '../shared/errors.js';
import { AENDERUNGSTEXT_MAX, validiereText } from './regeln.js';
import { kammerDesSachbearbeiters } from './shared.js';

function verwaltet(viewer: Viewer): string[] {
  if (!istAdministrator(viewer)) throw forbidden();
  return viewer.current!.verwalteteBetriebsstaetteIds;
}

export interface AusbilderAuswahl {
  userId: string;
  vorname: string;
  nachname: string;
  email: string;
  betriebsstaetteId: string;
  betriebsstaetteName: string;
}

/**
 * The Ausbilder/-innen an administrator may report a change about: AUSBILDER roles and the
 * Ausbilder named in contracts of the Betriebsstaetten the administrator manages.
 */
export async function listAenderungsmailAusbilder(
  deps: DomainDeps,
  viewer: Viewer,
): Promise<AusbilderAuswahl[]> {
  const scope = verwaltet(viewer);
  const [rollen, vertraege] = await Promise.all([
    deps.prisma.rollenzuweisung.findMany({
      // Only roles in effect: an invited Ausbilder/-in is not the Betrieb's yet.
      where: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaetteId: { in: scope } },
      select: { betriebsstaetteId: true, userId: true },
    }),
    deps.prisma.ausbildungsverhaeltnis.findMany({
      where: { betriebsstaetteId: { in: scope }, ausbilderUserId: { not: null } },
      select: { betriebsstaetteId: true, ausbilderUserId: true },
      distinct: ['betriebsstaetteId', 'ausbilderUserId'],
    }),
  ]);
  const paare = new Map<string, { userId: string; betriebsstaetteId: string }>();
  for (const r of rollen)
    paare.set(`${r.userId}:${r.betriebsstaetteId}`, {
      userId: r.userId,
      betriebsstaetteId: r.betriebsstaetteId!,
    });
  for (const v of vertraege) {
    paare.set(`${v.ausbilderUserId}:${v.betriebsstaetteId}`, {
      userId: v.ausbilderUserId!,
      betriebsstaetteId: v.betriebsstaetteId,
    });
  }
  const liste = [...paare.values()];
  const [users, staetten] = await Promise.all([
    deps.prisma.user.findMany({
      where: { id: { in: [...new Set(liste.map((p) => p.userId))] } },
      select: { id: true, vorname: true, nachname: true, email: true },
    }),
    deps.prisma.betriebsstaette.findMany({ where: { id: { in: scope } }, select: { id: true, name: true } }),
  ]);
  const user = new Map(users.map((u) => [u.id, u]));
  const staette = new Map(staetten.map((s) => [s.id, s.name]));
  return liste
    .map((p) => {
      const u = user.get(p.userId)!;
      return {
        userId: u.id,
        vorname: u.vorname,
        nachname: u.nachname,
        email: u.email,
        betriebsstaetteId: p.betriebsstaetteId,
        betriebsstaetteName: staette.get(p.betriebsstaetteId) ?? '',
      };
    })
    .sort(
      (a, b) =>
        a.betriebsstaetteName.localeCompare(b.betriebsstaetteName, 'de') ||
        a.nachname.localeCompare(b.nachname, 'de') ||
        a.vorname.localeCompare(b.vorname, 'de'),
    );
}

export interface AenderungsmailEingabe {
  betriebsstaetteId: string;
  ausbilderUserId: string;
  text: string;
}

/**
 * "Aenderungsmail": the Betrieb tells its IHK about a change to an Ausbilder/-in. It becomes a task
 * in the back office of the Unternehmen's Kammer (never another Kammer's).
 */
export async function aenderungsmailSenden(deps: DomainDeps, viewer: Viewer, input: AenderungsmailEingabe) {
  const scope = verwaltet(viewer);
  const text = validiereText(
    'text',
    input.text,
    'Bitte beschreiben Sie die Änderung (z. B. neuer Name, neue Qualifikation, ausgeschieden zum …).',
    AENDERUNGSTEXT_MAX,
  );
  if (!scope.includes(input.betriebsstaetteId)) throw notFound('Die Betriebsstätte wurde nicht gefunden.');
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const staette = await tx.betriebsstaette.findUniqueOrThrow({
      where: { id: input.betriebsstaetteId },
      select: { id: true, unternehmenId: true, unternehmen: { select: { kammerId: true } } },
    });
    const istAusbilder =
      (await tx.rollenzuweisung.count({
        where: {
          userId: input.ausbilderUserId,
          rolle: 'AUSBILDER',
          status: 'AKTIV',
          betriebsstaetteId: staette.id,
        },
      })) +
        (await tx.ausbildungsverhaeltnis.count({
          where: { ausbilderUserId: input.ausbilderUserId, betriebsstaetteId: staette.id },
        })) >
      0;
    if (!istAusbilder) throw notFound('Die Ausbilderin oder der Ausbilder wurde nicht gefunden.');
    const aufgabe = await tx.kammerAufgabe.create({
      data: {
        kammerId: staette.unternehmen.kammerId,
        art: 'AUSBILDER_AENDERUNG',
        unternehmenId: staette.unternehmenId,
        betriebsstaetteId: staette.id,
        betreffUserId: input.ausbilderUserId,
        text,
        createdAt: now,
        createdById: viewer.userId,
        onBehalfOfUserId: onBehalfOf(viewer),
      },
    });
    await audit(
      tx,
      viewer,
      {
        action: 'AENDERUNGSMAIL_GESENDET',
        subjectType: 'KammerAufgabe',
        subjectId: aufgabe.id,
        unternehmenId: staette.unternehmenId,
        data: { ausbilderUserId: input.ausbilderUserId, betriebsstaetteId: staette.id },
      },
      now,
    );
    return { id: aufgabe.id, createdAt: aufgabe.createdAt };
  });
}

export interface KammerAufgabeDto {
  id: string;
  art: 'AUSBILDER_AENDERUNG';
  text: string;
  createdAt: Date;
  erledigtAt: Date | null;
  unternehmenName: string;
  betriebsstaetteName: string | null;
  betreff: { id: string; vorname: string; nachname: string; email: string } | null;
  gemeldetVon: { id: string; vorname: string; nachname: string; email: string } | null;
  /** Set when a deputy reported it: the person they acted for (Vertretung). */
  inVertretungFuer: { id: string; vorname: string; nachname: string; email: string } | null;
}

async function mitNamen(
  deps: DomainDeps,
  rows: {
    id: string;
    art: 'AUSBILDER_AENDERUNG';
    text: string;
    createdAt: Date;
    erledigtAt: Date | null;
    unternehmenId: string;
    betriebsstaetteId: string | null;
    betreffUserId: string | null;
    createdById: string;
    onBehalfOfUserId: string | null;
  }[],
): Promise<KammerAufgabeDto[]> {
  const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  const [unternehmen, staetten, users] = await Promise.all([
    deps.prisma.unternehmen.findMany({
      where: { id: { in: ids(rows.map((r) => r.unternehmenId)) } },
      select: { id: true, name: true },
    }),
    deps.prisma.betriebsstaette.findMany({
      where: { id: { in: ids(rows.map((r) => r.betriebsstaetteId)) } },
      select: { id: true, name: true },
    }),
    deps.prisma.user.findMany({
      where: { id: { in: ids(rows.flatMap((r) => [r.betreffUserId, r.createdById, r.onBehalfOfUserId])) } },
      select: { id: true, vorname: true, nachname: true, email: true },
    }),
  ]);
  const name = new Map([...unternehmen, ...staetten].map((x) => [x.id, x.name]));
  const user = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id,
    art: r.art,
    text: r.text,
    createdAt: r.createdAt,
    erledigtAt: r.erledigtAt,
    unternehmenName: name.get(r.unternehmenId) ?? '',
    betriebsstaetteName: r.betriebsstaetteId ? (name.get(r.betriebsstaetteId) ?? null) : null,
    betreff: r.betreffUserId ? (user.get(r.betreffUserId) ?? null) : null,
    gemeldetVon: user.get(r.createdById) ?? null,
    inVertretungFuer: r.onBehalfOfUserId ? (user.get(r.onBehalfOfUserId) ?? null) : null,
  }));
}

/** The back office's tasks of the clerk's Kammer: the open ones (oldest first) or the done ones. */
export async function listKammerAufgaben(
  deps: DomainDeps,
  viewer: Viewer,
  filter: { erledigt?: boolean | null } = {},
): Promise<KammerAufgabeDto[]> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const rows = await deps.prisma.kammerAufgabe.findMany({
    where: { kammerId, erledigtAt: filter.erledigt ? { not: null } : null },
    orderBy: [{ createdAt: filter.erledigt ? 'desc' : 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return mitNamen(deps, rows);
}

/** Marks a task of the clerk's Kammer as done (again: no change). */
export async function kammerAufgabeErledigen(
  deps: DomainDeps,
  viewer: Viewer,
  id: string,
): Promise<KammerAufgabeDto> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const now = deps.clock.now();
  const row = await deps.prisma.$transaction(async (tx) => {
    const aufgabe = await tx.kammerAufgabe.findFirst({ where: { id, kammerId } });
    if (!aufgabe) throw notFound('Die Aufgabe wurde nicht gefunden.');
    if (aufgabe.erledigtAt) return aufgabe;
    const erledigt = await tx.kammerAufgabe.update({
      where: { id },
      data: { erledigtAt: now, erledigtById: viewer.userId },
    });
    await audit(
      tx,
      viewer,
      {
        action: 'KAMMERAUFGABE_ERLEDIGT',
        subjectType: 'KammerAufgabe',
        subjectId: id,
        unternehmenId: aufgabe.unternehmenId,
      },
      now,
    );
    return erledigt;
  });
  return (await mitNamen(deps, [row]))[0];
}
