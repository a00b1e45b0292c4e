/**
 * Which Azubis can be registered for an exam session ("kommt in Frage").
 *
 * Pure; used by the Betrieb's "Pruefungen" page, the registration itself and the invitation job.
 *
 * Timing rule (all dates are calendar days, compared in UTC):
 * - ABSCHLUSSPRUEFUNG and TEIL_2 (the final exam): the contract ends between the Anmeldeschluss and
 *   Anmeldeschluss + 8 months, both included. A summer session (Anmeldeschluss 31 Jan, exams in
 *   spring/summer) thus covers contracts ending February to September.
 * - ZWISCHENPRUEFUNG and TEIL_1 (halfway through the training): the contract began between 24 and
 *   6 months before the Anmeldeschluss, both included.
 * - In every case the contract's Ausbildungsberuf must be one of the session's Berufe.
 */
export type PruefungsartWert = 'ZWISCHENPRUEFUNG' | 'ABSCHLUSSPRUEFUNG' | 'TEIL_1' | 'TEIL_2';

export interface EignungVertrag {
  berufId: string;
  beginn: Date;
  ende: Date;
}

export interface EignungPruefung {
  berufIds: readonly string[];
  art: PruefungsartWert;
  anmeldeschluss: Date;
}

/** Months after the Anmeldeschluss in which a contract may end for the final exam. */
export const ABSCHLUSS_ENDE_MONATE = 8;
/** A contract must have begun at least this many months before the Anmeldeschluss (Zwischenpruefung / Teil 1). */
export const ZWISCHEN_BEGINN_MIN_MONATE = 6;
/** ... and at most this many. */
export const ZWISCHEN_BEGINN_MAX_MONATE = 24;

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Adds calendar months; the day is clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export function istAbschlussArt(art: PruefungsartWert): boolean {
  return art === 'ABSCHLUSSPRUEFUNG' || art === 'TEIL_2';
}

export function kommtInFrage(vertrag: EignungVertrag, pruefung: EignungPruefung): boolean {
  if (!pruefung.berufIds.includes(vertrag.berufId)) return false;
  const schluss = pruefung.anmeldeschluss;
  if (istAbschlussArt(pruefung.art)) {
    const ende = dayOf(vertrag.ende);
    return ende >= dayOf(schluss) && ende <= dayOf(addMonthsUtc(schluss, ABSCHLUSS_ENDE_MONATE));
  }
  const beginn = dayOf(vertrag.beginn);
  return (
    beginn >= dayOf(addMonthsUtc(schluss, -ZWISCHEN_BEGINN_MAX_MONATE)) &&
    beginn <= dayOf(addMonthsUtc(schluss, -ZWISCHEN_BEGINN_MIN_MONATE))
  );
}
