import type { Prisma } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { gleicherName } from '../konten/konto-rules.js';
import { audit } from '../shared/audit.js';
import type { DomainDeps } from '../shared/context.js';
import { DomainError, notFound } from '../shared/errors.js';
import { nichtInVertretung } from '../vertretung/vertretung.rules.js';

/**
 * "Profil – Berechtigungen": the company roles the logged-in person was invited to (EINGELADEN),
 * by an Ausbildungsadministrator or by a Betrieb vouching for an approver address. An invitation
 * gives no rights until its owner accepts it; only the person themselves decides, never a deputy
 * acting for them (nichtInVertretung). Listing shows the person's own invitations (viewer.userId),
 * also while they act for someone else.
 */
export async function meineEinladungen(deps: DomainDeps, viewer: Viewer) {
  const rows = await deps.prisma.rollenzuweisung.findMany({
    where: { userId: viewer.userId, status: 'EINGELADEN', betriebsstaetteId: { not: null } },
    select: {
      id: true,
      rolle: true,
      createdAt: true,
      betriebsstaette: { select: { id: true, name: true, unternehmen: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.flatMap((r) =>
    r.betriebsstaette
      ? [
          {
            id: r.id,
            rolle: r.rolle,
            eingeladenAm: r.createdAt,
            betriebsstaette: { id: r.betriebsstaette.id, name: r.betriebsstaette.name },
            unternehmenName: r.betriebsstaette.unternehmen.name,
          },
        ]
      : [],
  );
}

const nichtGefunden = () => notFound('Die Einladung wurde nicht gefunden oder ist bereits erledigt.');

async function ladeEigeneEinladung(tx: Prisma.TransactionClient, viewer: Viewer, id: string) {
  const row = await tx.rollenzuweisung.findUnique({
    where: { id },
    select: {
      id: true,
      userId: true,
      rolle: true,
      status: true,
      betriebsstaetteId: true,
      betriebsstaette: { select: { unternehmenId: true } },
      user: { select: { vorname: true, nachname: true } },
    },
  });
  // Someone else's invitation is reported as missing, like an unknown id.
  if (!row?.betriebsstaette || row.userId !== viewer.userId || row.status !== 'EINGELADEN')
    throw nichtGefunden();
  return {
    ...row,
    betriebsstaetteId: row.betriebsstaetteId!,
    unternehmenId: row.betriebsstaette.unternehmenId,
  };
}

/**
 * Accepting sets the role AKTIV (wirksamAb, wirksamDurchId = the person) and is audited; its rights
 * apply from the next request. An Azubi role comes with a contract linked to the account: it is
 * accepted only by the person the contract names (an admin's mistyped address cannot hand a
 * stranger someone else's Berichtsheft).
 */
export async function einladungAnnehmen(deps: DomainDeps, viewer: Viewer, id: string) {
  nichtInVertretung(viewer);
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const row = await ladeEigeneEinladung(tx, viewer, id);
    if (row.rolle === 'AZUBI') {
      const vertraege = await tx.ausbildungsverhaeltnis.findMany({
        where: { azubiUserId: row.userId, betriebsstaetteId: row.betriebsstaetteId },
        select: { azubiVorname: true, azubiNachname: true },
      });
      if (
        vertraege.some((v) => !gleicherName(row.user, { vorname: v.azubiVorname, nachname: v.azubiNachname }))
      ) {
        throw new DomainError(
          'KONTO_ANDERE_PERSON',
          'Diese Einladung gehört zu einem Ausbildungsverhältnis, das auf einen anderen Namen lautet. Wenn sie nicht für Sie bestimmt ist, lehnen Sie sie bitte ab.',
        );
      }
    }
    const updated = await tx.rollenzuweisung.updateMany({
      where: { id: row.id, userId: viewer.userId, status: 'EINGELADEN' },
      data: { status: 'AKTIV', wirksamAb: now, wirksamDurchId: viewer.userId },
    });
    if (updated.count !== 1) throw nichtGefunden();
    await audit(
      tx,
      viewer,
      {
        action: 'ROLLE_ANGENOMMEN',
        subjectType: 'Rollenzuweisung',
        subjectId: row.id,
        unternehmenId: row.unternehmenId,
        data: { userId: row.userId, betriebsstaetteId: row.betriebsstaetteId, rolle: row.rolle },
      },
      now,
    );
  });
  return true;
}

/**
 * Declining deletes the invitation (audited). An Azubi contract that was linked to the account
 * with it is unlinked again, so the Betrieb can correct the address.
 */
export async function einladungAblehnen(deps: DomainDeps, viewer: Viewer, id: string) {
  nichtInVertretung(viewer);
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const row = await ladeEigeneEinladung(tx, viewer, id);
    const deleted = await tx.rollenzuweisung.deleteMany({
      where: { id: row.id, userId: viewer.userId, status: 'EINGELADEN' },
    });
    if (deleted.count !== 1) throw nichtGefunden();
    if (row.rolle === 'AZUBI') {
      await tx.ausbildungsverhaeltnis.updateMany({
        where: { azubiUserId: row.userId, betriebsstaetteId: row.betriebsstaetteId },
        data: { azubiUserId: null },
      });
    }
    await audit(
      tx,
      viewer,
      {
        action: 'ROLLE_ABGELEHNT',
        subjectType: 'Rollenzuweisung',
        subjectId: row.id,
        unternehmenId: row.unternehmenId,
        data: { userId: row.userId, betriebsstaetteId: row.betriebsstaetteId, rolle: row.rolle },
      },
      now,
    );
  });
  return true;
}
