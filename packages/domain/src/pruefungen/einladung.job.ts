import { isUniqueViolation } from '@portal/db';
import { addDays, fromUtcDate, toUtcDate } from '../berichtsheft/dates.js';
import { enqueueMail, type OutboxMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { berlinDatum } from '../shared/kalender.js';
import { kommtInFrage } from './eignung.js';
import { einladungMail } from './ergebnis-mails.js';
import { azubiNameOf, PRUEFUNGEN_LINKS } from './ergebnisse.service.js';
import { pruefungBezeichnung } from './pruefung.service.js';

/** The invitation goes out this many days (about six weeks) before the Anmeldeschluss. */
export const EINLADUNG_VORLAUF_TAGE = 42;

export const einladungDedupeKey = (pruefungId: string, unternehmenId: string) =>
  `pruefungseinladung:${pruefungId}:${unternehmenId}`;

export interface EinladungsBericht {
  pruefungen: number;
  /** Mails enqueued by this run (a rerun counts them again; the dedupe key keeps one in the outbox). */
  mails: number;
}

/** Is `heute` within [Anmeldeschluss - 42 days, Anmeldeschluss)? */
export function imEinladungsfenster(anmeldeschluss: string, heute: string): boolean {
  return heute >= addDays(anmeldeschluss, -EINLADUNG_VORLAUF_TAGE) && heute < anmeldeschluss;
}

/** enqueueMail that tolerates a parallel run on another instance winning the same dedupe key. */
async function enqueueEinmal(deps: DomainDeps, mail: OutboxMail, now: Date) {
  try {
    await enqueueMail(deps.prisma, mail, now);
  } catch (error) {
    if (isUniqueViolation(error)) return;
    throw error;
  }
}

/**
 * The invitation job: about six weeks before each Anmeldeschluss (from Anmeldeschluss - 42 days
 * until the day before), every Unternehmen of the session's Kammer with Azubis that can be
 * registered (H1's `kommtInFrage`) and are not registered yet gets ONE mail to its stored address
 * listing them. Safe to run often and on every instance: the dedupe key names session and
 * Unternehmen, so a second run (or a parallel one) enqueues nothing. Unternehmen without a stored
 * address get no mail (their administrators see the same list on the "Pruefungen" page).
 * Statements: one for the sessions, one per session for its contracts, one per mail.
 */
export async function pruefungseinladungenVersenden(deps: DomainDeps): Promise<EinladungsBericht> {
  const now = deps.clock.now();
  const heute = berlinDatum(now);
  const pruefungen = await deps.prisma.pruefung.findMany({
    where: {
      anmeldeschluss: {
        gt: toUtcDate(heute),
        lte: toUtcDate(addDays(heute, EINLADUNG_VORLAUF_TAGE)),
      },
    },
    select: {
      id: true,
      kammerId: true,
      saison: true,
      jahr: true,
      art: true,
      anmeldeschluss: true,
      berufe: { select: { berufId: true } },
    },
    orderBy: [{ anmeldeschluss: 'asc' }, { id: 'asc' }],
  });
  const bericht: EinladungsBericht = { pruefungen: 0, mails: 0 };
  for (const p of pruefungen) {
    const schluss = fromUtcDate(p.anmeldeschluss);
    if (!imEinladungsfenster(schluss, heute)) continue;
    bericht.pruefungen++;
    const berufIds = p.berufe.map((b) => b.berufId);
    const vertraege = await deps.prisma.ausbildungsverhaeltnis.findMany({
      where: {
        berufId: { in: berufIds },
        betriebsstaette: { unternehmen: { kammerId: p.kammerId, email: { not: null } } },
        pruefungsanmeldungen: { none: { pruefungId: p.id } },
      },
      select: {
        berufId: true,
        beginn: true,
        ende: true,
        identnummer: true,
        azubiVorname: true,
        azubiNachname: true,
        beruf: { select: { bezeichnung: true } },
        betriebsstaette: { select: { unternehmen: { select: { id: true, name: true, email: true } } } },
      },
      orderBy: [{ azubiNachname: 'asc' }, { azubiVorname: 'asc' }, { identnummer: 'asc' }],
    });
    const proUnternehmen = new Map<
      string,
      { name: string; email: string; azubis: { name: string; beruf: string; identnummer: string }[] }
    >();
    for (const v of vertraege) {
      if (!kommtInFrage(v, { berufIds, art: p.art, anmeldeschluss: p.anmeldeschluss })) continue;
      const u = v.betriebsstaette.unternehmen;
      if (!u.email) continue;
      const eintrag = proUnternehmen.get(u.id) ?? { name: u.name, email: u.email, azubis: [] };
      eintrag.azubis.push({ name: azubiNameOf(v), beruf: v.beruf.bezeichnung, identnummer: v.identnummer });
      proUnternehmen.set(u.id, eintrag);
    }
    for (const [unternehmenId, u] of proUnternehmen) {
      await enqueueEinmal(
        deps,
        {
          ...einladungMail(u.email, {
            unternehmen: u.name,
            pruefung: pruefungBezeichnung(p),
            anmeldeschluss: schluss,
            azubis: u.azubis,
            link: linkTo(deps, PRUEFUNGEN_LINKS.betrieb),
          }),
          dedupeKey: einladungDedupeKey(p.id, unternehmenId),
        },
        now,
      );
      bericht.mails++;
    }
  }
  return bericht;
}
