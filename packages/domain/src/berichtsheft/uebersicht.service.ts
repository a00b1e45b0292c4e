import type { Lernort, NachweisStatus } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import type { DomainDeps } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { canReadBerichtsheft, nachweisScopeFuer, vertragScope } from './berichtsheft.policy.js';
import { fromUtcDate, type IsoDate } from './dates.js';
import { loadVertrag } from './nachweis.service.js';
import { anzahlFehlenderWochen, wochenBis } from './wochen.js';

const heuteIso = (deps: DomainDeps) => fromUtcDate(deps.clock.now());

async function lesbarerVertrag(deps: DomainDeps, viewer: Viewer, vertragId: string) {
  const vertrag = await loadVertrag(deps.prisma, vertragId);
  if (!canReadBerichtsheft(viewer, vertrag))
    throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
  return vertrag;
}

export interface WochenEintrag {
  montag: IsoDate;
  sonntag: IsoDate;
  /** The Nachweise touching this week (usually one). */
  nachweise: { id: string; von: IsoDate; bis: IsoDate; status: NachweisStatus }[];
  fehlt: boolean;
}

/** Every week of the contract up to today with its state; missing weeks are marked. */
export async function wochenliste(
  deps: DomainDeps,
  viewer: Viewer,
  vertragId: string,
): Promise<WochenEintrag[]> {
  const vertrag = await lesbarerVertrag(deps, viewer, vertragId);
  const rows = await deps.prisma.nachweis.findMany({
    where: { vertragId },
    select: { id: true, von: true, bis: true, status: true },
    orderBy: { von: 'desc' },
  });
  const nachweise = rows.map((r) => ({
    id: r.id,
    von: fromUtcDate(r.von),
    bis: fromUtcDate(r.bis),
    status: r.status,
  }));
  const slots = wochenBis(
    { beginn: fromUtcDate(vertrag.beginn), ende: fromUtcDate(vertrag.ende) },
    heuteIso(deps),
  );
  return slots.map((slot) => {
    const treffer = nachweise.filter((n) => n.von <= slot.sonntag && slot.montag <= n.bis);
    return { ...slot, nachweise: treffer, fehlt: treffer.length === 0 };
  });
}

/**
 * "Ihre Auszubildenden": every contract naming the viewer as Ausbilder/-in where they hold the
 * Ausbilder role in the selected Arbeitsbereich, with counts of submitted, rejected and missing
 * weeks. Three statements whatever the number of Azubis.
 */
export async function ihreAuszubildenden(deps: DomainDeps, viewer: Viewer) {
  const vertraege = await deps.prisma.ausbildungsverhaeltnis.findMany({
    where: vertragScope(viewer, ['VERTRAGSAUSBILDER']),
    select: {
      id: true,
      azubiVorname: true,
      azubiNachname: true,
      beginn: true,
      ende: true,
      beruf: { select: { bezeichnung: true } },
      betriebsstaette: { select: { name: true } },
    },
    orderBy: [{ azubiNachname: 'asc' }, { azubiVorname: 'asc' }],
  });
  const ids = vertraege.map((v) => v.id);
  const nachweise = ids.length
    ? await deps.prisma.nachweis.findMany({
        where: { vertragId: { in: ids } },
        select: { vertragId: true, von: true, bis: true, status: true },
      })
    : [];
  const heute = heuteIso(deps);
  // Node 20 has no Map.groupBy.
  const proVertrag = new Map<string, typeof nachweise>();
  for (const n of nachweise) {
    const liste = proVertrag.get(n.vertragId);
    if (liste) liste.push(n);
    else proVertrag.set(n.vertragId, [n]);
  }
  return vertraege.map((v) => {
    const eigene = proVertrag.get(v.id) ?? [];
    const zeitraeume = eigene.map((n) => ({ von: fromUtcDate(n.von), bis: fromUtcDate(n.bis) }));
    return {
      vertragId: v.id,
      azubiVorname: v.azubiVorname,
      azubiNachname: v.azubiNachname,
      beruf: v.beruf.bezeichnung,
      betriebsstaette: v.betriebsstaette.name,
      eingereicht: eigene.filter((n) => n.status === 'EINGEREICHT').length,
      abgelehnt: eigene.filter((n) => n.status === 'ABGELEHNT').length,
      genehmigt: eigene.filter((n) => n.status === 'GENEHMIGT').length,
      fehlend: anzahlFehlenderWochen(
        { beginn: fromUtcDate(v.beginn), ende: fromUtcDate(v.ende) },
        heute,
        zeitraeume,
      ),
    };
  });
}

/** Submitted Nachweise the viewer may approve now: the transition table's GENEHMIGEN as a filter. */
export async function offeneGenehmigungen(deps: DomainDeps, viewer: Viewer) {
  const rows = await deps.prisma.nachweis.findMany({
    where: nachweisScopeFuer(viewer, 'GENEHMIGEN'),
    select: {
      id: true,
      von: true,
      bis: true,
      eingereichtAt: true,
      papierNachweise: true,
      vertrag: {
        select: { azubiVorname: true, azubiNachname: true, beruf: { select: { bezeichnung: true } } },
      },
    },
    orderBy: [{ eingereichtAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    von: fromUtcDate(r.von),
    bis: fromUtcDate(r.bis),
    eingereichtAt: r.eingereichtAt,
    papierNachweise: r.papierNachweise,
    azubiName: `${r.vertrag.azubiVorname} ${r.vertrag.azubiNachname}`,
    beruf: r.vertrag.beruf.bezeichnung,
  }));
}

/** Which Rahmenplan items approved Nachweise cover, and how the approved hours split by Lernort. */
export async function abdeckung(deps: DomainDeps, viewer: Viewer, vertragId: string) {
  const vertrag = await lesbarerVertrag(deps, viewer, vertragId);
  const [positionen, abgedeckt, stunden] = await Promise.all([
    deps.prisma.rahmenplanPosition.findMany({
      where: { berufId: vertrag.berufId },
      orderBy: { sortierung: 'asc' },
    }),
    deps.prisma.nachweisRahmenplan.findMany({
      where: { nachweis: { vertragId, status: 'GENEHMIGT' } },
      select: { positionId: true },
      distinct: ['positionId'],
    }),
    deps.prisma.nachweisTag.groupBy({
      by: ['lernort'],
      where: { nachweis: { vertragId, status: 'GENEHMIGT' } },
      _sum: { stunden: true },
    }),
  ]);
  const covered = new Set(abgedeckt.map((a) => a.positionId));
  const nachLernort = (lernort: Lernort) =>
    Number(stunden.find((s) => s.lernort === lernort)?._sum.stunden ?? 0);
  return {
    positionen: positionen.map((p) => ({
      id: p.id,
      nummer: p.nummer,
      titel: p.titel,
      abgedeckt: covered.has(p.id),
    })),
    stunden: {
      betrieb: nachLernort('BETRIEB'),
      berufsschule: nachLernort('BERUFSSCHULE'),
      ueberbetrieblich: nachLernort('UEBERBETRIEBLICH'),
    },
  };
}
