import { randomUUID } from 'node:crypto';
import { isUniqueViolation, Prisma, type Rolle, type RollenStatus } from '@portal/db';
import { type Viewer } from '../arbeitsbereich/viewer.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { type MailZustellung, sofortZustellen, ZUGESTELLT } from '../konten/zustellung.js';
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
import { istMitglied, mitgliedWhere, rolleFuerAdresse, rollenBezeichnung } from './einladung.js';
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

/**
 * The Benutzerverwaltung shows roles in effect and invitations; proposed approver addresses
 * (VORGESCHLAGEN) have their own list ("Ausbildungsbeauftragte") and decisions.
 */
const SICHTBAR: RollenStatus[] = ['AKTIV', 'EINGELADEN'];

const benutzerSelect = (scope: string[], unternehmenId: string) =>
  ({
    id: true,
    email: true,
    vorname: true,
    nachname: true,
    rollen: {
      where: { betriebsstaetteId: { in: scope }, status: { in: SICHTBAR } },
      select: zuweisungSelect,
      orderBy: [{ betriebsstaette: { name: 'asc' } }, { rolle: 'asc' }],
    },
    _count: { select: { rollen: { where: mitgliedWhere(unternehmenId) } } },
  }) satisfies Prisma.UserSelect;

type BenutzerRow = Prisma.UserGetPayload<{ select: ReturnType<typeof benutzerSelect> }>;

/**
 * Roles listed here are company roles in scope, so each names its Betriebsstaette. Each carries
 * what the revoke dialog must say before the admin confirms, by the same rule the revocation
 * checks: why it cannot be revoked (last administrator in reach), or that it is the admin's own.
 * A person who is not a member of the Unternehmen (only invited) is shown by the address the admin
 * typed, without a name: whether the address had an account, and whose, is not the admin's to know.
 */
function withStaetten(
  row: BenutzerRow,
  lage: AdminLage,
  viewer: Viewer,
  revoked?: { id: string; warMitglied: boolean },
) {
  const { _count, ...person } = row;
  // A member whose last role was just revoked is still shown as the admin knew them.
  const mitglied = _count.rollen > 0 || revoked?.warMitglied === true;
  const ersatzId = revoked?.id;
  return {
    ...person,
    // Not even the account's id: it would tell two answers about the same account apart from new ones.
    id: mitglied ? person.id : (person.rollen[0]?.id ?? ersatzId ?? randomUUID()),
    mitglied,
    vorname: mitglied ? person.vorname : '',
    nachname: mitglied ? person.nachname : '',
    rollen: person.rollen.flatMap((r) =>
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

const unternehmenOf = (viewer: Viewer) => viewer.current!.unternehmenId!;

/**
 * Users holding at least one role (or invitation) in a Betriebsstaette the viewer administers, with
 * those roles. Members of the Unternehmen come first, by name; then persons only invited, by
 * address (their names are not shown, nor searched, nor used for sorting).
 */
export async function listBenutzer(
  deps: DomainDeps,
  viewer: Viewer,
  args: PageArgs & { suche?: string | null },
) {
  const scope = scopeOf(viewer);
  const unternehmenId = unternehmenOf(viewer);
  const window = pageWindow(args);
  const suche = args.suche?.trim();
  const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
  const imScope = { rollen: { some: { betriebsstaetteId: { in: scope }, status: { in: SICHTBAR } } } };
  const mitglieder: Prisma.UserWhereInput = {
    AND: [
      imScope,
      { rollen: { some: mitgliedWhere(unternehmenId) } },
      suche
        ? {
            OR: [{ nachname: contains(suche) }, { vorname: contains(suche) }, { email: contains(suche) }],
          }
        : {},
    ],
  };
  const eingeladene: Prisma.UserWhereInput = {
    AND: [
      imScope,
      { rollen: { none: mitgliedWhere(unternehmenId) } },
      suche ? { email: contains(suche) } : {},
    ],
  };
  const select = benutzerSelect(scope, unternehmenId);
  const [anzahlMitglieder, anzahlEingeladene, lage] = await Promise.all([
    deps.prisma.user.count({ where: mitglieder }),
    deps.prisma.user.count({ where: eingeladene }),
    lageOf(deps.prisma, viewer),
  ]);
  const ersteSeite =
    window.skip < anzahlMitglieder
      ? await deps.prisma.user.findMany({
          where: mitglieder,
          select,
          orderBy: [{ nachname: 'asc' }, { vorname: 'asc' }, { id: 'asc' }],
          ...window,
        })
      : [];
  const rest = window.take - ersteSeite.length;
  const zweiteSeite =
    rest > 0 && anzahlEingeladene > 0
      ? await deps.prisma.user.findMany({
          where: eingeladene,
          select,
          orderBy: [{ email: 'asc' }, { id: 'asc' }],
          skip: Math.max(0, window.skip - anzahlMitglieder),
          take: rest,
        })
      : [];
  return toPage(
    [...ersteSeite, ...zweiteSeite].map((row) => withStaetten(row, lage, viewer)),
    anzahlMitglieder + anzahlEingeladene,
    window,
  );
}

/**
 * Finds a member of the viewer's Unternehmen (an AKTIV role at any of its Betriebsstaetten) by
 * exact e-mail, so an administrator can give them a role. Anyone else (unknown address, another
 * Unternehmen's account, an account without role) gives the same answer, null: an admin never
 * learns whether an address is registered, nor a foreign person's name. Such a person is invited
 * (rolleEinladen). Shows only the roles within the administrator's own scope.
 */
export async function findBenutzerByEmail(deps: DomainDeps, viewer: Viewer, rawEmail: string) {
  const scope = scopeOf(viewer);
  const unternehmenId = unternehmenOf(viewer);
  const email = normalizeEmail(rawEmail ?? '');
  if (!isPlausibleEmail(email))
    throw new ValidationError('email', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  const row = await deps.prisma.user.findFirst({
    where: { email, rollen: { some: mitgliedWhere(unternehmenId) } },
    select: benutzerSelect(scope, unternehmenId),
  });
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
      // Only members of the Unternehmen are given roles by id; anyone else is invited by address
      // (rolleEinladen). A foreign id is reported like an unknown one.
      if (!user || !(await istMitglied(tx, user.id, unternehmenOf(viewer))))
        throw new DomainError('NOT_FOUND', 'Die Person wurde nicht gefunden.', 'userId');
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
          wirksamAb: deps.clock.now(),
          wirksamDurchId: viewer.userId,
        },
      });
      await auditRolle(tx, viewer, 'ROLLE_ZUGEWIESEN', created.id, staette.unternehmenId, input);
      return withStaetten(
        await tx.user.findUniqueOrThrow({
          where: { id: input.userId },
          select: benutzerSelect(scope, unternehmenOf(viewer)),
        }),
        await lageOf(tx, viewer),
        viewer,
      );
    })
    .catch((error: unknown) => {
      // Two requests passed the check for an existing role at once; the unique index let one through.
      if (isUniqueViolation(error)) {
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
    // Proposed approver addresses (VORGESCHLAGEN) are decided in their own list, not revoked here.
    if (
      !zuweisung?.betriebsstaette ||
      zuweisung.status === 'VORGESCHLAGEN' ||
      !canRevokeRole(viewer, zuweisung)
    ) {
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
      await tx.user.findUniqueOrThrow({
        where: { id: zuweisung.userId },
        select: benutzerSelect(scope, unternehmenOf(viewer)),
      }),
      await lageOf(tx, viewer),
      viewer,
      { id: zuweisung.id, warMitglied: zuweisung.status === 'AKTIV' },
    );
  });
}

export interface RolleEinladenInput {
  email: string;
  betriebsstaetteId: string;
  rolle: Rolle;
  vorname: string;
  nachname: string;
}

function pruefeName(raw: string | null | undefined, field: string, label: string): string {
  const name = (raw ?? '').trim();
  if (!name) throw new ValidationError(field, `Bitte geben Sie den ${label} ein.`);
  if (name.length > 100)
    throw new ValidationError(field, `Der ${label} darf höchstens 100 Zeichen lang sein.`);
  return name;
}

/**
 * "Person einladen": a role for the person behind an address. A member of the Unternehmen gets it
 * at once (as rolleZuweisen); anyone else gets an invitation (EINGELADEN, see rolleFuerAdresse)
 * and the same answer whether the address had an account, of another Unternehmen or of nobody,
 * or none: "eingeladen", the address as typed, no name.
 */
export async function rolleEinladen(
  deps: DomainDeps,
  viewer: Viewer,
  input: RolleEinladenInput,
): Promise<{ meldung: string; zustellung: MailZustellung; benutzer: ReturnType<typeof withStaetten> }> {
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
  const email = normalizeEmail(input.email ?? '');
  if (!email) throw new ValidationError('email', 'Bitte geben Sie eine E-Mail-Adresse ein.');
  if (!isPlausibleEmail(email))
    throw new ValidationError('email', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  const vorname = pruefeName(input.vorname, 'vorname', 'Vornamen');
  const nachname = pruefeName(input.nachname, 'nachname', 'Nachnamen');
  const now = deps.clock.now();
  const { ergebnis, benutzer } = await deps.prisma
    .$transaction(async (tx) => {
      const e = await rolleFuerAdresse(
        deps,
        tx,
        viewer,
        { email, betriebsstaetteId: input.betriebsstaetteId, rolle: input.rolle, vorname, nachname },
        now,
      );
      if (!e.neueRolle) throw new DomainError('ROLLE_BEREITS_VERGEBEN', undefined, 'rolle');
      const row = await tx.user.findUniqueOrThrow({
        where: { id: e.user.id },
        select: benutzerSelect(scope, unternehmenOf(viewer)),
      });
      return { ergebnis: e, benutzer: withStaetten(row, await lageOf(tx, viewer), viewer) };
    })
    .catch((error: unknown) => {
      // A double click: the unique indexes (e-mail, role) let one request through.
      if (isUniqueViolation(error)) {
        throw new DomainError('ROLLE_BEREITS_VERGEBEN', undefined, 'rolle');
      }
      throw error;
    });
  const was = `${rollenBezeichnung(input.rolle)} (${ergebnis.staette.name})`;
  const meldung = ergebnis.mitglied
    ? `Rolle ${was} an ${benutzer.vorname} ${benutzer.nachname} vergeben.`
    : `Die Einladung als ${was} ging an ${email}. Die Rolle wirkt, sobald die Person sie unter „Profil – Berechtigungen“ annimmt.`;
  const zustellung = ergebnis.mailKey ? await sofortZustellen(deps, ergebnis.mailKey) : ZUGESTELLT;
  return { meldung, zustellung, benutzer };
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
