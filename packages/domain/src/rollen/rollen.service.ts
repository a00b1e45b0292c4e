import { Prisma, type Rolle } from '@portal/db';
import { type Viewer } from '../arbeitsbereich/viewer.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { audit } from '../shared/audit.js';
import type { DomainDeps } from '../shared/context.js';
import { DomainError, forbidden, notFound, ValidationError } from '../shared/errors.js';
import { type PageArgs, pageWindow, toPage } from '../shared/pagination.js';
import { keineSelbstbeguenstigung } from '../vertretung/vertretung.rules.js';
import {
  type AdminLage,
  adminLage,
  entziehenSperrgrund,
  entziehenWarnung,
  unternehmenSperren,
  verlustOhneRolle,
} from './administratoren.js';
import {
  canAssignRole,
  canRevokeRole,
  canSeeBenutzerverwaltung,
  letzterAdministratorGrund,
  VERGEBBARE_ROLLEN,
} from './rollen.policy.js';

const zuweisungSelect = {
  id: true,
  userId: true,
  rolle: true,
  status: true,
  createdAt: true,
  betriebsstaette: { select: { id: true, name: true } },
} as const;

const benutzerSelect = (scope: string[]) =>
  ({
    id: true,
    email: true,
    vorname: true,
    nachname: true,
    rollen: {
      where: { betriebsstaetteId: { in: scope } },
      select: zuweisungSelect,
      orderBy: [{ betriebsstaette: { name: 'asc' } }, { rolle: 'asc' }],
    },
  }) satisfies Prisma.UserSelect;

type BenutzerRow = Prisma.UserGetPayload<{ select: ReturnType<typeof benutzerSelect> }>;

/**
 * Roles listed here are company roles in scope, so each names its Betriebsstaette. Each carries
 * what the revoke dialog must say before the admin confirms, by the same rule the revocation
 * checks: why it cannot be revoked (last administrator in reach), or that it is the admin's own.
 */
function withStaetten(row: BenutzerRow, lage: AdminLage, viewer: Viewer) {
  return {
    ...row,
    rollen: row.rollen.flatMap((r) =>
      r.betriebsstaette
        ? [
            {
              ...r,
              betriebsstaette: r.betriebsstaette,
              entziehenSperrgrund: entziehenSperrgrund(lage, r),
              entziehenWarnung: entziehenWarnung(lage, viewer, r),
            },
          ]
        : [],
    ),
  };
}

/** The admin situation of the viewer's Unternehmen, for the hints on listed roles. */
const lageOf = (tx: Prisma.TransactionClient, viewer: Viewer) =>
  adminLage(tx, viewer.current!.unternehmenId!);

/** Role changes are audited in the same transaction: who, on whose behalf, what. */
function auditRolle(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  action: 'ROLLE_ZUGEWIESEN' | 'ROLLE_ENTZOGEN',
  zuweisungId: string,
  unternehmenId: string,
  data: { userId: string; betriebsstaetteId: string | null; rolle: Rolle },
) {
  const subject = { subjectType: 'Rollenzuweisung', subjectId: zuweisungId };
  return audit(tx, viewer, { action, ...subject, unternehmenId, data });
}

function scopeOf(viewer: Viewer): string[] {
  if (!canSeeBenutzerverwaltung(viewer)) throw forbidden();
  return viewer.current!.verwalteteBetriebsstaetteIds;
}

/** Users holding at least one role in a Betriebsstaette the viewer administers, with those roles. */
export async function listBenutzer(
  deps: DomainDeps,
  viewer: Viewer,
  args: PageArgs & { suche?: string | null },
) {
  const scope = scopeOf(viewer);
  const window = pageWindow(args);
  const suche = args.suche?.trim();
  const where = {
    rollen: { some: { betriebsstaetteId: { in: scope } } },
    ...(suche
      ? {
          OR: [
            { nachname: { contains: suche, mode: 'insensitive' as const } },
            { vorname: { contains: suche, mode: 'insensitive' as const } },
            { email: { contains: suche, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
  const [totalCount, items, lage] = await Promise.all([
    deps.prisma.user.count({ where }),
    deps.prisma.user.findMany({
      where,
      select: benutzerSelect(scope),
      orderBy: [{ nachname: 'asc' }, { vorname: 'asc' }, { id: 'asc' }],
      ...window,
    }),
    lageOf(deps.prisma, viewer),
  ]);
  return toPage(
    items.map((row) => withStaetten(row, lage, viewer)),
    totalCount,
    window,
  );
}

/**
 * Finds a registered user by exact e-mail, so an administrator can give them a role. Shows only
 * name, e-mail and the roles within the administrator's own scope, nothing of other Unternehmen.
 */
export async function findBenutzerByEmail(deps: DomainDeps, viewer: Viewer, rawEmail: string) {
  const scope = scopeOf(viewer);
  const email = normalizeEmail(rawEmail ?? '');
  if (!isPlausibleEmail(email))
    throw new ValidationError('email', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  const row = await deps.prisma.user.findUnique({ where: { email }, select: benutzerSelect(scope) });
  return row ? withStaetten(row, await lageOf(deps.prisma, viewer), viewer) : null;
}

export interface AssignRoleInput {
  userId: string;
  betriebsstaetteId: string;
  rolle: Rolle;
}

export async function assignRole(deps: DomainDeps, viewer: Viewer, input: AssignRoleInput) {
  const scope = scopeOf(viewer);
  if (!VERGEBBARE_ROLLEN.includes(input.rolle))
    throw new DomainError('ROLLE_NICHT_VERGEBBAR', undefined, 'rolle');
  if (!canAssignRole(viewer, input)) {
    throw new DomainError(
      'FORBIDDEN',
      'Sie können nur in Betriebsstätten Rollen vergeben, die Sie verwalten.',
      'betriebsstaetteId',
    );
  }
  return deps.prisma
    .$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
      if (!user) throw new DomainError('NOT_FOUND', 'Die Person wurde nicht gefunden.', 'userId');
      keineSelbstbeguenstigung(viewer, user.id);
      const existing = await tx.rollenzuweisung.findFirst({
        where: { userId: input.userId, betriebsstaetteId: input.betriebsstaetteId, rolle: input.rolle },
      });
      if (existing) throw new DomainError('ROLLE_BEREITS_VERGEBEN', undefined, 'rolle');
      const staette = await tx.betriebsstaette.findUniqueOrThrow({
        where: { id: input.betriebsstaetteId },
        select: { unternehmenId: true },
      });
      const created = await tx.rollenzuweisung.create({
        data: {
          userId: input.userId,
          betriebsstaetteId: input.betriebsstaetteId,
          rolle: input.rolle,
          createdById: viewer.userId,
        },
      });
      await auditRolle(tx, viewer, 'ROLLE_ZUGEWIESEN', created.id, staette.unternehmenId, input);
      return withStaetten(
        await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: benutzerSelect(scope) }),
        await lageOf(tx, viewer),
        viewer,
      );
    })
    .catch((error: unknown) => {
      // Two requests passed the check for an existing role at once; the unique index let one through.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError('ROLLE_BEREITS_VERGEBEN', undefined, 'rolle');
      }
      throw error;
    });
}

/**
 * Revokes a role (someone else's or the admin's own; an invitation is withdrawn the same way).
 * No revocation may leave a Betriebsstaette of the Unternehmen without an AKTIV
 * Ausbildungsadministrator in reach (staettenDieAdministratorVerlieren): LETZTER_ADMINISTRATOR
 * names the Betriebsstaetten. Admin revocations are serialised per Unternehmen by a row lock.
 */
export async function revokeRole(deps: DomainDeps, viewer: Viewer, rollenzuweisungId: string) {
  const scope = scopeOf(viewer);
  return deps.prisma.$transaction(async (tx) => {
    const zuweisung = await tx.rollenzuweisung.findUnique({
      where: { id: rollenzuweisungId },
      select: {
        id: true,
        userId: true,
        rolle: true,
        status: true,
        betriebsstaetteId: true,
        betriebsstaette: { select: { unternehmenId: true } },
      },
    });
    // A record outside the viewer's scope is reported as missing, so ids of other Unternehmen reveal nothing.
    if (!zuweisung?.betriebsstaette || !canRevokeRole(viewer, zuweisung)) {
      throw notFound('Die Rollenzuweisung wurde nicht gefunden.');
    }
    const unternehmenId = zuweisung.betriebsstaette.unternehmenId;
    if (zuweisung.rolle === 'AUSBILDUNGSADMINISTRATOR') {
      // Serialises concurrent revocations in one Unternehmen, so two admins cannot remove each other at once;
      // the state is read after the lock, so the second sees the first one's result.
      await unternehmenSperren(tx, unternehmenId);
      const lage = await adminLage(tx, unternehmenId);
      const verlieren = verlustOhneRolle(lage, zuweisung.id);
      if (verlieren.length > 0) {
        throw new DomainError('LETZTER_ADMINISTRATOR', letzterAdministratorGrund(verlieren)!, undefined, {
          betriebsstaetten: verlieren.map((s) => s.name),
        });
      }
    }
    // Conditional: a parallel revocation of the same role may have won meanwhile.
    const deleted = await tx.rollenzuweisung.deleteMany({ where: { id: zuweisung.id } });
    if (deleted.count !== 1) throw notFound('Die Rollenzuweisung wurde nicht gefunden.');
    await auditRolle(tx, viewer, 'ROLLE_ENTZOGEN', zuweisung.id, unternehmenId, {
      userId: zuweisung.userId,
      betriebsstaetteId: zuweisung.betriebsstaetteId,
      rolle: zuweisung.rolle,
    });
    return withStaetten(
      await tx.user.findUniqueOrThrow({ where: { id: zuweisung.userId }, select: benutzerSelect(scope) }),
      await lageOf(tx, viewer),
      viewer,
    );
  });
}

/** The Betriebsstaetten the viewer may assign roles in (for the form's select). */
export async function verwalteteBetriebsstaetten(deps: DomainDeps, viewer: Viewer) {
  const scope = scopeOf(viewer);
  return deps.prisma.betriebsstaette.findMany({
    where: { id: { in: scope } },
    select: { id: true, name: true, art: true },
    orderBy: [{ art: 'asc' }, { name: 'asc' }],
  });
}
