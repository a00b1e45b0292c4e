import type { Viewer } from '../arbeitsbereich/viewer.js';
import { adminLage, unternehmenSperren } from '../rollen/administratoren.js';
import { hauptsitzZugriffGrund, staettenDieAdministratorVerlieren } from '../rollen/rollen.policy.js';
import { audit } from '../shared/audit.js';
import type { DomainDeps } from '../shared/context.js';
import { DomainError, notFound } from '../shared/errors.js';
import { kammerDesSachbearbeiters } from './shared.js';

/**
 * The IHK clerk switches Hauptsitz access for an Unternehmen of their own Kammer: with it the
 * Hauptsitz's administrators reach every Filiale (arbeitsbereicheFor derives this on each request,
 * so it takes effect at the next request of every session). Switching it off is refused with
 * LETZTER_ADMINISTRATOR (naming them) while a Betriebsstaette would be left without an
 * administrator in reach: the Unternehmen names one there first.
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
    if (vorher.hauptsitzZugriff && !input.aktiv) {
      // Every Betriebsstaette keeps an administrator in reach: a Filiale administered only from the
      // Hauptsitz would be left without. Same lock as role revocations, so they cannot race.
      await unternehmenSperren(tx, vorher.id);
      const lage = await adminLage(tx, vorher.id);
      const verlieren = staettenDieAdministratorVerlieren(lage, { ...lage, hauptsitzZugriff: false });
      if (verlieren.length > 0) {
        throw new DomainError('LETZTER_ADMINISTRATOR', hauptsitzZugriffGrund(verlieren)!, 'aktiv', {
          betriebsstaetten: verlieren.map((s) => s.name),
        });
      }
    }
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
