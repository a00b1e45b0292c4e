import type { Prisma } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import {
  type AdminFact,
  letzterAdministratorGrund,
  type StaetteArtFact,
  staettenAufzaehlung,
  staettenDieAdministratorVerlieren,
} from './rollen.policy.js';

type Tx = Prisma.TransactionClient;

/** What the last-administrator rule needs of one Unternehmen. */
export interface AdminLage {
  betriebsstaetten: StaetteArtFact[];
  hauptsitzZugriff: boolean;
  zuweisungen: (AdminFact & { id: string; userId: string })[];
}

/**
 * Locks the Unternehmen row (FOR UPDATE) so every change that could remove an administrator in
 * reach (revoking a role, switching Hauptsitz access off) runs one at a time per Unternehmen: two
 * administrators cannot remove each other at once. Call it before reading the state.
 */
export async function unternehmenSperren(tx: Tx, unternehmenId: string) {
  await tx.$queryRaw`SELECT id FROM "Unternehmen" WHERE id = ${unternehmenId}::uuid FOR UPDATE`;
}

/** The Betriebsstaetten, the flag and the AKTIV administrator roles of an Unternehmen. */
export async function adminLage(tx: Tx, unternehmenId: string): Promise<AdminLage> {
  const [unternehmen, zuweisungen] = await Promise.all([
    tx.unternehmen.findUniqueOrThrow({
      where: { id: unternehmenId },
      select: {
        hauptsitzZugriff: true,
        betriebsstaetten: {
          select: { id: true, name: true, art: true },
          orderBy: [{ art: 'asc' }, { name: 'asc' }],
        },
      },
    }),
    tx.rollenzuweisung.findMany({
      where: { rolle: 'AUSBILDUNGSADMINISTRATOR', status: 'AKTIV', betriebsstaette: { unternehmenId } },
      select: { id: true, userId: true, rolle: true, betriebsstaetteId: true, status: true },
    }),
  ]);
  return { ...unternehmen, zuweisungen };
}

/** The Betriebsstaetten that would lose their last administrator in reach if this role went. */
export function verlustOhneRolle(lage: AdminLage, zuweisungId: string) {
  return staettenDieAdministratorVerlieren(lage, {
    ...lage,
    zuweisungen: lage.zuweisungen.filter((z) => z.id !== zuweisungId),
  });
}

/** Why a role cannot be revoked (null: it can), computed by the same rule the revocation checks. */
export function entziehenSperrgrund(
  lage: AdminLage,
  zuweisung: { id: string; rolle: string; status: string },
) {
  if (zuweisung.rolle !== 'AUSBILDUNGSADMINISTRATOR' || zuweisung.status !== 'AKTIV') return null;
  return letzterAdministratorGrund(verlustOhneRolle(lage, zuweisung.id));
}

/**
 * A warning for an administrator who removes one of their own roles: which Betriebsstaetten they
 * would no longer administer (null for someone else's role).
 */
export function entziehenWarnung(
  lage: AdminLage,
  viewer: Viewer,
  zuweisung: { id: string; userId: string; rolle: string; status: string },
): string | null {
  if (zuweisung.userId !== viewer.principalUserId || zuweisung.status !== 'AKTIV') return null;
  if (zuweisung.rolle !== 'AUSBILDUNGSADMINISTRATOR') {
    return 'Das ist Ihre eigene Rolle. Sie verlieren die Rechte, die sie Ihnen gibt.';
  }
  const eigene = { ...lage, zuweisungen: lage.zuweisungen.filter((z) => z.userId === zuweisung.userId) };
  const ohne = { ...eigene, zuweisungen: eigene.zuweisungen.filter((z) => z.id !== zuweisung.id) };
  const verloren = staettenDieAdministratorVerlieren(eigene, ohne);
  if (verloren.length === 0) {
    return 'Das ist Ihre eigene Rolle. Über Ihre anderen Administratorrollen verwalten Sie dieselben Betriebsstätten weiter.';
  }
  return `Das ist Ihre eigene Rolle. Danach können Sie ${staettenAufzaehlung(verloren)} nicht mehr verwalten und verlieren den Zugriff auf die Benutzerverwaltung dort.`;
}
