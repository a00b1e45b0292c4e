import { formularDrosseln } from '../konten/drosselung.js';
import { issueToken } from '../konten/tokens.js';
import { enqueueSofortMail, type MailZustellung, sofortZustellen } from '../konten/zustellung.js';
import { audit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { registrierungBestehendesKontoMail, registrierungEinladungMail } from './mails.js';
import { DROSSELUNG, type PersonEingabe, validierePerson } from './regeln.js';
import { mitWiederholung } from './shared.js';
import { type Absender, kammerFuerFormular } from './unternehmensantrag.service.js';

export interface RegistrierungEingabe extends PersonEingabe {
  kammerId: string;
}

/**
 * Self-registration of a participant of a Fortbildungspruefung (no session). A new e-mail gets an
 * account without password, the role PRUEFUNGSTEILNEHMER at the chosen Kammer and an invitation
 * link; an e-mail that has an account already gets a mail saying so. The caller's answer is the
 * same in both cases, so the form reveals nothing about who has an account.
 */
export async function registrieren(
  deps: DomainDeps,
  input: RegistrierungEingabe,
  absender: Absender,
): Promise<MailZustellung> {
  const person = validierePerson(input);
  const kammer = await kammerFuerFormular(deps.prisma, (input.kammerId ?? '').trim());
  const now = deps.clock.now();
  await formularDrosseln(deps, 'registrierung:adresse', absender.adresse, DROSSELUNG.registrierungProAdresse);
  await formularDrosseln(deps, 'registrierung:email', person.email, DROSSELUNG.registrierungProEmail);
  const schluessel = await mitWiederholung(() =>
    deps.prisma.$transaction(async (tx) => {
      const bestehend = await tx.user.findUnique({
        where: { email: person.email },
        select: {
          id: true,
          passwordHash: true,
          rollen: { where: { kammerId: kammer.id, rolle: 'PRUEFUNGSTEILNEHMER' }, select: { id: true } },
        },
      });
      const einladen = async (userId: string, p: { vorname: string; nachname: string }) => {
        const { token } = await issueToken(tx, { userId, zweck: 'EINLADUNG' }, now);
        const link = linkTo(deps, `/passwort-setzen?token=${encodeURIComponent(token)}`);
        return enqueueSofortMail(
          tx,
          registrierungEinladungMail(person.email, { ...p, kammerName: kammer.name, link }),
          now,
        );
      };
      if (bestehend) {
        // Registered before but never set a password (e.g. the link expired): a fresh link.
        if (!bestehend.passwordHash && bestehend.rollen.length > 0) {
          const u = await tx.user.findUniqueOrThrow({ where: { id: bestehend.id } });
          return einladen(u.id, u);
        }
        return enqueueSofortMail(
          tx,
          registrierungBestehendesKontoMail(person.email, {
            kammerName: kammer.name,
            anmeldung: linkTo(deps, '/anmelden'),
            passwortVergessen: linkTo(deps, '/passwort-vergessen'),
          }),
          now,
        );
      }
      const user = await tx.user.create({
        data: { email: person.email, vorname: person.vorname, nachname: person.nachname, createdAt: now },
      });
      const rolle = await tx.rollenzuweisung.create({
        data: { userId: user.id, rolle: 'PRUEFUNGSTEILNEHMER', kammerId: kammer.id, createdAt: now },
      });
      await audit(
        tx,
        { userId: user.id, principalUserId: user.id },
        {
          action: 'PRUEFUNGSTEILNEHMER_REGISTRIERT',
          subjectType: 'Rollenzuweisung',
          subjectId: rolle.id,
          data: { kammerId: kammer.id },
        },
        now,
      );
      return einladen(user.id, person);
    }),
  );
  return sofortZustellen(deps, schluessel);
}
