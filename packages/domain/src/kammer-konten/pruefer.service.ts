import type { Viewer } from '../arbeitsbereich/viewer.js';
import { issueToken } from '../konten/tokens.js';
import { enqueueSofortMail, type MailZustellung, sofortZustellen } from '../konten/zustellung.js';
import { audit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError } from '../shared/errors.js';
import { keineSelbstbeguenstigung } from '../vertretung/vertretung.rules.js';
import { prueferEinladungMail, prueferHinweisMail } from './mails.js';
import { type PersonEingabe, validierePerson } from './regeln.js';
import { kammerDesSachbearbeiters, mitWiederholung } from './shared.js';

export interface PrueferDto {
  id: string;
  vorname: string;
  nachname: string;
  email: string;
  /** False while the invitation has not been used to set a password. */
  kontoAktiv: boolean;
  seit: Date;
}

/** The Prueferinnen and Pruefer of the clerk's Kammer. */
export async function listKammerPruefer(deps: DomainDeps, viewer: Viewer): Promise<PrueferDto[]> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const rows = await deps.prisma.rollenzuweisung.findMany({
    where: { kammerId, rolle: 'PRUEFER' },
    select: {
      createdAt: true,
      user: { select: { id: true, vorname: true, nachname: true, email: true, passwordHash: true } },
    },
    orderBy: [{ user: { nachname: 'asc' } }, { user: { vorname: 'asc' } }],
  });
  return rows.map(({ user, createdAt }) => ({
    id: user.id,
    vorname: user.vorname,
    nachname: user.nachname,
    email: user.email,
    kontoAktiv: user.passwordHash !== null,
    seit: createdAt,
  }));
}

export interface PrueferAngelegt {
  pruefer: PrueferDto;
  /** The e-mail belonged to an existing account, which got the role and a notice. */
  bestehendesKonto: boolean;
  einladungVersandt: boolean;
  zustellung: MailZustellung;
}

/**
 * The IHK clerk gives a person a Pruefer account in their Kammer: a new account with an invitation
 * link, or the PRUEFER role added to an existing account (a notice, or an invitation while that
 * account has no password yet). One transaction with the audit event and the mail.
 */
export async function prueferAnlegen(
  deps: DomainDeps,
  viewer: Viewer,
  input: PersonEingabe,
): Promise<PrueferAngelegt> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const person = validierePerson(input);
  const now = deps.clock.now();
  const { schluessel, ...ergebnis } = await mitWiederholung(() =>
    deps.prisma.$transaction(async (tx) => {
      const kammer = await tx.kammer.findUniqueOrThrow({ where: { id: kammerId }, select: { name: true } });
      const bestehend = await tx.user.findUnique({ where: { email: person.email } });
      if (bestehend) {
        keineSelbstbeguenstigung(viewer, bestehend.id);
        const schon = await tx.rollenzuweisung.count({
          where: { userId: bestehend.id, kammerId, rolle: 'PRUEFER' },
        });
        if (schon > 0) throw new DomainError('PRUEFER_BEREITS_EINGETRAGEN', undefined, 'email');
      }
      const user =
        bestehend ??
        (await tx.user.create({
          data: { email: person.email, vorname: person.vorname, nachname: person.nachname, createdAt: now },
        }));
      const rolle = await tx.rollenzuweisung.create({
        data: { userId: user.id, rolle: 'PRUEFER', kammerId, createdById: viewer.userId, createdAt: now },
      });
      await audit(
        tx,
        viewer,
        {
          action: 'PRUEFER_ANGELEGT',
          subjectType: 'Rollenzuweisung',
          subjectId: rolle.id,
          data: { userId: user.id, kammerId, neuesKonto: !bestehend },
        },
        now,
      );
      const facts = { vorname: user.vorname, nachname: user.nachname, kammerName: kammer.name };
      let einladungVersandt = false;
      let schluessel: string;
      if (user.passwordHash) {
        schluessel = await enqueueSofortMail(
          tx,
          prueferHinweisMail(user.email, { ...facts, anmeldung: linkTo(deps, '/anmelden') }),
          now,
        );
      } else {
        const { token } = await issueToken(
          tx,
          { userId: user.id, zweck: 'EINLADUNG', createdById: viewer.userId },
          now,
        );
        const link = linkTo(deps, `/passwort-setzen?token=${encodeURIComponent(token)}`);
        schluessel = await enqueueSofortMail(tx, prueferEinladungMail(user.email, { ...facts, link }), now);
        einladungVersandt = true;
      }
      return {
        pruefer: {
          id: user.id,
          vorname: user.vorname,
          nachname: user.nachname,
          email: user.email,
          kontoAktiv: user.passwordHash !== null,
          seit: rolle.createdAt,
        },
        bestehendesKonto: bestehend !== null,
        einladungVersandt,
        schluessel,
      };
    }),
  );
  return { ...ergebnis, zustellung: await sofortZustellen(deps, schluessel) };
}
