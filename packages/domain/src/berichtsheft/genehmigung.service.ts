import type { Prisma } from '@portal/db';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { generatePin } from '../auth/pin.js';
import { enqueueMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, notFound, ValidationError } from '../shared/errors.js';
import { hashPassword } from '../shared/passwords.js';
import { fromUtcDate } from './dates.js';
import { eingereichtMail, entschiedenMail, pinMail } from './mails.js';
import { akteureFuer, canReadNachweis } from './nachweis.policy.js';
import { ladeNachweis, loadVertrag, type NachweisDto, throwIfUnplausibel } from './nachweis.service.js';
import { pruefeNachweis } from './plausibility.js';
import { erlaubteTransition, type NachweisEreignis, type NachweisStatus } from './state-machine.js';

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
    },
  });
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

/**
 * The approver named by e-mail: an Ausbilder/-in of the contract's Unternehmen or any
 * Ausbildungsbeauftragte/r. Without an account, one is created as Ausbildungsbeauftragte/r with a
 * PIN that is e-mailed once and then works for every later Nachweis from any Azubi.
 */
async function genehmigerFuer(
  deps: DomainDeps,
  tx: Tx,
  email: string,
  vertrag: { id: string; betriebsstaetteId: string; azubiUserId: string | null },
  pinMailFor: (pin: string) => ReturnType<typeof pinMail>,
) {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    if (existing.id === vertrag.azubiUserId) {
      throw new ValidationError('genehmigerEmail', 'Sie können Ihren Nachweis nicht selbst genehmigen.');
    }
    const staette = await tx.betriebsstaette.findUniqueOrThrow({
      where: { id: vertrag.betriebsstaetteId },
      select: { unternehmenId: true },
    });
    const geeignet = await tx.rollenzuweisung.count({
      where: {
        userId: existing.id,
        OR: [
          { rolle: 'AUSBILDUNGSBEAUFTRAGTE' },
          { rolle: 'AUSBILDER', betriebsstaette: { unternehmenId: staette.unternehmenId } },
        ],
      },
    });
    if (geeignet === 0) throw new DomainError('GENEHMIGER_UNGEEIGNET', undefined, 'genehmigerEmail');
    return existing.id;
  }
  const pin = generatePin();
  const user = await tx.user.create({
    data: { email, vorname: '', nachname: '', pinHash: await hashPassword(pin) },
  });
  await tx.rollenzuweisung.create({
    data: { userId: user.id, rolle: 'AUSBILDUNGSBEAUFTRAGTE', betriebsstaetteId: vertrag.betriebsstaetteId },
  });
  await enqueueMail(tx, pinMailFor(pin), deps.clock.now());
  return user.id;
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
    const uebergang = erlaubteTransition(row.status, 'EINREICHEN', akteureFuer(viewer, vertrag, row));
    if (!uebergang) throw new DomainError('UEBERGANG_UNZULAESSIG');
    const andere = await tx.nachweis.findMany({
      where: { vertragId: vertrag.id, id: { not: row.id } },
      select: { von: true, bis: true, createdAt: true },
    });
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
        istErsterNachweis: row.papierNachweise || andere.every((a) => a.createdAt > row.createdAt),
        andere: andere.map((a) => ({ von: fromUtcDate(a.von), bis: fromUtcDate(a.bis) })),
      },
    );
    throwIfUnplausibel(befunde);
    const facts = mailFacts(deps, row, azubi);
    const genehmigerUserId = await genehmigerFuer(deps, tx, email, vertrag, (pin) =>
      pinMail(email, pin, facts, linkTo(deps, '/anmelden/pin')),
    );
    const now = deps.clock.now();
    const updated = await tx.nachweis.updateMany({
      where: { id: row.id, version: input.version, status: row.status },
      data: {
        status: uebergang.to,
        genehmigerEmail: email,
        genehmigerUserId,
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
    });
    await enqueueMail(tx, eingereichtMail(email, facts), now);
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
    const uebergang = erlaubteTransition(row.status, event, akteureFuer(viewer, vertrag, row));
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
    await recordEreignis(tx, viewer, {
      nachweisId: row.id,
      at: now,
      ereignis: event,
      von: row.status,
      nach: uebergang.to,
      bemerkung,
    });
    const an = azubi.azubiUser?.email ?? azubi.azubiEmail;
    if (an) {
      const entscheider = await tx.user.findUniqueOrThrow({
        where: { id: viewer.principalUserId },
        select: { vorname: true, nachname: true, email: true },
      });
      const name = `${entscheider.vorname} ${entscheider.nachname}`.trim() || entscheider.email;
      await enqueueMail(
        tx,
        entschiedenMail(an, mailFacts(deps, row, azubi), uebergang.to === 'GENEHMIGT', bemerkung, name),
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
