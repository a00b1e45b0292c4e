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
