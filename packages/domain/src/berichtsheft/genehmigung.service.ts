import type { Prisma, Rolle } from '@portal/db';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { rollenAn } from '../authz/reichweite.js';
import { enqueueMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, notFound, ValidationError } from '../shared/errors.js';
import { canReadNachweis, transitionFuer } from './berichtsheft.policy.js';
import { fromUtcDate } from './dates.js';
import { genehmigerFuerEinreichung } from './genehmiger.service.js';
import { eingereichtMail, entschiedenMail } from './mails.js';
import {
  andereZeitraeume,
  istErsterNachweis,
  ladeNachweis,
  loadVertrag,
  type NachweisDto,
  throwIfUnplausibel,
} from './nachweis.service.js';
import { pruefeNachweis } from './plausibility.js';
import type { NachweisEreignis, NachweisStatus, Transition } from './state-machine.js';

type Tx = Prisma.TransactionClient;

/** One line of a Nachweis' history: who (and for whom), when, from which state to which, remark. */
function recordEreignis(
  tx: Tx,
  viewer: Viewer,
  e: {
    nachweisId: string;
    at: Date;
    ereignis: string;
    von: NachweisStatus;
    nach: NachweisStatus;
    bemerkung?: string | null;
    actor: { name: string; rolle: Rolle | null };
  },
) {
  return tx.nachweisEreignis.create({
    data: {
      nachweisId: e.nachweisId,
      at: e.at,
      actorUserId: viewer.userId,
      onBehalfOfUserId: onBehalfOf(viewer),
      ereignis: e.ereignis,
      vonStatus: e.von,
      nachStatus: e.nach,
      bemerkung: e.bemerkung ?? null,
      actorName: e.actor.name,
      actorRolle: e.actor.rolle,
    },
  });
}

/**
 * The actor as the record keeps them (IHK criteria: an approval names the approver and their
 * role, with the system's date and time): the name now, and the role the step was taken in.
 */
async function actorSnapshot(
  tx: Tx,
  viewer: Viewer,
  betriebsstaetteId: string,
  transition: Transition,
): Promise<{ name: string; rolle: Rolle | null; email: string }> {
  const person = await tx.user.findUniqueOrThrow({
    where: { id: viewer.principalUserId },
    select: { vorname: true, nachname: true, email: true },
  });
  const rollen = rollenAn(viewer, betriebsstaetteId);
  const rolle =
    (['AZUBI', 'AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE'] as const).find(
      (r) => rollen.includes(r) && (r === 'AZUBI') === transition.who.includes('AZUBI'),
    ) ?? null;
  return { name: `${person.vorname} ${person.nachname}`.trim() || person.email, rolle, email: person.email };
}

async function ladeFuerUebergang(tx: Tx, viewer: Viewer, id: string) {
  const row = await tx.nachweis.findUnique({ where: { id }, include: { tage: true } });
  if (!row) throw notFound('Der Nachweis wurde nicht gefunden.');
  const vertrag = await loadVertrag(tx, row.vertragId);
  if (!canReadNachweis(viewer, vertrag, row)) throw notFound('Der Nachweis wurde nicht gefunden.');
  const azubi = await tx.ausbildungsverhaeltnis.findUniqueOrThrow({
    where: { id: vertrag.id },
    select: {
      azubiVorname: true,
      azubiNachname: true,
      azubiEmail: true,
      azubiUser: { select: { email: true } },
    },
  });
  return { row, vertrag, azubi };
}

function mailFacts(
  deps: DomainDeps,
  row: { id: string; von: Date; bis: Date },
  azubi: { azubiVorname: string; azubiNachname: string },
) {
  return {
    azubiName: `${azubi.azubiVorname} ${azubi.azubiNachname}`,
    von: fromUtcDate(row.von),
    bis: fromUtcDate(row.bis),
    link: linkTo(deps, `/berichtsheft/nachweis/${row.id}`),
  };
}

export interface EinreichenInput {
  id: string;
  version: number;
  genehmigerEmail: string;
}

export async function nachweisEinreichen(
  deps: DomainDeps,
  viewer: Viewer,
  input: EinreichenInput,
): Promise<NachweisDto> {
  const email = normalizeEmail(input.genehmigerEmail ?? '');
  if (!isPlausibleEmail(email)) {
    throw new ValidationError(
      'genehmigerEmail',
      'Bitte geben Sie die E-Mail-Adresse Ihrer Ausbilderin, Ihres Ausbilders oder Ihrer Ausbildungsbeauftragten an.',
    );
  }
  await deps.prisma.$transaction(async (tx) => {
    const { row, vertrag, azubi } = await ladeFuerUebergang(tx, viewer, input.id);
    const uebergang = transitionFuer(viewer, 'EINREICHEN', vertrag, row);
    if (!uebergang) throw new DomainError('UEBERGANG_UNZULAESSIG');
    const andere = await andereZeitraeume(tx, vertrag.id, row.id);
    const befunde = pruefeNachweis(
      {
        von: fromUtcDate(row.von),
        bis: fromUtcDate(row.bis),
        tage: row.tage.map((t) => ({
          datum: fromUtcDate(t.datum),
          stunden: t.stunden === null ? null : Number(t.stunden),
        })),
      },
      {
        vertrag: { beginn: fromUtcDate(vertrag.beginn), ende: fromUtcDate(vertrag.ende) },
        istErsterNachweis: istErsterNachweis(row, andere),
        andere,
      },
    );
    throwIfUnplausibel(befunde);
    const facts = mailFacts(deps, row, azubi);
    const genehmiger = await genehmigerFuerEinreichung(deps, tx, email, vertrag, facts.azubiName);
    const now = deps.clock.now();
    const updated = await tx.nachweis.updateMany({
      where: { id: row.id, version: input.version, status: row.status },
      data: {
        status: uebergang.to,
        genehmigerEmail: email,
        genehmigerUserId: genehmiger.userId,
        eingereichtAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0)
      throw new DomainError('NACHWEIS_KONFLIKT', undefined, 'version', { aktuelleVersion: row.version });
    await recordEreignis(tx, viewer, {
      nachweisId: row.id,
      at: now,
      ereignis: 'EINREICHEN',
      von: row.status,
      nach: uebergang.to,
      actor: await actorSnapshot(tx, viewer, vertrag.betriebsstaetteId, uebergang),
    });
    // An address nobody of the Betrieb has vouched for hears nothing yet (the Betrieb was asked).
    if (genehmiger.stand === 'BESTAETIGT') await enqueueMail(tx, eingereichtMail(email, facts), now);
  });
  return ladeNachweis(deps, viewer, input.id);
}

export interface EntscheidungInput {
  id: string;
  bemerkung?: string | null;
  /** Approving a Nachweis of earlier paper records needs this explicit confirmation. */
  papierBestaetigt?: boolean;
}

async function entscheiden(
  deps: DomainDeps,
  viewer: Viewer,
  event: Exclude<NachweisEreignis, 'EINREICHEN'>,
  input: EntscheidungInput,
): Promise<NachweisDto> {
  const bemerkung = input.bemerkung?.trim() || null;
  if (bemerkung && bemerkung.length > 5000)
    throw new ValidationError('bemerkung', 'Die Bemerkung ist zu lang (höchstens 5000 Zeichen).');
  await deps.prisma.$transaction(async (tx) => {
    const { row, vertrag, azubi } = await ladeFuerUebergang(tx, viewer, input.id);
    const uebergang = transitionFuer(viewer, event, vertrag, row);
    if (!uebergang) throw new DomainError('UEBERGANG_UNZULAESSIG');
    if (uebergang.begruendungPflicht && !bemerkung)
      throw new DomainError('BEGRUENDUNG_FEHLT', undefined, 'bemerkung');
    if (event === 'GENEHMIGEN' && row.papierNachweise && input.papierBestaetigt !== true) {
      throw new DomainError('PAPIER_BESTAETIGUNG_FEHLT', undefined, 'papierBestaetigt');
    }
    const now = deps.clock.now();
    // Conditional on the state we read: of two approvers deciding at once, one wins and the other is told.
    const updated = await tx.nachweis.updateMany({
      where: { id: row.id, status: row.status },
      data: { status: uebergang.to, entschiedenAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new DomainError('UEBERGANG_UNZULAESSIG');
    const actor = await actorSnapshot(tx, viewer, vertrag.betriebsstaetteId, uebergang);
    await recordEreignis(tx, viewer, {
      nachweisId: row.id,
      at: now,
      ereignis: event,
      von: row.status,
      nach: uebergang.to,
      bemerkung,
      actor,
    });
    const an = azubi.azubiUser?.email ?? azubi.azubiEmail;
    if (an) {
      await enqueueMail(
        tx,
        entschiedenMail(an, mailFacts(deps, row, azubi), uebergang.to === 'GENEHMIGT', bemerkung, actor.name),
        now,
      );
    }
  });
  return ladeNachweis(deps, viewer, input.id);
}

export const nachweisGenehmigen = (deps: DomainDeps, viewer: Viewer, input: EntscheidungInput) =>
  entscheiden(deps, viewer, 'GENEHMIGEN', input);
export const nachweisAblehnen = (deps: DomainDeps, viewer: Viewer, input: EntscheidungInput) =>
  entscheiden(deps, viewer, 'ABLEHNEN', input);
export const nachweisNachtraeglichAblehnen = (deps: DomainDeps, viewer: Viewer, input: EntscheidungInput) =>
  entscheiden(deps, viewer, 'NACHTRAEGLICH_ABLEHNEN', input);

export interface SammelErgebnis {
  id: string;
  ok: boolean;
  code: string | null;
  message: string | null;
}

/** Approves several submitted weeks; each on its own, so one refused week does not stop the others. */
export async function nachweiseSammelGenehmigen(
  deps: DomainDeps,
  viewer: Viewer,
  ids: string[],
  bemerkung?: string | null,
): Promise<SammelErgebnis[]> {
  if (ids.length === 0 || ids.length > 200)
    throw new ValidationError('ids', 'Bitte wählen Sie 1 bis 200 Nachweise aus.');
  const ergebnisse: SammelErgebnis[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      await entscheiden(deps, viewer, 'GENEHMIGEN', { id, bemerkung });
      ergebnisse.push({ id, ok: true, code: null, message: null });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      ergebnisse.push({ id, ok: false, code: error.code, message: error.message });
    }
  }
  return ergebnisse;
}
