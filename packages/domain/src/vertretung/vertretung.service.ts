import type { Prisma, VertretungStatus } from '@portal/db';
import { istAdministrator, istSachbearbeiterDerKammer } from '../arbeitsbereich/abilities.js';
import { loadArbeitsbereiche, loadViewer, type Viewer } from '../arbeitsbereich/viewer.js';
import { istGedrosselt, type Limit } from '../konten/drosselung.js';
import { kontoFuerAdresse } from '../konten/konto-fuer-adresse.js';
import { issueToken } from '../konten/tokens.js';
import { enqueueSofortMail, type MailZustellung, sofortZustellen } from '../konten/zustellung.js';
import { enqueueMail } from '../outbox/outbox.js';
import { audit as schreibeAudit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, forbidden, notFound, ValidationError } from '../shared/errors.js';
import { einladungMail, entscheidungMail, hinterlegtMail } from './mails.js';
import {
  istInVertretung,
  MAX_KONTO_VERSUCHE_PRO_STUNDE,
  naechsterStatus,
  nameStimmt,
  nichtInVertretung,
  type PersonAngaben,
  pruefePersonAngaben,
} from './vertretung.rules.js';

type Tx = Prisma.TransactionClient;

const NICHT_GEFUNDEN = 'Die Vertretung wurde nicht gefunden.';
const OFFEN: VertretungStatus[] = ['BEANTRAGT', 'AKTIV'];
/** Rejected requests stay in the principal's list this long, so the decision can be seen. */
const ABGELEHNT_SICHTBAR_MS = 30 * 24 * 60 * 60 * 1000;

const vertretungSelect = {
  id: true,
  status: true,
  vertreterVorname: true,
  vertreterNachname: true,
  vertreterEmail: true,
  createdAt: true,
  entschiedenAt: true,
} as const satisfies Prisma.VertretungSelect;

export type VertretungDto = Omit<
  Prisma.VertretungGetPayload<{ select: typeof vertretungSelect }>,
  'vertreterEmail'
> & {
  /** Null where the principal may not see the deputy's login address (see `mitSichtbarenAdressen`). */
  vertreterEmail: string | null;
};

const principalSicht = { ...vertretungSelect, vertreterUserId: true } as const;
type PrincipalZeile = Prisma.VertretungGetPayload<{ select: typeof principalSicht }>;

/** Audit marker of a deputy picked from the colleague list: the principal never typed the address. */
const AUS_MITARBEITERLISTE = 'MITARBEITERLISTE';

/**
 * A deputy picked from the colleague list (`vertretungMitarbeiterHinzufuegen`) was chosen by name:
 * their login address is shown to the principal only where the principal could see it anyway, as
 * Ausbildungsadministrator of a Betriebsstaette (selected Arbeitsbereich) in which the deputy has a
 * role or is the Ausbilder of a contract (as in benutzerverwaltung and ausbilderListe). Addresses the
 * principal typed in (`vertretungHinzufuegen`, `vertretungBeantragen`) stay visible to them; the
 * deputy always sees their own. How a deputy was named is in the audit event of the addition.
 */
async function mitSichtbarenAdressen(
  deps: DomainDeps,
  viewer: Viewer,
  rows: PrincipalZeile[],
): Promise<VertretungDto[]> {
  const fremde = rows.filter((r) => r.vertreterUserId !== null && r.vertreterUserId !== viewer.userId);
  const ausListe = new Set<string>();
  if (fremde.length > 0) {
    const events = await deps.prisma.auditEvent.findMany({
      where: {
        subjectType: 'Vertretung',
        subjectId: { in: fremde.map((r) => r.id) },
        action: 'VERTRETUNG_HINZUGEFUEGT',
      },
      select: { subjectId: true, data: true },
    });
    for (const e of events) {
      if ((e.data as { weg?: unknown } | null)?.weg === AUS_MITARBEITERLISTE) ausListe.add(e.subjectId);
    }
  }
  const verborgen = fremde.filter((r) => ausListe.has(r.id)).map((r) => r.vertreterUserId!);
  const verwaltet = await verwaltetePersonen(deps, viewer, verborgen);
  return rows.map(({ vertreterUserId, ...row }) => ({
    ...row,
    vertreterEmail: ausListe.has(row.id) && !verwaltet.has(vertreterUserId!) ? null : row.vertreterEmail,
  }));
}

/** Which of these people the viewer administers from the selected Arbeitsbereich (role or contract). */
async function verwaltetePersonen(deps: DomainDeps, viewer: Viewer, userIds: string[]) {
  if (userIds.length === 0 || !istAdministrator(viewer)) return new Set<string>();
  const scope = viewer.current!.verwalteteBetriebsstaetteIds;
  const [rollen, vertraege] = await Promise.all([
    deps.prisma.rollenzuweisung.findMany({
      where: { userId: { in: userIds }, status: 'AKTIV', betriebsstaetteId: { in: scope } },
      select: { userId: true },
    }),
    deps.prisma.ausbildungsverhaeltnis.findMany({
      where: { ausbilderUserId: { in: userIds }, betriebsstaetteId: { in: scope } },
      select: { ausbilderUserId: true },
    }),
  ]);
  return new Set([...rollen.map((r) => r.userId), ...vertraege.map((v) => v.ausbilderUserId!)]);
}

const name = (p: { vorname: string; nachname: string }) => `${p.vorname} ${p.nachname}`.trim();

/** Audit: done by the person logged in, on behalf of the principal while in Vertretung. */
function audit(
  tx: Tx,
  deps: DomainDeps,
  viewer: Viewer,
  action: string,
  vertretungId: string,
  data: Record<string, string | null> = {},
) {
  const unternehmenId = viewer.current?.unternehmenId ?? null;
  return schreibeAudit(
    tx,
    viewer,
    { action, subjectType: 'Vertretung', subjectId: vertretungId, unternehmenId, data },
    deps.clock.now(),
  );
}

/** Serialises changes to one principal's Vertretungen (no two equal ones by parallel requests). */
const sperrePrincipal = (tx: Tx, userId: string) =>
  tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;

async function pruefeKeineDoppelte(
  tx: Tx,
  principalId: string,
  vertreter: { userId?: string; email: string },
) {
  const vorhanden = await tx.vertretung.findFirst({
    where: {
      vertretenerUserId: principalId,
      status: { in: OFFEN },
      OR: [
        { vertreterEmail: vertreter.email },
        ...(vertreter.userId ? [{ vertreterUserId: vertreter.userId }] : []),
      ],
    },
    select: { id: true },
  });
  if (vorhanden) throw new DomainError('VERTRETUNG_VORHANDEN');
}

/** Profil - Vertretung: the principal's own deputies (active, pending, recently rejected). */
export async function meineVertretungen(deps: DomainDeps, viewer: Viewer): Promise<VertretungDto[]> {
  nichtInVertretung(viewer);
  const seit = new Date(deps.clock.now().getTime() - ABGELEHNT_SICHTBAR_MS);
  const rows = await deps.prisma.vertretung.findMany({
    where: {
      vertretenerUserId: viewer.userId,
      OR: [{ status: { in: OFFEN } }, { status: 'ABGELEHNT', entschiedenAt: { gte: seit } }],
    },
    select: principalSicht,
    orderBy: [{ vertreterNachname: 'asc' }, { vertreterVorname: 'asc' }, { id: 'asc' }],
  });
  return mitSichtbarenAdressen(deps, viewer, rows);
}

/**
 * The dropdown "Firmenmitarbeiter/-in als Vertreter/-in": the Ausbilder/-innen of the Unternehmen
 * selected in the header, without the principal and without those already named.
 */
export async function vertretungKandidaten(deps: DomainDeps, viewer: Viewer) {
  nichtInVertretung(viewer);
  const unternehmenId = viewer.current?.art === 'BETRIEBSSTAETTE' ? viewer.current.unternehmenId : null;
  if (!unternehmenId) return [];
  return deps.prisma.user.findMany({
    where: kandidatWhere(viewer.userId, unternehmenId),
    select: { id: true, vorname: true, nachname: true },
    orderBy: [{ nachname: 'asc' }, { vorname: 'asc' }, { id: 'asc' }],
  });
}

const kandidatWhere = (principalId: string, unternehmenId: string) =>
  ({
    id: { not: principalId },
    // Only roles in effect: an invited (not yet accepted) Ausbilder/-in is nobody's colleague yet.
    rollen: { some: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaette: { unternehmenId } } },
    vertretungenAlsVertreter: { none: { vertretenerUserId: principalId, status: { in: OFFEN } } },
  }) satisfies Prisma.UserWhereInput;

/** Naming attempts per principal, in fixed one-hour windows (konten/drosselung.ts). */
const LIMIT_KONTO_VERSUCHE: Limit = { max: MAX_KONTO_VERSUCHE_PRO_STUNDE, fensterMs: 60 * 60 * 1000 };

/**
 * (a) Names an existing account as deputy by e-mail address and name. Both must match the account;
 * an unknown address and a wrong name get the same answer, and the answer echoes only what the
 * principal typed, so the form tells nobody which addresses are registered. Attempts are limited
 * per principal and hour. The deputy is told by e-mail.
 */
export async function vertretungHinzufuegen(deps: DomainDeps, viewer: Viewer, input: PersonAngaben) {
  nichtInVertretung(viewer);
  const angaben = pruefePersonAngaben(input);
  if (await istGedrosselt(deps, `vertretung-konto:${viewer.userId}`, LIMIT_KONTO_VERSUCHE))
    throw new DomainError('VERTRETUNG_ZU_VIELE_VERSUCHE');
  const konto = await deps.prisma.user.findUnique({
    where: { email: angaben.email },
    select: { id: true, vorname: true, nachname: true, email: true },
  });
  if (konto?.id === viewer.userId) throw new DomainError('VERTRETUNG_SELBST', undefined, 'email');
  if (!konto || !nameStimmt(angaben, konto))
    throw new DomainError('VERTRETUNG_KONTO_UNBEKANNT', undefined, 'email');
  // The answer echoes the address the principal typed.
  return aktivAnlegen(deps, viewer, { userId: konto.id, ...angaben }, 'EINGABE');
}

/**
 * (b) Names an Ausbilder/-in of the selected Unternehmen (from `vertretungKandidaten`). The answer
 * has the name; the login address only for an administrator of the person (`mitSichtbarenAdressen`).
 */
export async function vertretungMitarbeiterHinzufuegen(deps: DomainDeps, viewer: Viewer, userId: string) {
  nichtInVertretung(viewer);
  if (userId === viewer.userId) throw new DomainError('VERTRETUNG_SELBST', undefined, 'userId');
  const unternehmenId = viewer.current?.art === 'BETRIEBSSTAETTE' ? viewer.current.unternehmenId : null;
  const kandidat = unternehmenId
    ? await deps.prisma.user.findFirst({
        where: { id: userId, rollen: kandidatWhere(viewer.userId, unternehmenId).rollen },
        select: { id: true, vorname: true, nachname: true, email: true },
      })
    : null;
  // Someone outside the selected Unternehmen is reported as missing: ids reveal nothing.
  if (!kandidat) throw new DomainError('NOT_FOUND', 'Diese Person wurde nicht gefunden.', 'userId');
  const created = await aktivAnlegen(
    deps,
    viewer,
    { ...kandidat, userId: kandidat.id },
    AUS_MITARBEITERLISTE,
  );
  return (await mitSichtbarenAdressen(deps, viewer, [created]))[0];
}

async function aktivAnlegen(
  deps: DomainDeps,
  viewer: Viewer,
  vertreter: PersonAngaben & { userId: string },
  weg: 'EINGABE' | typeof AUS_MITARBEITERLISTE,
): Promise<PrincipalZeile> {
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    await sperrePrincipal(tx, viewer.userId);
    await pruefeKeineDoppelte(tx, viewer.userId, vertreter);
    const principal = await tx.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { vorname: true, nachname: true, email: true },
    });
    const created = await tx.vertretung.create({
      data: {
        vertretenerUserId: viewer.userId,
        vertreterUserId: vertreter.userId,
        vertreterEmail: vertreter.email,
        vertreterVorname: vertreter.vorname,
        vertreterNachname: vertreter.nachname,
        status: 'AKTIV',
        createdAt: now,
        createdById: viewer.userId,
        entschiedenAt: now,
      },
      select: principalSicht,
    });
    await audit(tx, deps, viewer, 'VERTRETUNG_HINZUGEFUEGT', created.id, {
      vertreterUserId: vertreter.userId,
      weg,
    });
    await enqueueMail(
      tx,
      hinterlegtMail(
        vertreter.email,
        name(principal) || principal.email,
        linkTo(deps, '/profil/berechtigungen'),
      ),
      now,
    );
    return created;
  });
}

/**
 * (c) A person without an account (or whose account the principal does not know): pending until
 * the IHK clerk of the principal's Kammer approves; only then are they told and listed as deputy.
 * Whether the address is registered makes no difference to the answer.
 */
export async function vertretungBeantragen(deps: DomainDeps, viewer: Viewer, input: PersonAngaben) {
  nichtInVertretung(viewer);
  const angaben = pruefePersonAngaben(input);
  const kammerId =
    viewer.current?.kammerId ?? viewer.arbeitsbereiche.find((b) => b.kammerId)?.kammerId ?? null;
  if (!kammerId) {
    throw new ValidationError(
      'email',
      'Für Ihr Konto ist keine IHK zuständig, die eine neue Vertretung genehmigen könnte. Bitte hinterlegen Sie eine Person mit bestehendem Konto.',
    );
  }
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    await sperrePrincipal(tx, viewer.userId);
    const principal = await tx.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { email: true },
    });
    if (principal.email === angaben.email) throw new DomainError('VERTRETUNG_SELBST', undefined, 'email');
    await pruefeKeineDoppelte(tx, viewer.userId, { email: angaben.email });
    const created = await tx.vertretung.create({
      data: {
        vertretenerUserId: viewer.userId,
        vertreterEmail: angaben.email,
        vertreterVorname: angaben.vorname,
        vertreterNachname: angaben.nachname,
        kammerId,
        status: 'BEANTRAGT',
        createdAt: now,
        createdById: viewer.userId,
      },
      select: vertretungSelect,
    });
    await audit(tx, deps, viewer, 'VERTRETUNG_BEANTRAGT', created.id, { kammerId });
    return created;
  });
}

/**
 * Ends a Vertretung at once: the principal (also withdrawing a pending request) or the deputy.
 * Sessions of the deputy acting for the principal are refused on their very next request
 * (authenticateSession checks the Vertretung on every request, on every instance).
 */
export async function vertretungBeenden(deps: DomainDeps, viewer: Viewer, vertretungId: string) {
  nichtInVertretung(viewer);
  const now = deps.clock.now();
  const beendet = await deps.prisma.$transaction(async (tx) => {
    const v = await tx.vertretung.findUnique({
      where: { id: vertretungId },
      select: { id: true, status: true, vertretenerUserId: true, vertreterUserId: true },
    });
    const akteur =
      v?.vertretenerUserId === viewer.userId
        ? 'VERTRETENER'
        : v?.vertreterUserId === viewer.userId && v.status === 'AKTIV'
          ? 'VERTRETER'
          : null;
    if (!v || !akteur) throw notFound(NICHT_GEFUNDEN);
    const nach = naechsterStatus(v.status, 'BEENDEN', akteur);
    const claimed = await tx.vertretung.updateMany({
      where: { id: v.id, status: v.status },
      data: { status: nach, beendetAt: now, beendetById: viewer.userId },
    });
    if (claimed.count !== 1) throw new DomainError('VERTRETUNG_UEBERGANG_UNZULAESSIG');
    await audit(tx, deps, viewer, 'VERTRETUNG_BEENDET', v.id, { vorher: v.status });
    return tx.vertretung.findUniqueOrThrow({ where: { id: v.id }, select: principalSicht });
  });
  return (await mitSichtbarenAdressen(deps, viewer, [beendet]))[0];
}

// ---------------------------------------------------------------------------------------------
// IHK back office

function kammerOf(viewer: Viewer): string {
  const kammerId = viewer.current?.art === 'KAMMER' ? viewer.current.id : null;
  if (!kammerId || !istSachbearbeiterDerKammer(viewer, kammerId)) throw forbidden();
  return kammerId;
}

/** Pending deputies of the clerk's own Kammer, oldest first. */
export async function offeneVertretungsantraege(deps: DomainDeps, viewer: Viewer) {
  const kammerId = kammerOf(viewer);
  return deps.prisma.vertretung.findMany({
    where: { kammerId, status: 'BEANTRAGT' },
    select: {
      ...vertretungSelect,
      vertretener: { select: { id: true, vorname: true, nachname: true, email: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

async function beantragteDerKammer(tx: Tx, viewer: Viewer, vertretungId: string) {
  const kammerId = kammerOf(viewer);
  const v = await tx.vertretung.findUnique({
    where: { id: vertretungId },
    include: { vertretener: { select: { vorname: true, nachname: true, email: true } } },
  });
  // Another Kammer's request is reported as missing.
  if (!v || v.kammerId !== kammerId) throw notFound(NICHT_GEFUNDEN);
  // Four eyes: nobody decides about a deputy for themselves (nor for the one they act for).
  if (v.vertretenerUserId === viewer.userId || v.vertretenerUserId === viewer.principalUserId) {
    throw forbidden(
      'Über einen Vertretungsantrag für Sie selbst entscheidet eine andere Sachbearbeiterin oder ein anderer Sachbearbeiter.',
    );
  }
  return v;
}

/**
 * Approves a pending deputy: creates the account (without a password) unless the address is
 * registered by now, activates the Vertretung and e-mails the invitation link (7 days, once).
 * An existing account that can log in (password or PIN) gets a notice instead; one that cannot
 * (e.g. an invitation from elsewhere that expired) gets the invitation link, too.
 * A newly created account has no roles of its own: it can only act for the principal, and only
 * while the Vertretung is AKTIV. Nobody else can take it over: administrators may not correct the
 * e-mail address of an account that takes part in a Vertretung (konten/konto-rules.ts).
 * The mail to the deputy is sent right after the commit; if SMTP fails, `zustellung` says so (the
 * clerk sees the seed's message) and the outbox keeps retrying.
 */
export async function vertretungGenehmigen(
  deps: DomainDeps,
  viewer: Viewer,
  vertretungId: string,
): Promise<{ vertretung: VertretungDto; zustellung: MailZustellung }> {
  const now = deps.clock.now();
  const { vertretung, schluessel } = await deps.prisma.$transaction(async (tx) => {
    const v = await beantragteDerKammer(tx, viewer, vertretungId);
    naechsterStatus(v.status, 'GENEHMIGEN', 'KAMMER');
    // ON CONFLICT DO NOTHING: approving two requests for the same new address at once (two
    // principals) gives one account; approving the same request twice is refused by the claim below.
    const { user, neu } = await kontoFuerAdresse(tx, {
      email: v.vertreterEmail,
      vorname: v.vertreterVorname,
      nachname: v.vertreterNachname,
    });
    const claimed = await tx.vertretung.updateMany({
      where: { id: v.id, status: 'BEANTRAGT' },
      data: { status: 'AKTIV', vertreterUserId: user.id, entschiedenAt: now, entschiedenById: viewer.userId },
    });
    if (claimed.count !== 1) throw new DomainError('VERTRETUNG_UEBERGANG_UNZULAESSIG');
    const vertretener = name(v.vertretener) || v.vertretener.email;
    const vertreter = `${v.vertreterVorname} ${v.vertreterNachname}`;
    let schluessel: string;
    if (!neu && (user.passwordHash || user.pinHash)) {
      schluessel = await enqueueSofortMail(
        tx,
        hinterlegtMail(v.vertreterEmail, vertretener, linkTo(deps, '/profil/berechtigungen')),
        now,
      );
    } else {
      const { token } = await issueToken(
        tx,
        { userId: user.id, zweck: 'EINLADUNG', createdById: viewer.userId },
        now,
      );
      const link = linkTo(deps, `/passwort-setzen?token=${encodeURIComponent(token)}`);
      schluessel = await enqueueSofortMail(
        tx,
        einladungMail(v.vertreterEmail, vertreter, vertretener, link, neu),
        now,
      );
    }
    await enqueueMail(
      tx,
      entscheidungMail(v.vertretener.email, vertreter, true, linkTo(deps, '/profil/vertretung')),
      now,
    );
    await audit(tx, deps, viewer, 'VERTRETUNG_GENEHMIGT', v.id, {
      vertreterUserId: user.id,
      kontoAngelegt: neu ? user.id : null,
    });
    return {
      vertretung: await tx.vertretung.findUniqueOrThrow({ where: { id: v.id }, select: vertretungSelect }),
      schluessel,
    };
  });
  return { vertretung, zustellung: await sofortZustellen(deps, schluessel) };
}

export async function vertretungAblehnen(deps: DomainDeps, viewer: Viewer, vertretungId: string) {
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const v = await beantragteDerKammer(tx, viewer, vertretungId);
    const nach = naechsterStatus(v.status, 'ABLEHNEN', 'KAMMER');
    const claimed = await tx.vertretung.updateMany({
      where: { id: v.id, status: 'BEANTRAGT' },
      data: { status: nach, entschiedenAt: now, entschiedenById: viewer.userId },
    });
    if (claimed.count !== 1) throw new DomainError('VERTRETUNG_UEBERGANG_UNZULAESSIG');
    const vertreter = `${v.vertreterVorname} ${v.vertreterNachname}`;
    await enqueueMail(
      tx,
      entscheidungMail(v.vertretener.email, vertreter, false, linkTo(deps, '/profil/vertretung')),
      now,
    );
    await audit(tx, deps, viewer, 'VERTRETUNG_ABGELEHNT', v.id);
    return tx.vertretung.findUniqueOrThrow({ where: { id: v.id }, select: vertretungSelect });
  });
}

// ---------------------------------------------------------------------------------------------
// Profil - Berechtigungen: acting for someone

/** Whom the person logged in may represent (also while already acting for someone). */
export async function meineBerechtigungen(deps: DomainDeps, viewer: Viewer) {
  const rows = await deps.prisma.vertretung.findMany({
    where: { vertreterUserId: viewer.userId, status: 'AKTIV' },
    select: {
      id: true,
      entschiedenAt: true,
      createdAt: true,
      vertretener: {
        select: {
          id: true,
          vorname: true,
          nachname: true,
          rollen: { select: { betriebsstaette: { select: { unternehmen: { select: { name: true } } } } } },
        },
      },
    },
    orderBy: [{ vertretener: { nachname: 'asc' } }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    seit: r.entschiedenAt ?? r.createdAt,
    vertretener: { id: r.vertretener.id, vorname: r.vertretener.vorname, nachname: r.vertretener.nachname },
    unternehmen: [
      ...new Set(
        r.vertretener.rollen.flatMap((z) => (z.betriebsstaette ? [z.betriebsstaette.unternehmen.name] : [])),
      ),
    ].sort(),
    aktiv: viewer.principalUserId === r.vertretener.id,
  }));
}

/**
 * "Zum Programm": this session acts for the principal of an active Vertretung of the person logged
 * in, in the principal's first Arbeitsbereich. Recorded as an audit event.
 */
export async function vertretungStarten(
  deps: DomainDeps,
  viewer: Viewer,
  vertretungId: string,
): Promise<Viewer> {
  const v = await deps.prisma.vertretung.findFirst({
    where: { id: vertretungId, vertreterUserId: viewer.userId, status: 'AKTIV' },
    select: { id: true, vertretenerUserId: true },
  });
  if (!v) throw notFound(NICHT_GEFUNDEN);
  const bereiche = await loadArbeitsbereiche(deps, v.vertretenerUserId);
  const session = await deps.prisma.$transaction(async (tx) => {
    const updated = await tx.session.update({
      where: { id: viewer.sessionId },
      data: { actingForUserId: v.vertretenerUserId, arbeitsbereich: bereiche[0]?.key ?? null },
    });
    // Straight from acting for one principal to another: leaving the first is recorded too.
    if (istInVertretung(viewer) && viewer.principalUserId !== v.vertretenerUserId)
      await auditVerlassen(tx, deps, viewer);
    await tx.auditEvent.create({
      data: {
        at: deps.clock.now(),
        actorUserId: viewer.userId,
        onBehalfOfUserId: v.vertretenerUserId,
        action: 'VERTRETUNG_GEWECHSELT',
        subjectType: 'Vertretung',
        subjectId: v.id,
        unternehmenId: bereiche[0]?.unternehmenId ?? null,
        data: { sessionId: viewer.sessionId },
      },
    });
    return updated;
  });
  return loadViewer(deps, session);
}

function auditVerlassen(tx: Tx, deps: DomainDeps, viewer: Viewer) {
  return tx.auditEvent.create({
    data: {
      at: deps.clock.now(),
      actorUserId: viewer.userId,
      onBehalfOfUserId: viewer.principalUserId,
      action: 'VERTRETUNG_VERLASSEN',
      subjectType: 'User',
      subjectId: viewer.principalUserId,
      unternehmenId: viewer.current?.unternehmenId ?? null,
      data: { sessionId: viewer.sessionId },
    },
  });
}

/** "Zurück zum eigenen Konto": the session acts for the person logged in again. */
export async function vertretungVerlassen(deps: DomainDeps, viewer: Viewer): Promise<Viewer> {
  // Not acting for anyone: nothing to do (the selected Arbeitsbereich stays).
  if (!istInVertretung(viewer)) return viewer;
  const session = await deps.prisma.$transaction(async (tx) => {
    const updated = await tx.session.update({
      where: { id: viewer.sessionId },
      data: { actingForUserId: null, arbeitsbereich: null },
    });
    await auditVerlassen(tx, deps, viewer);
    return updated;
  });
  return loadViewer(deps, session);
}
