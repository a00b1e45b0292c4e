import type { Prisma } from '@portal/db';
import { istAdministrator } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { vertragScope } from '../berichtsheft/berichtsheft.policy.js';
import { kontoStatus } from '../konten/konto-rules.js';
import type { DomainDeps } from '../shared/context.js';
import { forbidden } from '../shared/errors.js';
import { type PageArgs, pageWindow, toPage } from '../shared/pagination.js';

const vertragSelect = {
  id: true,
  identnummer: true,
  azubiVorname: true,
  azubiNachname: true,
  azubiEmail: true,
  beginn: true,
  ende: true,
  nachweisForm: true,
  betriebsstaetteId: true,
  azubiUser: {
    select: {
      id: true,
      email: true,
      lastLoginAt: true,
      passwordHash: true,
      pinHash: true,
      // Whether the Azubi role here is in effect: until the person accepts an invitation, the
      // Betrieb learns nothing of the account (password, last login).
      rollen: { where: { rolle: 'AZUBI', status: 'AKTIV' }, select: { betriebsstaetteId: true } },
    },
  },
  beruf: { select: { id: true, bezeichnung: true } },
  betriebsstaette: { select: { id: true, name: true } },
  ausbilder: { select: { id: true, vorname: true, nachname: true } },
} as const;

type VertragRow = Prisma.AusbildungsverhaeltnisGetPayload<{ select: typeof vertragSelect }>;

/**
 * The account's state instead of its secrets: KEIN_KONTO, EINGELADEN (no password yet, or an
 * invitation not yet accepted) or AKTIV.
 */
function mitKontoStatus({ azubiUser, ...row }: VertragRow) {
  const angenommen = azubiUser?.rollen.some((r) => r.betriebsstaetteId === row.betriebsstaetteId) ?? false;
  return {
    ...row,
    azubiUser: azubiUser
      ? { id: azubiUser.id, email: azubiUser.email, lastLoginAt: angenommen ? azubiUser.lastLoginAt : null }
      : null,
    kontoStatus: angenommen
      ? kontoStatus(azubiUser)
      : azubiUser
        ? ('EINGELADEN' as const)
        : kontoStatus(null),
  };
}

/** The Azubi-Verwaltung: every Ausbildungsverhaeltnis in the Betriebsstaetten the viewer administers. */
export async function listAusbildungsverhaeltnisse(
  deps: DomainDeps,
  viewer: Viewer,
  args: PageArgs & { vertragId?: string },
) {
  if (!istAdministrator(viewer)) throw forbidden();
  const window = pageWindow(args);
  const where = {
    betriebsstaetteId: { in: viewer.current!.verwalteteBetriebsstaetteIds },
    ...(args.vertragId ? { id: args.vertragId } : {}),
  };
  const [totalCount, items] = await Promise.all([
    deps.prisma.ausbildungsverhaeltnis.count({ where }),
    deps.prisma.ausbildungsverhaeltnis.findMany({
      where,
      select: vertragSelect,
      orderBy: [{ azubiNachname: 'asc' }, { azubiVorname: 'asc' }, { id: 'asc' }],
      ...window,
    }),
  ]);
  return toPage(items.map(mitKontoStatus), totalCount, window);
}

/** An Azubi's own contracts: named in them, with the Azubi role at their Betriebsstaette. */
export async function listEigeneAusbildungsverhaeltnisse(deps: DomainDeps, viewer: Viewer) {
  const rows = await deps.prisma.ausbildungsverhaeltnis.findMany({
    where: vertragScope(viewer, ['AZUBI']),
    select: vertragSelect,
    orderBy: { beginn: 'desc' },
  });
  return rows.map(mitKontoStatus);
}
