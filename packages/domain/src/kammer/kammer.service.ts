import { istSachbearbeiterDerKammer } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import type { DomainDeps } from '../shared/context.js';
import { forbidden } from '../shared/errors.js';

/** The IHK back office sees the Unternehmen of its own chamber, never another chamber's. */
export async function listKammerUnternehmen(deps: DomainDeps, viewer: Viewer) {
  const kammerId = viewer.current?.art === 'KAMMER' ? viewer.current.id : null;
  if (!kammerId || !istSachbearbeiterDerKammer(viewer, kammerId)) throw forbidden();
  return deps.prisma.unternehmen.findMany({
    where: { kammerId },
    select: {
      id: true,
      name: true,
      email: true,
      hauptsitzZugriff: true,
      betriebsstaetten: { select: { id: true, name: true, art: true, ort: true }, orderBy: { name: 'asc' } },
    },
    orderBy: { name: 'asc' },
  });
}
