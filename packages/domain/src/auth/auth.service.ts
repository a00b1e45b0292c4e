import { createHash, randomBytes } from 'node:crypto';
import { loadViewer, type Viewer } from '../arbeitsbereich/viewer.js';
import { drosselSchluessel, drosselungZaehlen, type Limit } from '../konten/drosselung.js';
import { BEIM_LOGIN_UNGUELTIG } from '../konten/token-rules.js';
import { type DomainDeps, logOf } from '../shared/context.js';
import { DomainError, ValidationError } from '../shared/errors.js';
import { burnPasswordCheck, verifyPassword } from '../shared/passwords.js';
import { vertretungGiltNoch } from '../vertretung/vertretung.rules.js';
import {
  isLocked,
  normalizeEmail,
  SESSION_TOUCH_MS,
  sessionExpiry,
  sperrMeldung,
  verbleibendeVersuche,
} from './login-rules.js';
import { isPinFormat, PIN_LENGTH } from './pin.js';
import { erfolgBuchen, type SecretKind, versuchReservieren } from './sperre.js';

export interface LoginInput {
  email: string;
  password: string;
  userAgent?: string;
  /** The client's address (API: `req.ip`), for the per-address limit of failed attempts. */
  clientAdresse?: string;
}

export interface LoginResult {
  sessionId: string;
  userId: string;
  /** Given to the client once (cookie); only its hash is stored. */
  csrfToken: string;
  expiresAt: Date;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function login(deps: DomainDeps, input: LoginInput): Promise<LoginResult> {
  if (!input.password) throw new ValidationError('password', 'Bitte geben Sie Ihr Passwort ein.');
  return mitAdressDrossel(deps, input.clientAdresse, () =>
    loginWithSecret(deps, input.email, input.password, 'password', input.userAgent),
  );
}

export interface PinLoginInput {
  email: string;
  pin: string;
  userAgent?: string;
  clientAdresse?: string;
}

/** Ausbildungsbeauftragte sign in with the PIN they were e-mailed once. */
export async function loginWithPin(deps: DomainDeps, input: PinLoginInput): Promise<LoginResult> {
  const pin = (input.pin ?? '').replace(/\s/g, '');
  if (!isPinFormat(pin)) throw new ValidationError('pin', `Die PIN besteht aus ${PIN_LENGTH} Ziffern.`);
  return mitAdressDrossel(deps, input.clientAdresse, () =>
    loginWithSecret(deps, input.email, pin, 'pin', input.userAgent),
  );
}

/**
 * Failed password and PIN logins per client address (IPv6 by /64, see drosselAdresse): the
 * per-account lock stops guessing one account, this stops one network from trying a few
 * passwords on many accounts. High enough for an office behind one NAT address.
 */
export const LIMIT_LOGIN_ADRESSE: Limit = { max: 30, fensterMs: 15 * 60 * 1000 };

/** Errors that count as a failed attempt: wrong secret, unknown or locked account, no secret set. */
const FEHLVERSUCHE: ReadonlySet<string> = new Set([
  'ANMELDUNG_UNBEKANNT',
  'ANMELDUNG_FALSCHES_PASSWORT',
  'ANMELDUNG_FALSCHE_PIN',
  'ANMELDUNG_KEIN_PASSWORT',
  'ANMELDUNG_KEINE_PIN',
  'KONTO_GESPERRT',
]);

/**
 * Runs a login under the per-address limit. The attempt is counted before it runs (one atomic
 * statement, so parallel attempts on several instances cannot slip past) and given back unless it
 * failed, so only failures use up the budget: a successful login never counts.
 */
async function mitAdressDrossel<T>(
  deps: DomainDeps,
  clientAdresse: string | undefined,
  action: () => Promise<T>,
): Promise<T> {
  if (!clientAdresse) return action();
  // Hashed: the table keeps no client addresses.
  const key = drosselSchluessel('login:adresse', clientAdresse);
  const now = deps.clock.now();
  const zurueck = () => drosselungZaehlen(deps.prisma, key, LIMIT_LOGIN_ADRESSE, now, -1);
  if ((await drosselungZaehlen(deps.prisma, key, LIMIT_LOGIN_ADRESSE, now)) > LIMIT_LOGIN_ADRESSE.max) {
    // The refusal itself is no failure: the count stays at the limit until the window ends.
    await zurueck();
    logOf(deps).warn({ event: 'anmeldung_gedrosselt', clientAdresse });
    throw new DomainError('ANMELDUNG_ADRESSE_GEDROSSELT');
  }
  try {
    const result = await action();
    await zurueck();
    return result;
  } catch (error) {
    if (!(error instanceof DomainError && FEHLVERSUCHE.has(error.code))) await zurueck();
    throw error;
  }
}

/**
 * The lock and the counter are decided in the database, one atomic statement per step, so that
 * concurrent attempts on any number of API instances (one PostgreSQL, or PGlite) cannot slip
 * past it: every attempt first reserves a place in the budget of MAX_FAILED_LOGINS
 * (`versuchReservieren`; no place: KONTO_GESPERRT without checking the secret), then the secret
 * is checked. A wrong one needs no further write (it was counted, and the attempt that filled the
 * budget set the lock). The right one logs in only if no lock was set meanwhile
 * (`erfolgBuchen`). So between two resets at most MAX_FAILED_LOGINS attempts are checked at all.
 */
async function loginWithSecret(
  deps: DomainDeps,
  rawEmail: string,
  secret: string,
  kind: SecretKind,
  userAgent: string | undefined,
): Promise<LoginResult> {
  const email = normalizeEmail(rawEmail ?? '');
  if (!email) throw new ValidationError('email', 'Bitte geben Sie Ihre E-Mail-Adresse ein.');
  const now = deps.clock.now();
  const user = await deps.prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, lockedUntil: true, pinHash: true, pinLockedUntil: true },
  });
  if (!user) {
    await burnPasswordCheck(secret);
    throw new DomainError('ANMELDUNG_UNBEKANNT', undefined, 'email');
  }
  const hash = kind === 'password' ? user.passwordHash : user.pinHash;
  if (!hash) {
    // Nothing to guess here, so nothing is counted.
    const lockedUntil = kind === 'password' ? user.lockedUntil : user.pinLockedUntil;
    if (isLocked({ lockedUntil }, now)) throw lockedError(lockedUntil!);
    await burnPasswordCheck(secret);
    if (kind === 'pin') throw new DomainError('ANMELDUNG_KEINE_PIN', undefined, 'email');
    throw new DomainError('ANMELDUNG_KEIN_PASSWORT', undefined, 'email');
  }

  const versuch = await versuchReservieren(deps.prisma, user.id, kind, now);
  if (!versuch) throw await gesperrtFehler(deps, user.id, kind, now);
  if (!(await verifyPassword(hash, secret))) {
    if (versuch.lockedUntil) throw lockedError(versuch.lockedUntil);
    throw falschesGeheimnis(kind, verbleibendeVersuche(versuch.count));
  }

  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = sessionExpiry(now, now);
  const session = await deps.prisma.$transaction(async (tx) => {
    if (!(await erfolgBuchen(tx, user.id, kind, hash, versuch, now))) return null;
    const created = await tx.session.create({
      data: {
        userId: user.id,
        csrfTokenHash: hashToken(csrfToken),
        userAgent: userAgent?.slice(0, 300),
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
      },
    });
    // Whoever still knows the password is the owner: open reset links die (konten/tokens.ts).
    if (kind === 'password') {
      await tx.kontoToken.updateMany({
        where: {
          userId: user.id,
          zweck: { in: [...BEIM_LOGIN_UNGUELTIG] },
          usedAt: null,
          invalidatedAt: null,
        },
        data: { invalidatedAt: now },
      });
    }
    return created;
  });
  if (!session) throw await erfolgVerweigert(deps, user.id, kind, hash, now);
  return { sessionId: session.id, userId: user.id, csrfToken, expiresAt };
}

/** No place in the budget: the lock, with its end if it is (still) set. */
async function gesperrtFehler(deps: DomainDeps, userId: string, kind: SecretKind, now: Date) {
  const user = await deps.prisma.user.findUnique({
    where: { id: userId },
    select: { lockedUntil: true, pinLockedUntil: true },
  });
  const lockedUntil = (kind === 'password' ? user?.lockedUntil : user?.pinLockedUntil) ?? null;
  return isLocked({ lockedUntil }, now)
    ? lockedError(lockedUntil!)
    : new DomainError('KONTO_GESPERRT', undefined, 'email');
}

/**
 * The right secret, but the login was not booked: a lock was set meanwhile (KONTO_GESPERRT), or
 * the secret was replaced meanwhile ("Passwort vergessen", a new PIN), so the one given is no
 * longer right.
 */
async function erfolgVerweigert(deps: DomainDeps, userId: string, kind: SecretKind, hash: string, now: Date) {
  const user = await deps.prisma.user.findUnique({ where: { id: userId } });
  const jetzt =
    kind === 'password'
      ? { hash: user?.passwordHash, count: user?.failedLoginCount, lockedUntil: user?.lockedUntil }
      : { hash: user?.pinHash, count: user?.pinFailedCount, lockedUntil: user?.pinLockedUntil };
  if (jetzt.hash !== hash) return falschesGeheimnis(kind, verbleibendeVersuche(jetzt.count ?? 0));
  const lockedUntil = jetzt.lockedUntil ?? null;
  return isLocked({ lockedUntil }, now)
    ? lockedError(lockedUntil!)
    : new DomainError('KONTO_GESPERRT', undefined, 'email');
}

function falschesGeheimnis(kind: SecretKind, remaining: number) {
  const was = kind === 'pin' ? 'Die PIN ist' : 'Das Passwort ist';
  return new DomainError(
    kind === 'pin' ? 'ANMELDUNG_FALSCHE_PIN' : 'ANMELDUNG_FALSCHES_PASSWORT',
    `${was} nicht korrekt. Nach ${remaining} weiteren Fehlversuch${remaining === 1 ? '' : 'en'} wird Ihr Konto für 24 Stunden gesperrt.`,
    kind,
    { verbleibendeVersuche: remaining },
  );
}

function lockedError(until: Date) {
  return new DomainError('KONTO_GESPERRT', sperrMeldung(until), 'email', {
    gesperrtBis: until.toISOString(),
  });
}

export interface AuthenticatedSession {
  viewer: Viewer;
  csrfTokenHash: string;
  /**
   * The session acted for someone whose Vertretung has ended since: `viewer` is the person's own,
   * and every protected field of this request answers VERTRETUNG_BEENDET.
   */
  vertretungBeendet?: boolean;
}

/**
 * Resolves a session id from the signed cookie to a Viewer, or null when the session has ended
 * (logged out, revoked, expired). Reads the database on every request, so a logout on one API
 * instance takes effect on all of them.
 */
export async function authenticateSession(
  deps: DomainDeps,
  sessionId: string,
): Promise<AuthenticatedSession | null> {
  const now = deps.clock.now();
  // The deputy's active Vertretungen come along in the same statement (relation join), so acting
  // for someone is re-checked on every request at no extra query (see vertretung/).
  const session = await deps.prisma.session.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        select: {
          vertretungenAlsVertreter: { where: { status: 'AKTIV' }, select: { vertretenerUserId: true } },
        },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await deps.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: sessionExpiry(session.createdAt, now) },
    });
  }
  if (!vertretungGiltNoch(session.actingForUserId, session.user.vertretungenAlsVertreter)) {
    // The Vertretung was ended (on any instance): this request is refused, the session acts for
    // the person logged in again from now on.
    await deps.prisma.session.updateMany({
      where: { id: session.id, actingForUserId: session.actingForUserId },
      data: { actingForUserId: null, arbeitsbereich: null },
    });
    const eigene = { ...session, actingForUserId: null, arbeitsbereich: null };
    return {
      viewer: await loadViewer(deps, eigene),
      csrfTokenHash: session.csrfTokenHash,
      vertretungBeendet: true,
    };
  }
  return { viewer: await loadViewer(deps, session), csrfTokenHash: session.csrfTokenHash };
}

export async function logout(deps: DomainDeps, viewer: Viewer): Promise<void> {
  await deps.prisma.session.updateMany({
    where: { id: viewer.sessionId, revokedAt: null },
    data: { revokedAt: deps.clock.now() },
  });
}

/** Switches the Betriebsstaette (or Kammer) for this session; only one where the user has a role. */
export async function selectArbeitsbereich(deps: DomainDeps, viewer: Viewer, key: string): Promise<Viewer> {
  const bereich = viewer.arbeitsbereiche.find((b) => b.key === key);
  if (!bereich) throw new DomainError('ARBEITSBEREICH_UNZULAESSIG', undefined, 'arbeitsbereich');
  await deps.prisma.session.update({ where: { id: viewer.sessionId }, data: { arbeitsbereich: key } });
  return { ...viewer, current: bereich };
}

export async function loadUser(deps: DomainDeps, userId: string) {
  const user = await deps.prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, vorname: true, nachname: true },
  });
  if (!user) throw new DomainError('SESSION_ABGELAUFEN');
  return user;
}
