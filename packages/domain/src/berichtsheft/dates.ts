/** Calendar days as "YYYY-MM-DD" strings: a Nachweis is about days, never about instants. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const toUtcDate = (day: IsoDate) => new Date(`${day}T00:00:00Z`);
export const fromUtcDate = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function addDays(day: IsoDate, days: number): IsoDate {
  const date = toUtcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

/** Number of calendar days from `von` to `bis`, both included. */
export function dayCount(von: IsoDate, bis: IsoDate): number {
  return Math.round((toUtcDate(bis).getTime() - toUtcDate(von).getTime()) / 86_400_000) + 1;
}

export function daysBetween(von: IsoDate, bis: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = von; day <= bis; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: IsoDate): IsoDate {
  const weekday = (toUtcDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** "03.11.2026" */
export function formatDe(day: IsoDate): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

export const overlaps = (a: { von: IsoDate; bis: IsoDate }, b: { von: IsoDate; bis: IsoDate }) =>
  a.von <= b.bis && b.von <= a.bis;
