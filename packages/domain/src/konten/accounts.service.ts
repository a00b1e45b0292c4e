import { isUniqueViolation, Prisma, type Rolle } from '@portal/db';
import { istAdministrator, verwaltetBetriebsstaette } from '../arbeitsbereich/abilities.js';
import { type Viewer } from '../arbeitsbereich/viewer.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { einladungSenden, istMitglied, rolleFuerAdresse } from '../rollen/einladung.js';
import { audit as schreibeAudit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, forbidden, notFound, ValidationError } from '../shared/errors.js';
import { adminDarfKontoEmailAendern, gleicherName, type KontoStatus, kontoStatus } from './konto-rules.js';
import { einladungMail, kontoVerknuepftMail, passwortResetMail } from './mails.js';
import { invalidateTokens, issueToken } from './tokens.js';
import { enqueueSofortMail, type MailZustellung, sofortZustellen } from './zustellung.js';

/**
 * "Account erstellen", "Passwort zurücksetzen" and "E-Mail-Adresse ändern" for Azubis (from the
 * Azubi-Verwaltung) and Ausbilder/-innen (from the Ausbilder list), by an
 * Ausbildungsadministrator for the Betriebsstaetten they administer.
 */

export interface KontoAktionErgebnis {
  /** What happened, in German, for the page's status message. */
  meldung: string;
  zustellung: MailZustellung;
}

type Tx = Prisma.TransactionClient;

const ROLLE_TEXT: Partial<Record<Rolle, string>> = {
  AZUBI: 'Auszubildende/r',
  AUSBILDER: 'Ausbilder/-in',
};

function pruefeEmail(raw: string | null | undefined, field = 'email'): string {
  const email = normalizeEmail(raw ?? '');
  if (!email) throw new ValidationError(field, 'Bitte geben Sie eine E-Mail-Adresse ein.');
  if (!isPlausibleEmail(email))
    throw new ValidationError(field, 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  return email;
}

function pruefeName(raw: string | null | undefined, field: string, label: string): string {
  const name = (raw ?? '').trim();
  if (!name) throw new ValidationError(field, `Bitte geben Sie den ${label} ein.`);
  if (name.length > 100)
    throw new ValidationError(field, `Der ${label} darf höchstens 100 Zeichen lang sein.`);
  return name;
}

function audit(
  tx: Tx,
  viewer: Viewer,
  action: string,
  subject: { type: string; id: string },
  unternehmenId: string,
  data: Prisma.InputJsonValue,
) {
  return schreibeAudit(tx, viewer, {
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    unternehmenId,
    data,
  });
}

async function staetteInfo(tx: Tx, betriebsstaetteId: string) {
  return tx.betriebsstaette.findUniqueOrThrow({
    where: { id: betriebsstaetteId },
    select: { id: true, name: true, unternehmenId: true, unternehmen: { select: { name: true } } },
  });
}

/**
 * Sends the right mail for an account: an EINLADUNG link while it cannot log in (no password and
 * no PIN; 7 days), otherwise a notice (linked) or a PASSWORT_RESET link (reset). Returns the
 * outbox key.
 */
async function zugangsMail(
  deps: DomainDeps,
  tx: Tx,
  viewer: Viewer,
  user: {
    id: string;
    email: string;
    vorname: string;
    nachname: string;
    passwordHash: string | null;
    pinHash: string | null;
  },
  art: 'EINLADUNG_ODER_HINWEIS' | 'EINLADUNG_ODER_RESET',
  staette: { unternehmen: { name: string } },
  rolleDesKontos: Rolle,
  now: Date,
): Promise<string> {
  const name = `${user.vorname} ${user.nachname}`.trim();
  const wer = `Ihr Ausbildungsbetrieb ${staette.unternehmen.name}`;
  const rolle = ROLLE_TEXT[rolleDesKontos] ?? rolleDesKontos;
  if (kontoStatus(user) !== 'AKTIV') {
    const t = await issueToken(tx, { userId: user.id, zweck: 'EINLADUNG', createdById: viewer.userId }, now);
    const link = linkTo(deps, `/passwort-setzen?token=${t.token}`);
    return enqueueSofortMail(
      tx,
      einladungMail(user.email, { name, link, ablauf: t.expiresAt, wer, rolle }),
      now,
    );
  }
  if (art === 'EINLADUNG_ODER_HINWEIS') {
    return enqueueSofortMail(
      tx,
      kontoVerknuepftMail(user.email, { name, wer, rolle, anmeldung: linkTo(deps, '/anmelden') }),
      now,
    );
  }
  const t = await issueToken(
    tx,
    { userId: user.id, zweck: 'PASSWORT_RESET', createdById: viewer.userId },
    now,
  );
  const link = linkTo(deps, `/passwort-setzen?token=${t.token}`);
  return enqueueSofortMail(
    tx,
    passwortResetMail(user.email, { name, link, ablauf: t.expiresAt, durch: wer }),
    now,
  );
}

const meldungErstellt = (email: string) =>
  `Der Account wurde erstellt. Eine E-Mail mit dem Link zum Festlegen des Passworts ging an ${email}.`;
const meldungEingeladen = (email: string, wer: string) =>
  `Eine Einladung ging an ${email}. Der Zugang wirkt, sobald ${wer} die Einladung unter „Profil – Berechtigungen“ annimmt.`;
const meldungReset = (email: string) =>
  `Ein Link zum Festlegen eines neuen Passworts wurde an ${email} gesendet.`;

/** Unique e-mail raced by a parallel request: report it like a taken address. */
function alsEmailVergeben(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new DomainError('EMAIL_VERGEBEN', undefined, 'email');
  }
  throw error;
}

/**
 * The takeover guard for changing an account's LOGIN e-mail from the administration (see
 * adminDarfKontoEmailAendern): gathers the account's roles, contracts and Vertretungen and
 * whether an administrator of this Unternehmen created it.
 */
async function kontoEmailUmstellbar(
  tx: Tx,
  viewer: Viewer,
  user: { id: string; passwordHash: string | null; pinHash: string | null; lastLoginAt: Date | null },
  unternehmenId: string,
): Promise<boolean> {
  const [rollen, vertraege, vertretungen, angelegt] = await Promise.all([
    tx.rollenzuweisung.findMany({ where: { userId: user.id }, select: { betriebsstaetteId: true } }),
    tx.ausbildungsverhaeltnis.findMany({
      where: { OR: [{ azubiUserId: user.id }, { ausbilderUserId: user.id }] },
      select: { betriebsstaetteId: true },
    }),
    tx.vertretung.count({ where: { OR: [{ vertretenerUserId: user.id }, { vertreterUserId: user.id }] } }),
    tx.auditEvent.count({
      where: {
        unternehmenId,
        AND: [
          { data: { path: ['neuesKonto'], equals: true } },
          {
            OR: [
              { action: 'AUSBILDER_ACCOUNT_ERSTELLT', subjectType: 'User', subjectId: user.id },
              { action: 'AZUBI_ACCOUNT_ERSTELLT', data: { path: ['userId'], equals: user.id } },
            ],
          },
        ],
      },
    }),
  ]);
  return adminDarfKontoEmailAendern(
    {
      ...user,
      betriebsstaetteIds: [...rollen, ...vertraege].map((r) => r.betriebsstaetteId),
      hatVertretungen: vertretungen > 0,
      vonDiesemUnternehmenAngelegt: angelegt > 0,
    },
    viewer.current!.verwalteteBetriebsstaetteIds,
  );
}

/**
 * Switches an account's login e-mail after the takeover guard passed: refuses a taken address,
 * and links already sent to the old address die with it (the caller sends the new invitation).
 */
async function kontoEmailUmstellen(tx: Tx, userId: string, email: string, now: Date) {
  const belegt = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (belegt) throw new DomainError('EMAIL_VERGEBEN', undefined, 'email');
  const geaendert = await tx.user.update({ where: { id: userId }, data: { email } });
  await invalidateTokens(tx, userId, ['PASSWORT_RESET', 'EMAIL_AENDERUNG'], now);
  return geaendert;
}

// ---------------------------------------------------------------------------------------------
// Azubis (Azubi-Verwaltung)

async function vertragImZugriff(tx: Tx, viewer: Viewer, vertragId: string) {
  if (!istAdministrator(viewer)) throw forbidden();
  const vertrag = await tx.ausbildungsverhaeltnis.findUnique({
    where: { id: vertragId },
    select: {
      id: true,
      betriebsstaetteId: true,
      azubiVorname: true,
      azubiNachname: true,
      azubiEmail: true,
      azubiUser: {
        select: {
          id: true,
          email: true,
          vorname: true,
          nachname: true,
          passwordHash: true,
          pinHash: true,
          lastLoginAt: true,
        },
      },
    },
  });
  // Outside the viewer's reach the contract is reported as missing: ids of other Unternehmen reveal nothing.
  if (!vertrag || !verwaltetBetriebsstaette(viewer, vertrag.betriebsstaetteId)) {
    throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
  }
  return vertrag;
}

/**
 * Links the account behind `email` (created without password if there is none) to the contract
 * and gives it the AZUBI role there: AKTIV for a member of the Unternehmen (with the usual
 * invitation link or notice), otherwise an invitation the person accepts (rolleFuerAdresse).
 */
async function azubiVerknuepfen(
  deps: DomainDeps,
  tx: Tx,
  viewer: Viewer,
  vertrag: { id: string; betriebsstaetteId: string; azubiVorname: string; azubiNachname: string },
  email: string,
  now: Date,
): Promise<{ schluessel: string; art: 'EINGELADEN' | 'NEU' | 'VERKNUEPFT' }> {
  const staette = await staetteInfo(tx, vertrag.betriebsstaetteId);
  const vorhanden = await tx.user.findUnique({
    where: { email },
    select: { id: true, vorname: true, nachname: true },
  });
  // Only for a member of the Unternehmen may the admin learn that the address belongs to someone
  // else; for anyone else the owner decides (accepting checks the name, einladungAnnehmen).
  if (
    vorhanden &&
    (await istMitglied(tx, vorhanden.id, staette.unternehmenId)) &&
    !gleicherName(vorhanden, { vorname: vertrag.azubiVorname, nachname: vertrag.azubiNachname })
  ) {
    throw new DomainError('KONTO_ANDERE_PERSON', undefined, 'email');
  }
  const e = await rolleFuerAdresse(
    deps,
    tx,
    viewer,
    {
      email,
      betriebsstaetteId: vertrag.betriebsstaetteId,
      rolle: 'AZUBI',
      vorname: vertrag.azubiVorname,
      nachname: vertrag.azubiNachname,
    },
    now,
  );
  // Conditional: of two admins clicking at once, one links the account.
  const linked = await tx.ausbildungsverhaeltnis.updateMany({
    where: { id: vertrag.id, azubiUserId: null },
    data: { azubiUserId: e.user.id, azubiEmail: email },
  });
  if (linked.count !== 1) throw new DomainError('KONTO_BEREITS_VORHANDEN');
  await audit(
    tx,
    viewer,
    'AZUBI_ACCOUNT_ERSTELLT',
    { type: 'Ausbildungsverhaeltnis', id: vertrag.id },
    staette.unternehmenId,
    {
      userId: e.user.id,
      neuesKonto: e.neuesKonto,
    },
  );
  if (!e.mitglied) {
    // An invitation (or the one sent before, again): the same answer for every non-member.
    const key = e.mailKey ?? (await einladungSenden(deps, tx, viewer, e.user, e.staette, 'AZUBI', now));
    return { schluessel: key, art: 'EINGELADEN' as const };
  }
  const key = await zugangsMail(deps, tx, viewer, e.user, 'EINLADUNG_ODER_HINWEIS', staette, 'AZUBI', now);
  return {
    schluessel: key,
    art: kontoStatus(e.user) !== 'AKTIV' ? ('NEU' as const) : ('VERKNUEPFT' as const),
  };
}

/**
 * "Account erstellen": links a user with this e-mail (created without a password if there is
 * none) to the contract, gives them the AZUBI role in its Betriebsstaette, and e-mails an
 * EINLADUNG link (or, for an account that can already log in, a notice). For a member of the
 * Unternehmen the account is linked only when its name is the contract's Azubi
 * (KONTO_ANDERE_PERSON); anyone else is invited and gives the same answer whatever the address,
 * and only a person the contract names can accept (einladungAnnehmen).
 */
export async function azubiAccountErstellen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { vertragId: string; email: string },
): Promise<KontoAktionErgebnis> {
  const now = deps.clock.now();
  let email = '';
  const { schluessel, art } = await deps.prisma
    .$transaction(async (tx) => {
      // Authorization first: outside the viewer's reach nothing is validated or revealed.
      const vertrag = await vertragImZugriff(tx, viewer, input.vertragId);
      email = pruefeEmail(input.email);
      if (vertrag.azubiUser) throw new DomainError('KONTO_BEREITS_VORHANDEN');
      return azubiVerknuepfen(deps, tx, viewer, vertrag, email, now);
    })
    .catch(alsEmailVergeben);
  const zustellung = await sofortZustellen(deps, schluessel);
  return {
    meldung:
      art === 'EINGELADEN'
        ? meldungEingeladen(email, 'die oder der Auszubildende')
        : art === 'NEU'
          ? meldungErstellt(email)
          : `Das bestehende Konto ${email} wurde dem Ausbildungsverhältnis zugeordnet und per E-Mail benachrichtigt.`,
    zustellung,
  };
}

/** "Passwort zurücksetzen" for the Azubi of a contract: a reset link (or a new invitation while no password is set). */
export async function azubiPasswortZuruecksetzen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { vertragId: string },
): Promise<KontoAktionErgebnis> {
  const now = deps.clock.now();
  const { schluessel, email } = await deps.prisma.$transaction(async (tx) => {
    const vertrag = await vertragImZugriff(tx, viewer, input.vertragId);
    if (!vertrag.azubiUser) throw new DomainError('KEIN_KONTO');
    const staette = await staetteInfo(tx, vertrag.betriebsstaetteId);
    await audit(
      tx,
      viewer,
      'PASSWORT_RESET_GESENDET',
      { type: 'User', id: vertrag.azubiUser.id },
      staette.unternehmenId,
      {
        vertragId: vertrag.id,
      },
    );
    const key = await zugangsMail(
      deps,
      tx,
      viewer,
      vertrag.azubiUser,
      'EINLADUNG_ODER_RESET',
      staette,
      'AZUBI',
      now,
    );
    return { schluessel: key, email: vertrag.azubiUser.email };
  });
  return {
    meldung: meldungReset(email),
    zustellung: await sofortZustellen(deps, schluessel),
  };
}

/**
 * "E-Mail-Adresse ändern": corrects the contract's address. The login e-mail of the account
 * changes with it only while nobody uses the account and it lives entirely in the admin's reach
 * (adminDarfKontoEmailAendern); then a fresh invitation goes to the new address and the old link
 * dies. An account in use keeps its login e-mail: its owner changes it under Profil - Zugangsdaten,
 * confirmed from the new mailbox, so no administrator can redirect someone else's account.
 */
export async function azubiEmailAendern(
  deps: DomainDeps,
  viewer: Viewer,
  input: { vertragId: string; email: string },
): Promise<KontoAktionErgebnis & { kontoEmailGeaendert: boolean }> {
  const now = deps.clock.now();
  let email = '';
  const ergebnis = await deps.prisma
    .$transaction(async (tx) => {
      const vertrag = await vertragImZugriff(tx, viewer, input.vertragId);
      email = pruefeEmail(input.email);
      const staette = await staetteInfo(tx, vertrag.betriebsstaetteId);
      await tx.ausbildungsverhaeltnis.update({ where: { id: vertrag.id }, data: { azubiEmail: email } });
      const user = vertrag.azubiUser;
      let kontoEmailGeaendert = false;
      let einladungVerlegt = false;
      let key: string | null = null;
      const offeneEinladung =
        user &&
        (await tx.rollenzuweisung.findFirst({
          where: {
            userId: user.id,
            betriebsstaetteId: vertrag.betriebsstaetteId,
            rolle: 'AZUBI',
            status: 'EINGELADEN',
          },
          select: { id: true },
        }));
      if (user && offeneEinladung && user.email !== email) {
        // Not accepted yet: the invitation moves to the new address, with the same answer whether
        // the old address was an account this Unternehmen created (switched, as below) or someone
        // else's (the invitation is withdrawn from it and the new address invited).
        if (await kontoEmailUmstellbar(tx, viewer, user, staette.unternehmenId)) {
          const geaendert = await kontoEmailUmstellen(tx, user.id, email, now);
          key = await einladungSenden(deps, tx, viewer, geaendert, staette, 'AZUBI', now);
        } else {
          await tx.rollenzuweisung.delete({ where: { id: offeneEinladung.id } });
          await tx.ausbildungsverhaeltnis.update({ where: { id: vertrag.id }, data: { azubiUserId: null } });
          await audit(
            tx,
            viewer,
            'ROLLE_ZURUECKGEZOGEN',
            { type: 'Rollenzuweisung', id: offeneEinladung.id },
            staette.unternehmenId,
            { userId: user.id, betriebsstaetteId: vertrag.betriebsstaetteId, rolle: 'AZUBI' },
          );
          key = (await azubiVerknuepfen(deps, tx, viewer, vertrag, email, now)).schluessel;
        }
        // The same answer in both cases: whether the old address was new is not the admin's to learn.
        einladungVerlegt = true;
      } else if (user && user.email !== email) {
        const darf = await kontoEmailUmstellbar(tx, viewer, user, staette.unternehmenId);
        if (darf) {
          const geaendert = await kontoEmailUmstellen(tx, user.id, email, now);
          kontoEmailGeaendert = true;
          key = await zugangsMail(
            deps,
            tx,
            viewer,
            geaendert,
            'EINLADUNG_ODER_HINWEIS',
            staette,
            'AZUBI',
            now,
          );
        }
      }
      await audit(
        tx,
        viewer,
        'AZUBI_EMAIL_GEAENDERT',
        { type: 'Ausbildungsverhaeltnis', id: vertrag.id },
        staette.unternehmenId,
        {
          alt: vertrag.azubiEmail,
          neu: email,
          kontoEmailGeaendert,
        },
      );
      return {
        key,
        kontoEmailGeaendert,
        einladungVerlegt,
        hatKonto: !!user,
        kontoEmail: user?.email ?? null,
      };
    })
    .catch(alsEmailVergeben);
  const zustellung = ergebnis.key
    ? await sofortZustellen(deps, ergebnis.key)
    : { zugestellt: true, meldung: null, hinweis: null };
  let meldung = `Die E-Mail-Adresse des Ausbildungsverhältnisses wurde in ${email} geändert.`;
  if (ergebnis.einladungVerlegt) {
    meldung += ' Die Einladung ging neu an diese Adresse; die Einladung an die alte Adresse gilt nicht mehr.';
  } else if (ergebnis.kontoEmailGeaendert) {
    meldung +=
      ' Der noch nicht genutzte Account wurde umgestellt; eine neue Einladung ging an die neue Adresse, der alte Link ist ungültig.';
  } else if (ergebnis.hatKonto && ergebnis.kontoEmail !== email) {
    meldung += ` Der Account wird bereits genutzt und meldet sich weiter mit ${ergebnis.kontoEmail} an: Die Anmelde-E-Mail-Adresse ändert die oder der Auszubildende selbst unter „Profil – Zugangsdaten“.`;
  }
  return { meldung, zustellung, kontoEmailGeaendert: ergebnis.kontoEmailGeaendert };
}

// ---------------------------------------------------------------------------------------------
// Ausbilder/-innen

export interface AusbilderZeile {
  userId: string;
  vorname: string;
  nachname: string;
  email: string;
  kontoStatus: KontoStatus;
  /** Betriebsstaetten (in reach) where they hold the AUSBILDER role or are named in a contract. */
  betriebsstaetten: { id: string; name: string }[];
  hatAusbilderRolle: boolean;
  anzahlAzubis: number;
}

function scopeOf(viewer: Viewer, betriebsstaetteId?: string | null): string[] {
  if (!istAdministrator(viewer)) throw forbidden();
  const scope = viewer.current!.verwalteteBetriebsstaetteIds;
  if (!betriebsstaetteId) return scope;
  if (!scope.includes(betriebsstaetteId)) throw notFound('Die Betriebsstätte wurde nicht gefunden.');
  return [betriebsstaetteId];
}

/** Users holding the AUSBILDER role in, or named as Ausbilder/-in in a contract of, the Betriebsstaetten. */
const ausbilderIn = (scope: string[]) =>
  ({
    OR: [
      { rollen: { some: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaetteId: { in: scope } } } },
      { ausbilderVertraege: { some: { betriebsstaetteId: { in: scope } } } },
    ],
  }) satisfies Prisma.UserWhereInput;

/**
 * An Ausbilder/-in (by role or contract) of the given Betriebsstaetten, with the Betriebsstaette
 * they belong to there; NOT_FOUND outside the viewer's reach.
 */
async function ausbilderImZugriff(tx: Tx, scope: string[], userId: string) {
  const user = await tx.user.findFirst({
    where: { id: userId, ...ausbilderIn(scope) },
    select: {
      id: true,
      email: true,
      vorname: true,
      nachname: true,
      passwordHash: true,
      pinHash: true,
      lastLoginAt: true,
      rollen: {
        where: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaetteId: { in: scope } },
        select: { betriebsstaetteId: true },
        take: 1,
      },
      ausbilderVertraege: {
        where: { betriebsstaetteId: { in: scope } },
        select: { betriebsstaetteId: true },
        take: 1,
      },
    },
  });
  if (!user) throw notFound('Die Person wurde nicht gefunden.');
  return { user, staetteId: (user.rollen[0] ?? user.ausbilderVertraege[0]).betriebsstaetteId! };
}

/** The Ausbilder/-innen of the administered Betriebsstaetten: role holders and those named in contracts. */
export async function listAusbilder(
  deps: DomainDeps,
  viewer: Viewer,
  input: { betriebsstaetteId?: string | null } = {},
): Promise<AusbilderZeile[]> {
  const scope = scopeOf(viewer, input.betriebsstaetteId);
  const users = await deps.prisma.user.findMany({
    where: ausbilderIn(scope),
    select: {
      id: true,
      vorname: true,
      nachname: true,
      email: true,
      passwordHash: true,
      pinHash: true,
      rollen: {
        where: { rolle: 'AUSBILDER', status: 'AKTIV', betriebsstaetteId: { in: scope } },
        select: { betriebsstaette: { select: { id: true, name: true } } },
      },
      ausbilderVertraege: {
        where: { betriebsstaetteId: { in: scope } },
        select: { betriebsstaette: { select: { id: true, name: true } } },
      },
    },
    orderBy: [{ nachname: 'asc' }, { vorname: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return users.map((u) => {
    const staetten = new Map<string, { id: string; name: string }>();
    for (const r of [...u.rollen, ...u.ausbilderVertraege])
      if (r.betriebsstaette) staetten.set(r.betriebsstaette.id, r.betriebsstaette);
    return {
      userId: u.id,
      vorname: u.vorname,
      nachname: u.nachname,
      email: u.email,
      kontoStatus: kontoStatus(u),
      betriebsstaetten: [...staetten.values()].sort((a, b) => a.name.localeCompare(b.name, 'de')),
      hatAusbilderRolle: u.rollen.length > 0,
      anzahlAzubis: u.ausbilderVertraege.length,
    };
  });
}

/**
 * "Account erstellen" for an Ausbilder/-in: a user with this e-mail (created if new), the
 * AUSBILDER role in the Betriebsstaette, and an EINLADUNG link (or a notice for an account with
 * a password). The names of an existing account are not changed.
 */
export async function ausbilderAccountErstellen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { betriebsstaetteId: string; email: string; vorname: string; nachname: string },
): Promise<KontoAktionErgebnis> {
  scopeOf(viewer, input.betriebsstaetteId);
  const email = pruefeEmail(input.email);
  const vorname = pruefeName(input.vorname, 'vorname', 'Vornamen');
  const nachname = pruefeName(input.nachname, 'nachname', 'Nachnamen');
  const now = deps.clock.now();
  const { key, art } = await deps.prisma
    .$transaction(async (tx) => {
      const staette = await staetteInfo(tx, input.betriebsstaetteId);
      const e = await rolleFuerAdresse(
        deps,
        tx,
        viewer,
        { email, betriebsstaetteId: staette.id, rolle: 'AUSBILDER', vorname, nachname },
        now,
      );
      if (e.mitglied && !e.neueRolle && kontoStatus(e.user) === 'AKTIV')
        throw new DomainError('KONTO_BEREITS_VORHANDEN', undefined, 'email');
      await audit(
        tx,
        viewer,
        'AUSBILDER_ACCOUNT_ERSTELLT',
        { type: 'User', id: e.user.id },
        staette.unternehmenId,
        {
          betriebsstaetteId: staette.id,
          neuesKonto: e.neuesKonto,
        },
      );
      if (!e.mitglied) {
        // Not a member (a new account, another Unternehmen's, nobody's): an invitation, the same
        // answer in every case; sent again when the invitation is still open.
        const k = e.mailKey ?? (await einladungSenden(deps, tx, viewer, e.user, e.staette, 'AUSBILDER', now));
        return { key: k, art: 'EINGELADEN' as const };
      }
      const k = await zugangsMail(
        deps,
        tx,
        viewer,
        e.user,
        'EINLADUNG_ODER_HINWEIS',
        staette,
        'AUSBILDER',
        now,
      );
      return { key: k, art: kontoStatus(e.user) !== 'AKTIV' ? ('NEU' as const) : ('VERKNUEPFT' as const) };
    })
    .catch(alsEmailVergeben);
  return {
    meldung:
      art === 'EINGELADEN'
        ? meldungEingeladen(email, 'die Person')
        : art === 'NEU'
          ? meldungErstellt(email)
          : `Das bestehende Konto ${email} hat jetzt die Rolle Ausbilder/-in und wurde per E-Mail benachrichtigt.`,
    zustellung: await sofortZustellen(deps, key),
  };
}

/** "Passwort zurücksetzen" for an Ausbilder/-in of the administered Betriebsstaetten. */
export async function ausbilderPasswortZuruecksetzen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { userId: string },
): Promise<KontoAktionErgebnis> {
  const scope = scopeOf(viewer);
  const now = deps.clock.now();
  const { key, email } = await deps.prisma.$transaction(async (tx) => {
    const { user, staetteId } = await ausbilderImZugriff(tx, scope, input.userId);
    const staette = await staetteInfo(tx, staetteId);
    await audit(
      tx,
      viewer,
      'PASSWORT_RESET_GESENDET',
      { type: 'User', id: user.id },
      staette.unternehmenId,
      {},
    );
    const k = await zugangsMail(deps, tx, viewer, user, 'EINLADUNG_ODER_RESET', staette, 'AUSBILDER', now);
    return { key: k, email: user.email };
  });
  return {
    meldung: meldungReset(email),
    zustellung: await sofortZustellen(deps, key),
  };
}

/**
 * "E-Mail-Adresse ändern" for an Ausbilder/-in of the administered Betriebsstaetten: corrects a
 * mistyped address of an account this Unternehmen created and nobody uses yet (same takeover
 * guard as for Azubis); a fresh invitation goes to the new address and the old link dies. An
 * account in use (or one the Unternehmen did not create) is refused with
 * KONTO_EMAIL_NICHT_AENDERBAR: its owner changes the address under Profil - Zugangsdaten.
 */
export async function ausbilderEmailAendern(
  deps: DomainDeps,
  viewer: Viewer,
  input: { userId: string; email: string },
): Promise<KontoAktionErgebnis & { kontoEmailGeaendert: boolean }> {
  const scope = scopeOf(viewer);
  const now = deps.clock.now();
  let email = '';
  const key = await deps.prisma
    .$transaction(async (tx) => {
      // Authorization first: outside the viewer's reach nothing is validated or revealed.
      const { user, staetteId } = await ausbilderImZugriff(tx, scope, input.userId);
      email = pruefeEmail(input.email);
      if (email === user.email) throw new ValidationError('email', 'Das ist bereits die E-Mail-Adresse.');
      const staette = await staetteInfo(tx, staetteId);
      if (!(await kontoEmailUmstellbar(tx, viewer, user, staette.unternehmenId))) {
        throw new DomainError('KONTO_EMAIL_NICHT_AENDERBAR', undefined, 'email');
      }
      const geaendert = await kontoEmailUmstellen(tx, user.id, email, now);
      await audit(
        tx,
        viewer,
        'AUSBILDER_EMAIL_GEAENDERT',
        { type: 'User', id: user.id },
        staette.unternehmenId,
        { alt: user.email, neu: email },
      );
      return zugangsMail(deps, tx, viewer, geaendert, 'EINLADUNG_ODER_HINWEIS', staette, 'AUSBILDER', now);
    })
    .catch(alsEmailVergeben);
  return {
    meldung: `Die E-Mail-Adresse wurde in ${email} geändert. Eine neue Einladung ging an die neue Adresse, der alte Link ist ungültig.`,
    zustellung: await sofortZustellen(deps, key),
    kontoEmailGeaendert: true,
  };
}
