import type { NachweisFormat } from '@portal/db';
import { istAdministrator, verwaltetBetriebsstaette } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import type { DomainDeps } from '../shared/context.js';
import { DomainError, forbidden } from '../shared/errors.js';

/**
 * "Einstellungen fuer Ausbildungsnachweise" of the selected Betriebsstaette: one row per
 * Ausbildungsberuf of its contracts, off until the administrator switches it on.
 */
export async function listEinstellungen(deps: DomainDeps, viewer: Viewer) {
  if (!istAdministrator(viewer) || viewer.current?.art !== 'BETRIEBSSTAETTE') throw forbidden();
  const betriebsstaetteId = viewer.current.id;
  const [berufe, einstellungen] = await Promise.all([
    deps.prisma.ausbildungsberuf.findMany({
      where: { vertraege: { some: { betriebsstaetteId } } },
      select: { id: true, bezeichnung: true },
      orderBy: { bezeichnung: 'asc' },
    }),
    deps.prisma.berichtsheftEinstellung.findMany({ where: { betriebsstaetteId } }),
  ]);
  return berufe.map((beruf) => {
    const e = einstellungen.find((x) => x.berufId === beruf.id);
    return {
      betriebsstaetteId,
      beruf,
      elektronisch: e?.elektronisch ?? false,
      format: e?.format ?? ('WOECHENTLICH' as NachweisFormat),
    };
  });
}

export interface EinstellungInput {
  betriebsstaetteId: string;
  berufId: string;
  elektronisch: boolean;
  format: NachweisFormat;
}

export async function setEinstellung(deps: DomainDeps, viewer: Viewer, input: EinstellungInput) {
  if (!verwaltetBetriebsstaette(viewer, input.betriebsstaetteId)) {
    throw new DomainError(
      'FORBIDDEN',
      'Sie können nur Einstellungen der Betriebsstätten ändern, die Sie verwalten.',
    );
  }
  const beruf = await deps.prisma.ausbildungsberuf.findUnique({
    where: { id: input.berufId },
    select: { id: true },
  });
  if (!beruf) throw new DomainError('NOT_FOUND', 'Der Ausbildungsberuf wurde nicht gefunden.', 'berufId');
  const data = { elektronisch: input.elektronisch, format: input.format, updatedById: viewer.userId };
  return deps.prisma.berichtsheftEinstellung.upsert({
    where: {
      betriebsstaetteId_berufId: { betriebsstaetteId: input.betriebsstaetteId, berufId: input.berufId },
    },
    create: { betriebsstaetteId: input.betriebsstaetteId, berufId: input.berufId, ...data },
    update: data,
  });
}
