import type { AntragStatus, Prisma } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { formularDrosseln } from '../konten/drosselung.js';
import { issueToken } from '../konten/tokens.js';
import { enqueueSofortMail, type MailZustellung, sofortZustellen } from '../konten/zustellung.js';
import { enqueueMail } from '../outbox/outbox.js';
import { audit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, notFound, ValidationError } from '../shared/errors.js';
import { keineSelbstbeguenstigung } from '../vertretung/vertretung.rules.js';
import {
  antragAbgelehntMail,
  antragEingangMail,
  antragGenehmigtEinladungMail,
  antragGenehmigtHinweisMail,
} from './mails.js';
import {
  ABLEHNUNGSGRUND_MAX,
  DROSSELUNG,
  type UnternehmensantragEingabe,
  validiereText,
  validiereUnternehmensantrag,
} from './regeln.js';
import { kammerDesSachbearbeiters, mitWiederholung } from './shared.js';

/** The Kammern a public form offers (IHK selection on /registrieren and /unternehmen-beantragen). */
export async function listOeffentlicheKammern(deps: DomainDeps) {
  return deps.prisma.kammer.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export async function kammerFuerFormular(
  tx: Pick<Prisma.TransactionClient, 'kammer'>,
  kammerId: string,
): Promise<{ id: string; name: string }> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const kammer = uuid.test(kammerId)
    ? await tx.kammer.findUnique({ where: { id: kammerId }, select: { id: true, name: true } })
    : null;
  if (!kammer) throw new ValidationError('kammerId', 'Bitte wählen Sie Ihre IHK aus.');
  return kammer;
}

/** Who sent a public form: the client address for the rate limit. */
export interface Absender {
  adresse: string;
}

/**
 * Online application of a company (no session). The answer is the same whatever the e-mail
 * address: whether it has an account is decided by the IHK clerk on approval, never shown here.
 */
export async function unternehmenBeantragen(
  deps: DomainDeps,
  input: UnternehmensantragEingabe,
  absender: Absender,
): Promise<MailZustellung> {
  const werte = validiereUnternehmensantrag(input);
  const kammer = await kammerFuerFormular(deps.prisma, werte.kammerId);
  const now = deps.clock.now();
  await formularDrosseln(deps, 'antrag:adresse', absender.adresse, DROSSELUNG.antragProAdresse);
  await formularDrosseln(deps, 'antrag:email', werte.email, DROSSELUNG.antragProEmail);
  const schluessel = await deps.prisma.$transaction(async (tx) => {
    await tx.unternehmensantrag.create({
      data: {
        kammerId: kammer.id,
        firmenname: werte.firmenname,
        strasse: werte.strasse,
        plz: werte.plz,
        ort: werte.ort,
        bundesland: werte.bundesland,
        unternehmensEmail: werte.unternehmensEmail,
        vorname: werte.vorname,
        nachname: werte.nachname,
        email: werte.email,
        createdAt: now,
      },
    });
    return enqueueSofortMail(tx, antragEingangMail(werte.email, { ...werte, kammerName: kammer.name }), now);
  });
  return sofortZustellen(deps, schluessel);
}

const antragSelect = {
  id: true,
  firmenname: true,
  strasse: true,
  plz: true,
  ort: true,
  bundesland: true,
  unternehmensEmail: true,
  vorname: true,
  nachname: true,
  email: true,
  status: true,
  begruendung: true,
  createdAt: true,
  entschiedenAt: true,
  unternehmenId: true,
} as const satisfies Prisma.UnternehmensantragSelect;

export type UnternehmensantragDto = Prisma.UnternehmensantragGetPayload<{ select: typeof antragSelect }> & {
  /** Whether the applicant's e-mail already has an account (shown to the clerk only). */
  bestehendesKonto: boolean;
};

async function mitKontoInfo(
  prisma: Pick<Prisma.TransactionClient, 'user'>,
  rows: Prisma.UnternehmensantragGetPayload<{ select: typeof antragSelect }>[],
): Promise<UnternehmensantragDto[]> {
  const emails = [...new Set(rows.map((r) => r.email))];
  const users =
    emails.length === 0
      ? []
      : await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const bekannt = new Set(users.map((u) => u.email));
  return rows.map((r) => ({ ...r, bestehendesKonto: bekannt.has(r.email) }));
}

/** The applications of the clerk's own Kammer, oldest first (open ones by default). */
export async function listUnternehmensantraege(
  deps: DomainDeps,
  viewer: Viewer,
  filter: { status?: AntragStatus | null } = {},
): Promise<UnternehmensantragDto[]> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const rows = await deps.prisma.unternehmensantrag.findMany({
    where: { kammerId, status: filter.status ?? 'BEANTRAGT' },
    select: antragSelect,
    orderBy: [{ createdAt: filter.status && filter.status !== 'BEANTRAGT' ? 'desc' : 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return mitKontoInfo(deps.prisma, rows);
}

/** Claims an open application of the clerk's Kammer for a decision; exactly one decision wins. */
async function entscheiden(
  tx: Prisma.TransactionClient,
  kammerId: string,
  id: string,
  data: Prisma.UnternehmensantragUpdateManyMutationInput,
) {
  const antrag = await tx.unternehmensantrag.findFirst({
    where: { id, kammerId },
    include: { kammer: { select: { name: true } } },
  });
  if (!antrag) throw notFound('Der Antrag wurde nicht gefunden.');
  const claimed = await tx.unternehmensantrag.updateMany({ where: { id, status: 'BEANTRAGT' }, data });
  if (claimed.count !== 1) throw new DomainError('ANTRAG_BEREITS_ENTSCHIEDEN');
  return antrag;
}

export interface AntragEntscheidung {
  antrag: UnternehmensantragDto;
  /** True: the applicant got a link to set a password; false: an existing account got a notice. */
  einladungVersandt: boolean;
  zustellung: MailZustellung;
}

/**
 * Approves an application in ONE transaction: the Unternehmen with its Hauptsitz, the applicant's
 * account (or the existing one with that e-mail) as Ausbildungsadministrator/-in there, the
 * invitation mail (or a notice to an account that has a password), the audit events.
 */
export async function unternehmensantragGenehmigen(
  deps: DomainDeps,
  viewer: Viewer,
  id: string,
): Promise<AntragEntscheidung> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const now = deps.clock.now();
  const ergebnis = await mitWiederholung(() =>
    deps.prisma.$transaction(async (tx) => {
      const antrag = await entscheiden(tx, kammerId, id, {
        status: 'GENEHMIGT',
        entschiedenAt: now,
        entschiedenById: viewer.userId,
      });
      const unternehmen = await tx.unternehmen.create({
        data: { name: antrag.firmenname, kammerId, email: antrag.unternehmensEmail, createdAt: now },
      });
      const hauptsitz = await tx.betriebsstaette.create({
        data: {
          unternehmenId: unternehmen.id,
          name: antrag.firmenname,
          art: 'HAUPTSITZ',
          strasse: antrag.strasse,
          plz: antrag.plz,
          ort: antrag.ort,
          bundesland: antrag.bundesland,
          createdAt: now,
        },
      });
      const bestehend = await tx.user.findUnique({ where: { email: antrag.email } });
      if (bestehend) keineSelbstbeguenstigung(viewer, bestehend.id);
      const user =
        bestehend ??
        (await tx.user.create({
          data: { email: antrag.email, vorname: antrag.vorname, nachname: antrag.nachname, createdAt: now },
        }));
      const rolle = await tx.rollenzuweisung.create({
        data: {
          userId: user.id,
          rolle: 'AUSBILDUNGSADMINISTRATOR',
          betriebsstaetteId: hauptsitz.id,
          createdById: viewer.userId,
          createdAt: now,
        },
      });
      await tx.unternehmensantrag.update({ where: { id }, data: { unternehmenId: unternehmen.id } });
      await audit(
        tx,
        viewer,
        {
          action: 'UNTERNEHMENSANTRAG_GENEHMIGT',
          subjectType: 'Unternehmensantrag',
          subjectId: id,
          unternehmenId: unternehmen.id,
          data: { userId: user.id, neuesKonto: !bestehend },
        },
        now,
      );
      await audit(
        tx,
        viewer,
        {
          action: 'ROLLE_ZUGEWIESEN',
          subjectType: 'Rollenzuweisung',
          subjectId: rolle.id,
          unternehmenId: unternehmen.id,
          data: { userId: user.id, betriebsstaetteId: hauptsitz.id, rolle: 'AUSBILDUNGSADMINISTRATOR' },
        },
        now,
      );
      const facts = { ...antrag, kammerName: antrag.kammer.name };
      if (user.passwordHash) {
        const schluessel = await enqueueSofortMail(
          tx,
          antragGenehmigtHinweisMail(user.email, { ...facts, anmeldung: linkTo(deps, '/anmelden') }),
          now,
        );
        return { einladungVersandt: false, schluessel };
      }
      const { token } = await issueToken(
        tx,
        { userId: user.id, zweck: 'EINLADUNG', createdById: viewer.userId },
        now,
      );
      const schluessel = await enqueueSofortMail(
        tx,
        antragGenehmigtEinladungMail(user.email, {
          ...facts,
          link: linkTo(deps, `/passwort-setzen?token=${encodeURIComponent(token)}`),
        }),
        now,
      );
      return { einladungVersandt: true, schluessel };
    }),
  );
  const zustellung = await sofortZustellen(deps, ergebnis.schluessel);
  return { antrag: await ladeAntrag(deps, id), einladungVersandt: ergebnis.einladungVersandt, zustellung };
}

/** Refuses an application with a reason, which the applicant receives by e-mail. */
export async function unternehmensantragAblehnen(
  deps: DomainDeps,
  viewer: Viewer,
  input: { id: string; begruendung: string },
): Promise<UnternehmensantragDto> {
  const kammerId = kammerDesSachbearbeiters(viewer);
  const begruendung = validiereText(
    'begruendung',
    input.begruendung,
    'Bitte geben Sie eine Begründung für die Ablehnung an.',
    ABLEHNUNGSGRUND_MAX,
  );
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const antrag = await entscheiden(tx, kammerId, input.id, {
      status: 'ABGELEHNT',
      begruendung,
      entschiedenAt: now,
      entschiedenById: viewer.userId,
    });
    await audit(
      tx,
      viewer,
      { action: 'UNTERNEHMENSANTRAG_ABGELEHNT', subjectType: 'Unternehmensantrag', subjectId: antrag.id },
      now,
    );
    await enqueueMail(
      tx,
      antragAbgelehntMail(antrag.email, { ...antrag, kammerName: antrag.kammer.name, begruendung }),
      now,
    );
  });
  return ladeAntrag(deps, input.id);
}

async function ladeAntrag(deps: DomainDeps, id: string): Promise<UnternehmensantragDto> {
  const row = await deps.prisma.unternehmensantrag.findUniqueOrThrow({ where: { id }, select: antragSelect });
  return (await mitKontoInfo(deps.prisma, [row]))[0];
}
