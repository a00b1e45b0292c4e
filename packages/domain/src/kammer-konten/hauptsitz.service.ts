import type { Viewer } from '../arbeitsbereich/viewer.js';
import { audit } from '../shared/audit.js';
import type { DomainDeps } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { kammerDesSachbearbeiters } from './shared.js';

/**
 * The IHK clerk switches Hauptsitz access for an Unternehmen of their own Kammer: with it the
 * Hauptsitz's administrators reach every Filiale (arbeitsbereicheFor derives this on each request,
 * so it takes effect at the next request of every session).
 */
export async function hauptsitzZugriffSetzen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { unternehmenId: string; aktiv: boolean },
) {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const vorher = await tx.unternehmen.findFirst({
      where: { id: input.unternehmenId, kammerId },
      select: { id: true, hauptsitzZugriff: true },
    });
    if (!vorher) throw notFound('Das Unternehmen wurde nicht gefunden.');
    const nachher = await tx.unternehmen.update({
      where: { id: vorher.id },
      data: { hauptsitzZugriff: input.aktiv },
      select: {
        id: true,
        name: true,
        email: true,
        hauptsitzZugriff: true,
        betriebsstaetten: {
          select: { id: true, name: true, art: true, ort: true },
          orderBy: { name: 'asc' },
        },
      },
    });
    if (vorher.hauptsitzZugriff !== input.aktiv) {
      await audit(
        tx,
        viewer,
        {
          action: input.aktiv ? 'HAUPTSITZ_ZUGRIFF_FREIGESCHALTET' : 'HAUPTSITZ_ZUGRIFF_ENTZOGEN',
          subjectType: 'Unternehmen',
          subjectId: vorher.id,
          unternehmenId: vorher.id,
          data: { vorher: vorher.hauptsitzZugriff, nachher: input.aktiv },
        },
        now,
      );
    }
    return nachher;
  });
}
