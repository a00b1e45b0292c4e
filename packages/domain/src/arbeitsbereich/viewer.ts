import type { Rolle } from '@portal/db';
import type { DomainDeps } from '../shared/context.js';
import {
  type Arbeitsbereich,
  arbeitsbereicheFor,
  resolveCurrent,
  type StaetteFact,
} from './arbeitsbereich.js';

/**
 * Who is asking. `userId` is the person logged in; `principalUserId` is whose rights apply, which
 * differs only while a deputy acts for someone (Vertretung). Records are written as done by
 * `userId` on behalf of `principalUserId`.
 */
export interface Viewer {
  sessionId: string;
  userId: string;
  principalUserId: string;
  arbeitsbereiche: Arbeitsbereich[];
  current: Arbeitsbereich | null;
}

/** For audit records: the principal when a deputy acts, else null. */
export const onBehalfOf = (viewer: Viewer): string | null =>
  viewer.userId === viewer.principalUserId ? null : viewer.principalUserId;

export function rollenOf(viewer: Viewer): readonly Rolle[] {
  return viewer.current?.rollen ?? [];
}

/**
 * Loads the Arbeitsbereiche of the principal: two queries, whatever the number of roles. Only
 * roles in effect count (an invitation not yet accepted, an approver not yet confirmed give
 * nothing), and they are read on every request, so a revoked role is gone on the next one.
 */
export async function loadArbeitsbereiche(
  deps: DomainDeps,
  principalUserId: string,
): Promise<Arbeitsbereich[]> {
  const zuweisungen = await deps.prisma.rollenzuweisung.findMany({
    where: { userId: principalUserId, status: 'AKTIV' },
    select: {
      rolle: true,
      kammer: { select: { id: true, name: true } },
      betriebsstaette: {
        select: {
          id: true,
          name: true,
          art: true,
          unternehmen: { select: { id: true, name: true, kammerId: true, hauptsitzZugriff: true } },
        },
      },
    },
  });
  const reachingUnternehmen = zuweisungen
    .filter((z) => z.betriebsstaette?.art === 'HAUPTSITZ' && z.betriebsstaette.unternehmen.hauptsitzZugriff)
    .map((z) => z.betriebsstaette!.unternehmen.id);
  const staetten: StaetteFact[] =
    reachingUnternehmen.length === 0
      ? []
      : await deps.prisma.betriebsstaette.findMany({
          where: { unternehmenId: { in: reachingUnternehmen } },
          select: { id: true, name: true, art: true, unternehmenId: true },
        });
  return arbeitsbereicheFor(zuweisungen, (unternehmenId) =>
    staetten.filter((s) => s.unternehmenId === unternehmenId),
  );
}

export async function loadViewer(
  deps: DomainDeps,
  session: { id: string; userId: string; actingForUserId: string | null; arbeitsbereich: string | null },
): Promise<Viewer> {
  const principalUserId = session.actingForUserId ?? session.userId;
  const arbeitsbereiche = await loadArbeitsbereiche(deps, principalUserId);
  return {
    sessionId: session.id,
    userId: session.userId,
    principalUserId,
    arbeitsbereiche,
    current: resolveCurrent(arbeitsbereiche, session.arbeitsbereich),
  };
}
