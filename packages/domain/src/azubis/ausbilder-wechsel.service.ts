import type { Viewer } from '../arbeitsbereich/viewer.js';
import { hatRolleAn } from '../authz/reichweite.js';
import { enqueueMail } from '../outbox/outbox.js';
import { audit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, notFound } from '../shared/errors.js';
import { gruss } from '../shared/mail-text.js';

/** Changing the Ausbilder/-in named in a contract is the administrators' (in reach of its Betriebsstaette). */
export const canChangeVertragsausbilder = (viewer: Viewer, vertrag: { betriebsstaetteId: string }) =>
  hatRolleAn(viewer, vertrag.betriebsstaetteId, ['AUSBILDUNGSADMINISTRATOR']);

async function verwalteterVertrag(deps: DomainDeps, viewer: Viewer, vertragId: string) {
  const vertrag = await deps.prisma.ausbildungsverhaeltnis.findUnique({
    where: { id: vertragId },
    select: {
      id: true,
      betriebsstaetteId: true,
      ausbilderUserId: true,
      azubiVorname: true,
      azubiNachname: true,
    },
  });
  if (!vertrag || !canChangeVertragsausbilder(viewer, vertrag))
    throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
  return vertrag;
}

/** Who can be named: the people with the Ausbilder role in effect at the contract's Betriebsstaette. */
export async function ausbilderKandidaten(deps: DomainDeps, viewer: Viewer, vertragId: string) {
  const vertrag = await verwalteterVertrag(deps, viewer, vertragId);
  return deps.prisma.user.findMany({
    where: {
      rollen: { some: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaetteId: vertrag.betriebsstaetteId } },
    },
    select: { id: true, vorname: true, nachname: true },
    orderBy: [{ nachname: 'asc' }, { vorname: 'asc' }],
  });
}

/**
 * Names another Ausbilder/-in in the contract (with history in the audit log). The former one loses
 * the Azubi on their next request; weeks still waiting for them go to the new one, who is told.
 */
export async function vertragAusbilderAendern(
  deps: DomainDeps,
  viewer: Viewer,
  input: { vertragId: string; ausbilderUserId: string },
) {
  const vertrag = await verwalteterVertrag(deps, viewer, input.vertragId);
  await deps.prisma.$transaction(async (tx) => {
    const neu = await tx.user.findFirst({
      where: {
        id: input.ausbilderUserId,
        rollen: {
          some: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaetteId: vertrag.betriebsstaetteId },
        },
      },
      select: { id: true, email: true },
    });
    if (!neu) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Bitte wählen Sie eine Person mit der Rolle Ausbilder/-in in der Betriebsstätte dieses Vertrags.',
        'ausbilderUserId',
      );
    }
    // Conditional on what we read: of two changes at once, the second sees the first.
    const updated = await tx.ausbildungsverhaeltnis.updateMany({
      where: { id: vertrag.id, ausbilderUserId: vertrag.ausbilderUserId },
      data: { ausbilderUserId: neu.id },
    });
    if (updated.count === 0) throw new DomainError('VERTRAG_KONFLIKT');
    const now = deps.clock.now();
    const umgeleitet = vertrag.ausbilderUserId
      ? await tx.nachweis.updateMany({
          where: { vertragId: vertrag.id, status: 'EINGEREICHT', genehmigerUserId: vertrag.ausbilderUserId },
          data: { genehmigerUserId: neu.id, genehmigerEmail: neu.email },
        })
      : { count: 0 };
    const staette = await tx.betriebsstaette.findUniqueOrThrow({
      where: { id: vertrag.betriebsstaetteId },
      select: { unternehmenId: true },
    });
    await audit(
      tx,
      viewer,
      {
        action: 'VERTRAG_AUSBILDER_GEAENDERT',
        subjectType: 'Ausbildungsverhaeltnis',
        subjectId: vertrag.id,
        unternehmenId: staette.unternehmenId,
        data: { von: vertrag.ausbilderUserId, zu: neu.id, umgeleiteteNachweise: umgeleitet.count },
      },
      now,
    );
    if (neu.id !== vertrag.ausbilderUserId) {
      const azubi = `${vertrag.azubiVorname} ${vertrag.azubiNachname}`;
      await enqueueMail(
        tx,
        {
          to: neu.email,
          subject: `Sie sind jetzt Ausbilder/-in von ${azubi}`,
          text: `Guten Tag,\n\nSie sind jetzt im Ausbildungsvertrag von ${azubi} als Ausbilder/-in eingetragen.${umgeleitet.count > 0 ? ` ${umgeleitet.count === 1 ? 'Ein eingereichter Ausbildungsnachweis wartet' : `${umgeleitet.count} eingereichte Ausbildungsnachweise warten`} auf Ihre Genehmigung.` : ''}\n\nIhre Auszubildenden: ${linkTo(deps, '/ausbilder/auszubildende')}${gruss}`,
        },
        now,
      );
    }
  });
  return vertrag.id;
}
