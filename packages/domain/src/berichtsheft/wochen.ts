import { addDays, type IsoDate, mondayOf } from './dates.js';

export interface WochenSlot {
  /** Monday of the calendar week. */
  montag: IsoDate;
  sonntag: IsoDate;
}

/**
 * The calendar weeks of a contract up to `heute` (inclusive), newest first. These are the weeks
 * an Azubi must account for; a week without a Nachweis is "fehlend".
 */
export function wochenBis(vertrag: { beginn: IsoDate; ende: IsoDate }, heute: IsoDate): WochenSlot[] {
  const letzterTag = heute < vertrag.ende ? heute : vertrag.ende;
  if (letzterTag < vertrag.beginn) return [];
  const slots: WochenSlot[] = [];
  for (let montag = mondayOf(letzterTag); montag >= mondayOf(vertrag.beginn); montag = addDays(montag, -7)) {
    slots.push({ montag, sonntag: addDays(montag, 6) });
  }
  return slots;
}

/** Weeks of `slots` that no Nachweis touches. */
export function fehlendeWochen(
  slots: WochenSlot[],
  nachweise: { von: IsoDate; bis: IsoDate }[],
): WochenSlot[] {
  return slots.filter((slot) => !nachweise.some((n) => n.von <= slot.sonntag && slot.montag <= n.bis));
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (a Thursday); Monday-based week index = floor((day + 3) / 7). */
const epochDay = (day: IsoDate) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const weekIndex = (day: IsoDate) => Math.floor((epochDay(day) + 3) / 7);

/**
 * How many weeks of `wochenBis(vertrag, heute)` no Nachweis touches, in O(weeks + Nachweise)
 * with plain numbers. The reference rule: "Ihre Auszubildenden" has PostgreSQL count the same
 * (zaehlung.ts), and a test holds the two to each other.
 */
export function anzahlFehlenderWochen(
  vertrag: { beginn: IsoDate; ende: IsoDate },
  heute: IsoDate,
  nachweise: { von: IsoDate; bis: IsoDate }[],
): number {
  const letzterTag = heute < vertrag.ende ? heute : vertrag.ende;
  if (letzterTag < vertrag.beginn) return 0;
  const erste = weekIndex(vertrag.beginn);
  const letzte = weekIndex(letzterTag);
  const abgedeckt = new Set<number>();
  for (const n of nachweise) {
    const bis = Math.min(weekIndex(n.bis), letzte);
    for (let w = Math.max(weekIndex(n.von), erste); w <= bis; w++) abgedeckt.add(w);
  }
  return letzte - erste + 1 - abgedeckt.size;
}

/** How many calendar weeks `wochenBis(vertrag, heute)` has, without listing them. */
export function anzahlWochen(vertrag: { beginn: IsoDate; ende: IsoDate }, heute: IsoDate): number {
  const letzterTag = heute < vertrag.ende ? heute : vertrag.ende;
  if (letzterTag < vertrag.beginn) return 0;
  return weekIndex(letzterTag) - weekIndex(vertrag.beginn) + 1;
}
