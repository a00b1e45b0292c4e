import { enqueueMail } from '../outbox/outbox.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { gruss } from '../shared/mail-text.js';
import { addDays, formatDe, fromUtcDate, mondayOf, toUtcDate } from './dates.js';
import { GENEHMIGER_ROLLEN } from './genehmiger.policy.js';
import { fehlendeWochen, wochenBis } from './wochen.js';

export interface ErinnerungsBericht {
  azubis: number;
  genehmiger: number;
}

/**
 * The weekly reminders: each Azubi with missing weeks (up to last week) and each approver with
 * submitted weeks waiting get one mail per calendar week. Safe to run often and on every API
 * instance: the dedupe key names the week, so a second run enqueues nothing. Contracts that have
 * ended, and Berufe without electronic keeping, get nothing.
 */
export async function erinnerungenVersenden(deps: DomainDeps): Promise<ErinnerungsBericht> {
  const now = deps.clock.now();
  const heute = fromUtcDate(now);
  const dieseWoche = mondayOf(heute);
  const bisLetzteWoche = addDays(dieseWoche, -1);
  const bericht: ErinnerungsBericht = { azubis: 0, genehmiger: 0 };

  const vertraege = await deps.prisma.ausbildungsverhaeltnis.findMany({
    where: { beginn: { lte: toUtcDate(heute) }, ende: { gte: toUtcDate(heute) } },
    select: {
      id: true,
      beginn: true,
      ende: true,
      betriebsstaetteId: true,
      berufId: true,
      azubiVorname: true,
      azubiEmail: true,
      azubiUser: { select: { email: true } },
      nachweise: { select: { von: true, bis: true } },
    },
  });
  const einstellungen = await deps.prisma.berichtsheftEinstellung.findMany({ where: { elektronisch: true } });
  const elektronisch = new Set(einstellungen.map((e) => `${e.betriebsstaetteId}:${e.berufId}`));

  for (const v of vertraege) {
    const an = v.azubiUser?.email ?? v.azubiEmail;
    if (!an || !elektronisch.has(`${v.betriebsstaetteId}:${v.berufId}`)) continue;
    const slots = wochenBis({ beginn: fromUtcDate(v.beginn), ende: fromUtcDate(v.ende) }, bisLetzteWoche);
    const fehlend = fehlendeWochen(
      slots,
      v.nachweise.map((n) => ({ von: fromUtcDate(n.von), bis: fromUtcDate(n.bis) })),
    );
    if (fehlend.length === 0) continue;
    const liste = fehlend
      .slice(0, 10)
      .map((w) => `- ${formatDe(w.montag)} bis ${formatDe(w.sonntag)}`)
      .join('\n');
    await enqueueMail(
      deps.prisma,
      {
        to: an,
        subject: `Erinnerung: ${fehlend.length} Ausbildungsnachweis${fehlend.length === 1 ? '' : 'e'} fehlen`,
        text: `Guten Tag ${v.azubiVorname},\n\nin Ihrem Berichtsheft fehlen noch Nachweise für diese Wochen:\n${liste}${fehlend.length > 10 ? `\n… und ${fehlend.length - 10} weitere` : ''}\n\nZum Berichtsheft: ${linkTo(deps, '/berichtsheft')}${gruss}`,
        dedupeKey: `erinnerung:azubi:${v.id}:${dieseWoche}`,
      },
      now,
    );
    bericht.azubis++;
  }

  const offen = await deps.prisma.nachweis.findMany({
    where: {
      status: 'EINGEREICHT',
      genehmigerUserId: { not: null },
      vertrag: { ende: { gte: toUtcDate(heute) } },
    },
    select: {
      genehmiger: {
        select: {
          id: true,
          email: true,
          rollen: {
            where: { status: 'AKTIV', rolle: { in: [...GENEHMIGER_ROLLEN] } },
            select: { betriebsstaetteId: true },
          },
        },
      },
      vertrag: { select: { azubiVorname: true, azubiNachname: true, betriebsstaetteId: true } },
    },
  });
  const proGenehmiger = new Map<string, { email: string; azubis: string[] }>();
  for (const n of offen) {
    // Only approvers in effect at the contract's Betriebsstaette: an address the Betrieb has not
    // confirmed yet hears nothing from the portal.
    if (!n.genehmiger?.rollen.some((r) => r.betriebsstaetteId === n.vertrag.betriebsstaetteId)) continue;
    const eintrag = proGenehmiger.get(n.genehmiger.id) ?? { email: n.genehmiger.email, azubis: [] };
    eintrag.azubis.push(`${n.vertrag.azubiVorname} ${n.vertrag.azubiNachname}`);
    proGenehmiger.set(n.genehmiger.id, eintrag);
  }
  for (const [userId, { email, azubis }] of proGenehmiger) {
    const zaehlung = [...new Set(azubis)]
      .map((name) => `- ${name}: ${azubis.filter((a) => a === name).length}`)
      .join('\n');
    await enqueueMail(
      deps.prisma,
      {
        to: email,
        subject: `Wochenübersicht: ${azubis.length} Ausbildungsnachweis${azubis.length === 1 ? '' : 'e'} warten auf Ihre Genehmigung`,
        text: `Guten Tag,\n\nfolgende Ausbildungsnachweise warten auf Ihre Genehmigung:\n${zaehlung}\n\nZu den Genehmigungen: ${linkTo(deps, '/genehmigungen')}${gruss}`,
        dedupeKey: `erinnerung:genehmiger:${userId}:${dieseWoche}`,
      },
      now,
    );
    bericht.genehmiger++;
  }
  return bericht;
}
