import { isUniqueViolation, type KontoTokenZweck } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { hashToken } from '../auth/auth.service.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { enqueueMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo, logOf } from '../shared/context.js';
import { DomainError, ValidationError } from '../shared/errors.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../shared/passwords.js';
import {
  drosselSchluessel,
  drosselungZaehlen,
  LIMIT_EMAIL_AENDERUNG,
  LIMIT_PASSWORT_PRUEFUNG,
  LIMIT_RESET_ADRESSE,
  LIMIT_RESET_KONTO,
  LIMIT_TOKEN_ADRESSE,
} from './drosselung.js';
import { darfEigeneEmailAendern } from './konto-rules.js';
import {
  emailAenderungHinweisMail,
  emailBereitsVergebenMail,
  emailBestaetigenMail,
  passwortGeaendertMail,
  passwortResetMail,
} from './mails.js';
import { pruefePasswort } from './passwort-regeln.js';
import { tokenZustand } from './token-rules.js';
import { consumeToken, invalidateTokens, issueToken } from './tokens.js';
import { enqueueSofortMail, type MailZustellung, sofortZustellen } from './zustellung.js';

/**
 * The account's own flows: "Passwort vergessen", setting a password from a link, confirming a
 * new e-mail (public, by link), and in the profile changing e-mail and password and ending
 * sessions.
 */

/** The one answer of "Passwort vergessen", whether or not an account exists. */
export const PASSWORT_VERGESSEN_ANTWORT =
  'Wenn ein Konto zu Ihren Angaben existiert, haben wir Ihnen eine E-Mail gesendet.';

const SETZ_ZWECKE: KontoTokenZweck[] = ['EINLADUNG', 'PASSWORT_RESET'];
/**
 * Every link kind of an account. A new password or a confirmed new address kills all of them:
 * otherwise a pending e-mail change (or reset link) requested by whoever held the account before
 * would survive the owner's recovery and hand the account back to them.
 */
const ALLE_ZWECKE: KontoTokenZweck[] = ['EINLADUNG', 'PASSWORT_RESET', 'EMAIL_AENDERUNG'];

/** Security events without personal data beyond ids; the API's stdout goes to the log collector. */
function sicherheitsLog(deps: DomainDeps, event: string, data: Record<string, unknown>) {
  logOf(deps).warn({ event, ...data });
}

// ---------------------------------------------------------------------------------------------
// Public: Passwort vergessen

/**
 * Finds the account by e-mail, Benutzername or (for Azubis) the Identnummer of a contract. For a
 * non-e-mail input both lookups always run, so the response time does not tell which one hit.
 * Identnummern are unique but matched case-insensitively: when they name more than one person,
 * nobody is found (nothing is sent rather than a link to the wrong person).
 */
async function findeKonto(deps: DomainDeps, kennung: string) {
  const select = { id: true, email: true, vorname: true, nachname: true } as const;
  if (kennung.includes('@'))
    return deps.prisma.user.findUnique({ where: { email: normalizeEmail(kennung) }, select });
  const [perName, vertraege] = await Promise.all([
    deps.prisma.user.findUnique({ where: { benutzername: kennung.toLowerCase() }, select }),
    deps.prisma.ausbildungsverhaeltnis.findMany({
      where: { identnummer: { equals: kennung, mode: 'insensitive' }, azubiUserId: { not: null } },
      select: { azubiUser: { select } },
      take: 10,
    }),
  ]);
  if (perName) return perName;
  const personen = new Map(vertraege.flatMap((v) => (v.azubiUser ? [[v.azubiUser.id, v.azubiUser]] : [])));
  return personen.size === 1 ? [...personen.values()][0] : null;
}

/**
 * "Passwort vergessen" by e-mail, Benutzername or Identnummer. Always the same answer, so nobody
 * learns whether an account exists; the e-mail tells the owner. Rate-limited per client address
 * (every request counts) and per account; over a limit nothing is sent and the event is logged,
 * the answer stays the same. Everything that only happens for an existing account (the
 * per-account count, the token, the mail) runs in the background, not awaited, so the response
 * time does not tell either; if SMTP is down the mail stays in the outbox and is retried. Unlike
 * the other flows the page therefore never shows "Leider konnten wir Ihnen keine E-Mail
 * zusenden" here: that would reveal that an account exists.
 */
export async function passwortVergessen(
  deps: DomainDeps,
  input: { kennung: string; clientAdresse: string },
): Promise<{ meldung: string }> {
  const kennung = (input.kennung ?? '').trim();
  if (!kennung) {
    throw new ValidationError(
      'kennung',
      'Bitte geben Sie Ihre E-Mail-Adresse, Ihren Benutzernamen oder Ihre Identnummer ein.',
    );
  }
  if (kennung.length > 254) throw new ValidationError('kennung', 'Die Eingabe ist zu lang.');
  const antwort = { meldung: PASSWORT_VERGESSEN_ANTWORT };
  const now = deps.clock.now();
  // Same work for every request, account or not.
  const [anzahlAdresse, user] = await Promise.all([
    drosselungZaehlen(
      deps.prisma,
      drosselSchluessel('reset:adresse', input.clientAdresse),
      LIMIT_RESET_ADRESSE,
      now,
    ),
    findeKonto(deps, kennung),
  ]);
  if (anzahlAdresse > LIMIT_RESET_ADRESSE.max) {
    sicherheitsLog(deps, 'passwort_vergessen_gedrosselt', {
      grund: 'adresse',
      clientAdresse: input.clientAdresse,
    });
    return antwort;
  }
  if (!user) return antwort;
  void resetLinkSenden(deps, user, now).catch((error: unknown) =>
    sicherheitsLog(deps, 'passwort_vergessen_versand', { userId: user.id, error: String(error) }),
  );
  return antwort;
}

/** The background part of "Passwort vergessen" for an existing account. */
async function resetLinkSenden(
  deps: DomainDeps,
  user: { id: string; email: string; vorname: string; nachname: string },
  now: Date,
): Promise<void> {
  const anzahl = await drosselungZaehlen(deps.prisma, `reset:konto:${user.id}`, LIMIT_RESET_KONTO, now);
  if (anzahl > LIMIT_RESET_KONTO.max) {
    sicherheitsLog(deps, 'passwort_vergessen_gedrosselt', { grund: 'konto', userId: user.id });
    return;
  }
  const key = await deps.prisma.$transaction(async (tx) => {
    const t = await issueToken(tx, { userId: user.id, zweck: 'PASSWORT_RESET' }, now);
    const link = linkTo(deps, `/passwort-setzen?token=${t.token}`);
    const name = `${user.vorname} ${user.nachname}`.trim();
    return enqueueSofortMail(
      tx,
      passwortResetMail(user.email, { name, link, ablauf: t.expiresAt, durch: null }),
      now,
    );
  });
  await sofortZustellen(deps, key);
}

// ---------------------------------------------------------------------------------------------
// Public: links (throttled against guessing)

/**
 * Runs a link action under the per-address limit for failed tokens. The attempt is counted
 * before it runs (atomic, so parallel guesses cannot slip past) and given back unless the
 * token itself was wrong, so only failed tokens use up the budget.
 */
async function mitTokenDrossel<T>(
  deps: DomainDeps,
  clientAdresse: string,
  action: () => Promise<T>,
): Promise<T> {
  // Hashed: the table keeps no client addresses.
  const key = drosselSchluessel('token:adresse', clientAdresse);
  const now = deps.clock.now();
  const anzahl = await drosselungZaehlen(deps.prisma, key, LIMIT_TOKEN_ADRESSE, now);
  if (anzahl > LIMIT_TOKEN_ADRESSE.max) {
    sicherheitsLog(deps, 'link_gedrosselt', { clientAdresse });
    throw new DomainError('ZU_VIELE_VERSUCHE');
  }
  try {
    const result = await action();
    await drosselungZaehlen(deps.prisma, key, LIMIT_TOKEN_ADRESSE, now, -1);
    return result;
  } catch (error) {
    const tokenFalsch =
      error instanceof DomainError && (error.code === 'LINK_UNGUELTIG' || error.code === 'LINK_ABGELAUFEN');
    if (!tokenFalsch) await drosselungZaehlen(deps.prisma, key, LIMIT_TOKEN_ADRESSE, now, -1);
    throw error;
  }
}

async function ladeToken(deps: DomainDeps, token: string, zwecke: KontoTokenZweck[]) {
  const row = token
    ? await deps.prisma.kontoToken.findUnique({
        where: { tokenHash: hashToken(token) },
        include: { user: { select: { id: true, email: true, benutzername: true, vorname: true } } },
      })
    : null;
  if (!row || !zwecke.includes(row.zweck)) throw new DomainError('LINK_UNGUELTIG');
  const zustand = tokenZustand(row, deps.clock.now());
  if (zustand === 'ABGELAUFEN') throw new DomainError('LINK_ABGELAUFEN');
  if (zustand !== 'GUELTIG') throw new DomainError('LINK_UNGUELTIG');
  return row;
}

export interface KontoLinkInfo {
  zweck: KontoTokenZweck;
  /** The account's e-mail (password links) or the new address (e-mail change). */
  email: string;
  vorname: string;
}

/** Tells the page what a link is for before the form is shown; a dead link answers with LINK_*. */
export async function kontoLinkPruefen(
  deps: DomainDeps,
  input: { token: string; clientAdresse: string },
): Promise<KontoLinkInfo> {
  return mitTokenDrossel(deps, input.clientAdresse, async () => {
    const row = await ladeToken(deps, input.token, [...SETZ_ZWECKE, 'EMAIL_AENDERUNG']);
    return {
      zweck: row.zweck,
      email: row.zweck === 'EMAIL_AENDERUNG' ? row.neueEmail! : row.user.email,
      vorname: row.user.vorname,
    };
  });
}

/**
 * Sets the password from an EINLADUNG or PASSWORT_RESET link: once, within its time, with the
 * password rules. Also unlocks the account, records passwordChangedAt, kills every other open
 * link of these kinds and ends all the user's sessions (whoever knew the old password is out).
 * Unlocking lifts both locks, password and PIN: "Passwort vergessen" works while an account is
 * locked, so its owner (also an Ausbildungsbeauftragte who only has a PIN) can always get back in,
 * however often someone else tries to lock it.
 */
export async function passwortSetzen(
  deps: DomainDeps,
  input: { token: string; passwort: string; passwortWiederholung: string; clientAdresse: string },
): Promise<{ email: string }> {
  return mitTokenDrossel(deps, input.clientAdresse, async () => {
    const row = await ladeToken(deps, input.token, SETZ_ZWECKE);
    pruefePasswort(input.passwort, { email: row.user.email, benutzername: row.user.benutzername });
    if (input.passwort !== input.passwortWiederholung) {
      throw new ValidationError('passwortWiederholung', 'Die beiden Passwörter stimmen nicht überein.');
    }
    const passwordHash = await hashPassword(input.passwort);
    const now = deps.clock.now();
    return deps.prisma.$transaction(async (tx) => {
      const token = await consumeToken(tx, input.token, SETZ_ZWECKE, now);
      const user = await tx.user.update({
        where: { id: token.userId },
        data: {
          passwordHash,
          passwordChangedAt: now,
          failedLoginCount: 0,
          lockedUntil: null,
          pinFailedCount: 0,
          pinLockedUntil: null,
        },
        select: { id: true, email: true },
      });
      await invalidateTokens(tx, user.id, ALLE_ZWECKE, now);
      await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
      await tx.auditEvent.create({
        data: {
          actorUserId: user.id,
          action: token.zweck === 'EINLADUNG' ? 'PASSWORT_ERSTMALS_GESETZT' : 'PASSWORT_ZURUECKGESETZT',
          subjectType: 'User',
          subjectId: user.id,
        },
      });
      return { email: user.email };
    });
  });
}

/**
 * Confirms an e-mail change from the link sent to the new address, if the address is still free.
 * The new mailbox now controls the account, so every other open link dies and every session
 * ends except the one confirming (when the confirming browser is logged in as this account).
 */
export async function emailBestaetigen(
  deps: DomainDeps,
  input: { token: string; clientAdresse: string; sessionId?: string | null },
): Promise<{ email: string }> {
  return mitTokenDrossel(deps, input.clientAdresse, async () => {
    await ladeToken(deps, input.token, ['EMAIL_AENDERUNG']);
    const now = deps.clock.now();
    return deps.prisma
      .$transaction(async (tx) => {
        const token = await consumeToken(tx, input.token, ['EMAIL_AENDERUNG'], now);
        const neueEmail = token.neueEmail!;
        const belegt = await tx.user.findUnique({ where: { email: neueEmail }, select: { id: true } });
        if (belegt && belegt.id !== token.userId) throw new DomainError('EMAIL_VERGEBEN');
        const alt = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { email: true } });
        await tx.user.update({ where: { id: token.userId }, data: { email: neueEmail } });
        // The contracts' address follows the account, so the Betrieb sees the current one.
        await tx.ausbildungsverhaeltnis.updateMany({
          where: { azubiUserId: token.userId },
          data: { azubiEmail: neueEmail },
        });
        await invalidateTokens(tx, token.userId, ALLE_ZWECKE, now);
        await tx.session.updateMany({
          where: {
            userId: token.userId,
            revokedAt: null,
            ...(input.sessionId ? { id: { not: input.sessionId } } : {}),
          },
          data: { revokedAt: now },
        });
        await tx.auditEvent.create({
          data: {
            actorUserId: token.userId,
            action: 'EMAIL_GEAENDERT',
            subjectType: 'User',
            subjectId: token.userId,
            data: { alt: alt.email, neu: neueEmail },
          },
        });
        return { email: neueEmail };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new DomainError('EMAIL_VERGEBEN');
        }
        throw error;
      });
  });
}

// ---------------------------------------------------------------------------------------------
// Profil - Zugangsdaten

async function eigenesKonto(deps: DomainDeps, viewer: Viewer) {
  // The logged-in person's own account, also while acting for someone (Vertretung).
  return deps.prisma.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      id: true,
      email: true,
      benutzername: true,
      vorname: true,
      nachname: true,
      passwordHash: true,
      pinHash: true,
      passwordChangedAt: true,
      rollen: { select: { rolle: true } },
    },
  });
}

type EigenesKonto = Awaited<ReturnType<typeof eigenesKonto>>;

const darfEmail = (u: EigenesKonto) =>
  darfEigeneEmailAendern({
    rollen: u.rollen.map((r) => r.rolle),
    hatPasswort: !!u.passwordHash,
    hatPin: !!u.pinHash,
  });

export async function meineZugangsdaten(deps: DomainDeps, viewer: Viewer) {
  const user = await eigenesKonto(deps, viewer);
  const offen = await deps.prisma.kontoToken.findFirst({
    where: {
      userId: user.id,
      zweck: 'EMAIL_AENDERUNG',
      usedAt: null,
      invalidatedAt: null,
      expiresAt: { gt: deps.clock.now() },
    },
    orderBy: { createdAt: 'desc' },
    select: { neueEmail: true, expiresAt: true },
  });
  return {
    email: user.email,
    benutzername: user.benutzername,
    hatPasswort: !!user.passwordHash,
    passwortGeaendertAm: user.passwordChangedAt,
    darfEmailAendern: darfEmail(user),
    offeneEmailAenderung: offen?.neueEmail ?? null,
  };
}

/** Checks the current password, counting wrong ones per account (LIMIT_PASSWORT_PRUEFUNG). */
async function pruefeAktuellesPasswort(
  deps: DomainDeps,
  user: EigenesKonto,
  passwort: string,
  field: string,
) {
  if (!passwort) throw new ValidationError(field, 'Bitte geben Sie Ihr aktuelles Passwort ein.');
  if (!user.passwordHash) {
    await burnPasswordCheck(passwort);
    throw new ValidationError(
      field,
      'Für Ihr Konto ist noch kein Passwort gesetzt. Bitte nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite.',
    );
  }
  const key = `passwortpruefung:konto:${user.id}`;
  const now = deps.clock.now();
  if (
    (await drosselungZaehlen(deps.prisma, key, LIMIT_PASSWORT_PRUEFUNG, now)) > LIMIT_PASSWORT_PRUEFUNG.max
  ) {
    sicherheitsLog(deps, 'passwortpruefung_gedrosselt', { userId: user.id });
    throw new DomainError('ZU_VIELE_VERSUCHE', undefined, field);
  }
  if (!(await verifyPassword(user.passwordHash, passwort))) {
    throw new DomainError('PASSWORT_FALSCH', undefined, field);
  }
  await drosselungZaehlen(deps.prisma, key, LIMIT_PASSWORT_PRUEFUNG, now, -1);
}

/**
 * Requests an e-mail change: a confirmation link to the NEW address, a notice to the old one.
 * A newer request kills every older link (issueToken). If the new address already belongs to an
 * account, that mailbox gets a notice instead of a link and the answer is the same, so the form
 * cannot be used to find out which addresses are registered.
 */
export async function emailAendernAnfordern(
  deps: DomainDeps,
  viewer: Viewer,
  input: { neueEmail: string; passwort: string },
): Promise<MailZustellung> {
  const user = await eigenesKonto(deps, viewer);
  if (!darfEmail(user)) throw new DomainError('EMAIL_AENDERUNG_NICHT_MOEGLICH', undefined, 'neueEmail');
  const neueEmail = normalizeEmail(input.neueEmail ?? '');
  if (!isPlausibleEmail(neueEmail)) {
    throw new ValidationError('neueEmail', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  }
  if (neueEmail === user.email)
    throw new ValidationError('neueEmail', 'Das ist bereits Ihre E-Mail-Adresse.');
  await pruefeAktuellesPasswort(deps, user, input.passwort, 'passwort');
  const now = deps.clock.now();
  // Each request mails an address of the requester's choice: at most LIMIT_EMAIL_AENDERUNG per account.
  const anzahl = await drosselungZaehlen(
    deps.prisma,
    `emailaenderung:konto:${user.id}`,
    LIMIT_EMAIL_AENDERUNG,
    now,
  );
  if (anzahl > LIMIT_EMAIL_AENDERUNG.max) {
    sicherheitsLog(deps, 'email_aenderung_gedrosselt', { userId: user.id });
    throw new DomainError('ZU_VIELE_VERSUCHE', undefined, 'neueEmail');
  }
  const name = `${user.vorname} ${user.nachname}`.trim();
  const keys = await deps.prisma.$transaction(async (tx) => {
    const t = await issueToken(tx, { userId: user.id, zweck: 'EMAIL_AENDERUNG', neueEmail }, now);
    const belegt = await tx.user.findUnique({ where: { email: neueEmail }, select: { id: true } });
    const link = linkTo(deps, `/email-bestaetigen?token=${t.token}`);
    const anNeue = belegt
      ? emailBereitsVergebenMail(neueEmail)
      : emailBestaetigenMail(neueEmail, { name, link, ablauf: t.expiresAt });
    return [
      await enqueueSofortMail(tx, anNeue, now),
      await enqueueSofortMail(tx, emailAenderungHinweisMail(user.email, { name, neueEmail }), now),
    ];
  });
  return sofortZustellen(deps, keys);
}

/** Changes the password with the current one; ends the other sessions and kills open reset links. */
export async function passwortAendern(
  deps: DomainDeps,
  viewer: Viewer,
  input: { aktuellesPasswort: string; neuesPasswort: string; neuesPasswortWiederholung: string },
): Promise<{ beendeteSitzungen: number }> {
  const user = await eigenesKonto(deps, viewer);
  await pruefeAktuellesPasswort(deps, user, input.aktuellesPasswort, 'aktuellesPasswort');
  pruefePasswort(
    input.neuesPasswort,
    { email: user.email, benutzername: user.benutzername },
    'neuesPasswort',
  );
  if (input.neuesPasswort === input.aktuellesPasswort) {
    throw new ValidationError('neuesPasswort', 'Das neue Passwort muss sich vom bisherigen unterscheiden.');
  }
  if (input.neuesPasswort !== input.neuesPasswortWiederholung) {
    throw new ValidationError('neuesPasswortWiederholung', 'Die beiden Passwörter stimmen nicht überein.');
  }
  const passwordHash = await hashPassword(input.neuesPasswort);
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null },
    });
    await invalidateTokens(tx, user.id, ALLE_ZWECKE, now);
    const beendet = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: viewer.sessionId } },
      data: { revokedAt: now },
    });
    await enqueueMail(
      tx,
      passwortGeaendertMail(user.email, { name: `${user.vorname} ${user.nachname}`, wann: now }),
      now,
    );
    await tx.auditEvent.create({
      data: { actorUserId: user.id, action: 'PASSWORT_GEAENDERT', subjectType: 'User', subjectId: user.id },
    });
    return { beendeteSitzungen: beendet.count };
  });
}

// ---------------------------------------------------------------------------------------------
// Profil - Sitzungen

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SitzungDto {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  aktuell: boolean;
  /** Set while this session acts for someone (Vertretung). */
  vertretung: boolean;
}

/** The logged-in person's live sessions, newest activity first. */
export async function meineSitzungen(deps: DomainDeps, viewer: Viewer): Promise<SitzungDto[]> {
  const rows = await deps.prisma.session.findMany({
    where: { userId: viewer.userId, revokedAt: null, expiresAt: { gt: deps.clock.now() } },
    select: {
      id: true,
      userAgent: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      actingForUserId: true,
    },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
    take: 100,
  });
  return rows.map(({ actingForUserId, ...r }) => ({
    ...r,
    aktuell: r.id === viewer.sessionId,
    vertretung: actingForUserId !== null,
  }));
}

/** Ends one of the own sessions ("Abmelden"); someone else's session id is reported as not found. */
export async function sitzungBeenden(deps: DomainDeps, viewer: Viewer, sessionId: string): Promise<void> {
  if (!UUID.test(sessionId))
    throw new DomainError('NOT_FOUND', 'Die Sitzung wurde nicht gefunden oder ist bereits beendet.');
  const { count } = await deps.prisma.session.updateMany({
    where: { id: sessionId, userId: viewer.userId, revokedAt: null },
    data: { revokedAt: deps.clock.now() },
  });
  if (count !== 1)
    throw new DomainError('NOT_FOUND', 'Die Sitzung wurde nicht gefunden oder ist bereits beendet.');
}

/** "Alle anderen Sitzungen beenden": every own session except this one. */
export async function andereSitzungenBeenden(deps: DomainDeps, viewer: Viewer): Promise<number> {
  const { count } = await deps.prisma.session.updateMany({
    where: { userId: viewer.userId, revokedAt: null, id: { not: viewer.sessionId } },
    data: { revokedAt: deps.clock.now() },
  });
  return count;
}
