/**
 * Day numbers (days since 1970-01-01, UTC) and ISO dates for the generator. Kept local to the seed so
 * it does not depend on the domain layer, which evolves separately.
 */

export function dayFromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`expected a date 'YYYY-MM-DD', got ${JSON.stringify(iso)}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ms / 86_400_000;
  if (isoFromDay(day) !== iso) throw new Error(`not a calendar date: ${iso}`);
  return day;
}

export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayOf(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}

export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** The same calendar day `months` later (clamped to the month's end), as a day number. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget)) / 86_400_000;
}

/** Completed years between a birth day and another day. */
export function ageOn(birthDay: number, onDay: number): number {
  const b = new Date(birthDay * 86_400_000);
  const o = new Date(onDay * 86_400_000);
  let age = o.getUTCFullYear() - b.getUTCFullYear();
  if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate()))
    age -= 1;
  return age;
}

export const DAYS_PER_YEAR = 365.25;
