import type { Prisma, Rolle, RollenStatus } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { generatePin } from '../auth/pin.js';
import { kontoFuerAdresse } from '../konten/konto-fuer-adresse.js';
import { kontoStatus } from '../konten/konto-rules.js';
import {
  rollenEinladungMail,
  rollenEinladungNeuesKontoMail,
  rollenEinladungPinMail,
} from '../konten/mails.js';
import { issueToken } from '../konten/tokens.js';
import { enqueueSofortMail } from '../konten/zustellung.js';
import { audit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { hashPassword } from '../shared/passwords.js';
import { keineSelbstbeguenstigung } from '../vertretung/vertretung.rules.js';

type Tx = Prisma.TransactionClient;

/** German role names for mails and messages. */
export const ROLLEN_BEZEICHNUNG: Partial<Record<Rolle, string>> = {
  AUSBILDUNGSADMINISTRATOR: 'Ausbildungsadministrator/-in',
  AUSBILDER: 'Ausbilder/-in',
  AUSBILDUNGSBEAUFTRAGTE: 'Ausbildungsbeauftragte/r',
  AZUBI: 'Auszubildende/r',
};
export const rollenBezeichnung = (rolle: Rolle) => ROLLEN_BEZEICHNUNG[rolle] ?? rolle;

/**
 * A member of an Unternehmen holds an AKTIV role at one of its Betriebsstaetten (any of them, not
 * only those the admin manages: within one Unternehmen people are known to each other). Only a
 * member can be found by an admin (benutzerSuchen), get a role by id (rolleZuweisen), or get a role
 * that takes effect without their consent. Everyone else is invited.
 */
export const mitgliedWhere = (unternehmenId: string) =>
  ({ status: 'AKTIV', betriebsstaette: { unternehmenId } }) satisfies Prisma.RollenzuweisungWhereInput;

export async function istMitglied(tx: Pick<Tx, 'rollenzuweisung'>, userId: string, unternehmenId: string) {
  return (await tx.rollenzuweisung.count({ where: { userId, ...mitgliedWhere(unternehmenId) } })) > 0;
}

/** The status a new company role gets: in effect for members, an invitation for everyone else. */
export const statusFuerNeueRolle = (mitglied: boolean): RollenStatus => (mitglied ? 'AKTIV' : 'EINGELADEN');

export interface RolleFuerAdresseInput {
  email: string;
  betriebsstaetteId: string;
  rolle: Rolle;
  /** Used only when the address has no account yet. */
  vorname: string;
  nachname: string;
}

export interface RolleFuerAdresseErgebnis {
  user: {
    id: string;
    email: string;
    vorname: string;
    nachname: string;
    passwordHash: string | null;
    pinHash: string | null;
  };
  staette: { id: string; name: string; unternehmenId: string; unternehmen: { name: string } };
  zuweisung: { id: string; status: RollenStatus };
  neuesKonto: boolean;
  neueRolle: boolean;
  mitglied: boolean;
  /** Outbox key of the invitation mail (EINGELADEN only); the caller delivers it after the commit. */
  mailKey: string | null;
}

/**
 * The one place that gives a company role to the person behind an e-mail address an admin typed
 * (Benutzerverwaltung "einladen", Ausbilder- and Azubi-"Account erstellen"). Creates the account
 * (without password) if there is none. A member of the Unternehmen gets the role AKTIV; anyone else
 * (another Unternehmen's account, an account of nobody yet, a new account) gets it EINGELADEN, with
 * an invitation mail, and it takes effect only when they accept. The caller's answer must look the
 * same for all non-members. Never for oneself while deputising (keineSelbstbeguenstigung).
 * An existing role of that kind is returned as it is (neueRolle false) and mails nothing, also
 * when a parallel request created it a moment ago (the second of two parallel calls behaves as if
 * it had come after the first).
 */
export async function rolleFuerAdresse(
  deps: DomainDeps,
  tx: Tx,
  viewer: Viewer,
  input: RolleFuerAdresseInput,
  now: Date,
): Promise<RolleFuerAdresseErgebnis> {
  const staette = await tx.betriebsstaette.findUniqueOrThrow({
    where: { id: input.betriebsstaetteId },
    select: { id: true, name: true, unternehmenId: true, unternehmen: { select: { name: true } } },
  });
  // Account and role are inserted with ON CONFLICT DO NOTHING: a parallel request for the same
  // address (or the same role) waits for the other's commit and then finds what it created.
  const { user, neu } = await kontoFuerAdresse(tx, {
    email: input.email,
    vorname: input.vorname,
    nachname: input.nachname,
    createdAt: now,
  });
  keineSelbstbeguenstigung(viewer, user.id);
  const mitglied = await istMitglied(tx, user.id, staette.unternehmenId);
  const rolleDerAdresse = { userId: user.id, betriebsstaetteId: staette.id, rolle: input.rolle };
  const basis = { user, staette, neuesKonto: neu, mitglied };
  const bisher = await tx.rollenzuweisung.findFirst({
    where: rolleDerAdresse,
    select: { id: true, status: true },
  });
  if (bisher) return { ...basis, zuweisung: bisher, neueRolle: false, mailKey: null };

  const status = statusFuerNeueRolle(mitglied);
  const [zuweisung] = await tx.rollenzuweisung.createManyAndReturn({
    data: [
      {
        ...rolleDerAdresse,
        status,
        createdById: viewer.userId,
        ...(status === 'AKTIV' ? { wirksamAb: now, wirksamDurchId: viewer.userId } : {}),
      },
    ],
    skipDuplicates: true,
    select: { id: true, status: true },
  });
  if (!zuweisung) {
    // A parallel request gave the same role a moment ago: as if this one had come second.
    const parallel = await tx.rollenzuweisung.findFirstOrThrow({
      where: rolleDerAdresse,
      select: { id: true, status: true },
    });
    return { ...basis, zuweisung: parallel, neueRolle: false, mailKey: null };
  }
  await audit(
    tx,
    viewer,
    {
      action: status === 'AKTIV' ? 'ROLLE_ZUGEWIESEN' : 'ROLLE_EINGELADEN',
      subjectType: 'Rollenzuweisung',
      subjectId: zuweisung.id,
      unternehmenId: staette.unternehmenId,
      data: { userId: user.id, betriebsstaetteId: staette.id, rolle: input.rolle },
    },
    now,
  );
  const mailKey =
    status === 'EINGELADEN' ? await einladungSenden(deps, tx, viewer, user, staette, input.rolle, now) : null;
  return { ...basis, zuweisung, neueRolle: true, mailKey };
}

/**
 * The invitation mail: an account that can log in is told to accept under "Profil –
 * Berechtigungen"; one that cannot gets an EINLADUNG link to set a password (7 days, once), or a
 * PIN for the role Ausbildungsbeauftragte (as the seed's approvers log in).
 */
export async function einladungSenden(
  deps: DomainDeps,
  tx: Tx,
  viewer: Viewer,
  user: RolleFuerAdresseErgebnis['user'],
  staette: RolleFuerAdresseErgebnis['staette'],
  rolle: Rolle,
  now: Date,
): Promise<string> {
  const f = {
    unternehmen: staette.unternehmen.name,
    betriebsstaette: staette.name,
    rolle: rollenBezeichnung(rolle),
  };
  const name = `${user.vorname} ${user.nachname}`.trim();
  if (kontoStatus(user) === 'AKTIV') {
    const mail = rollenEinladungMail(user.email, {
      ...f,
      name,
      berechtigungen: linkTo(deps, '/profil/berechtigungen'),
    });
    return enqueueSofortMail(tx, mail, now);
  }
  if (rolle === 'AUSBILDUNGSBEAUFTRAGTE') {
    const pin = generatePin();
    await tx.user.update({ where: { id: user.id }, data: { pinHash: await hashPassword(pin) } });
    const mail = rollenEinladungPinMail(user.email, { ...f, pin, anmeldung: linkTo(deps, '/anmelden/pin') });
    return enqueueSofortMail(tx, mail, now);
  }
  const t = await issueToken(tx, { userId: user.id, zweck: 'EINLADUNG', createdById: viewer.userId }, now);
  const link = linkTo(deps, `/passwort-setzen?token=${t.token}`);
  return enqueueSofortMail(
    tx,
    rollenEinladungNeuesKontoMail(user.email, { ...f, name, link, ablauf: t.expiresAt }),
    now,
  );
}
