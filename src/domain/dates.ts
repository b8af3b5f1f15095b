/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD').
 *
 * Internally every date is a UTC day number (days since 1970-01-01), so there is no timezone and
 * no daylight-saving time anywhere in the rules. Conversions use Howard Hinnant's civil-date
 * algorithms, which are exact for the proleptic Gregorian calendar.
 */

/** A calendar date as 'YYYY-MM-DD' — the only date format at the domain boundary. */
export type IsoDate = string;

/** Thrown when a snapshot or option carries a value the domain cannot interpret. */
export class DomainInputError extends Error {
  constructor(
    message: string,
    /** Where in the input the bad value sits, e.g. 'members[2].person.birthDate'. */
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'DomainInputError';
  }
}

/** Day number of a civil date (month 1..12). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number; writes into a reusable triple to avoid allocations in loops. */
export function civilFromDay(
  dayNumber: number,
  out: { year: number; month: number; day: number } = { year: 0, month: 0, day: 0 },
) {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  out.day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = yoe + era * 400 + (out.month <= 2 ? 1 : 0);
  return out;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DIGIT_0 = 48;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Parses 'YYYY-MM-DD' into a day number, or returns NaN for anything else (including 2023-02-29).
 * Uses char codes, not Date or regexes: it runs once per person in the ranking hot path.
 */
export function tryParseDay(iso: unknown): number {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y0 = digit(iso, 0),
    y1 = digit(iso, 1),
    y2 = digit(iso, 2),
    y3 = digit(iso, 3);
  const m0 = digit(iso, 5),
    m1 = digit(iso, 6),
    d0 = digit(iso, 8),
    d1 = digit(iso, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayFromCivil(year, month, day);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return !Number.isNaN(tryParseDay(value));
}

/** Day number of an ISO date; throws DomainInputError (with the input path) if it is not one. */
export function toDay(iso: IsoDate, path?: string): number {
  const n = tryParseDay(iso);
  if (Number.isNaN(n)) throw new DomainInputError(`expected a date 'YYYY-MM-DD', got ${JSON.stringify(iso)}`, path);
  return n;
}

/** Like toDay, but undefined/null stay undefined (for optional snapshot fields). */
export function toOptionalDay(iso: IsoDate | null | undefined, path?: string): number | undefined {
  return iso === undefined || iso === null ? undefined : toDay(iso, path);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function toIsoDate(dayNumber: number): IsoDate {
  const c = civilFromDay(dayNumber);
  const y = String(c.year).padStart(4, '0');
  return `${y}-${pad2(c.month)}-${pad2(c.day)}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIsoDate(toDay(iso) + days);
}

/** Last day of the month the given day falls in. */
export function endOfMonthDay(dayNumber: number): number {
  const c = civilFromDay(dayNumber);
  return dayFromCivil(c.year, c.month, daysInMonth(c.year, c.month));
}

export function startOfMonthDay(dayNumber: number): number {
  const c = civilFromDay(dayNumber);
  return dayFromCivil(c.year, c.month, 1);
}

/**
 * First day after a period of `months` months that began on (and includes) `startDay`.
 *
 * §§ 187 (2), 188 (2), (3) BGB: a period that starts with the beginning of a day ends with the
 * day before the day that corresponds by number to the start day; if that day does not exist in
 * the last month, it ends on that month's last day. "Counted to the day": a stay that began on
 * 2021-03-15 completes 36 months at the end of 2024-03-14, so the entitlement starts 2024-03-15;
 * a stay that began on 2021-03-31 completes 18 months on 2022-09-30, entitlement from 2022-10-01.
 */
export function firstDayAfterMonths(startDay: number, months: number): number {
  const c = civilFromDay(startDay);
  const monthIndex = c.month - 1 + months;
  const year = c.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  if (c.day <= daysInMonth(year, month)) return dayFromCivil(year, month, c.day);
  return dayFromCivil(year, month, daysInMonth(year, month)) + 1;
}

/** Last day of a period of `months` months that began on startDay (inclusive end). */
export function lastDayOfMonths(startDay: number, months: number): number {
  return firstDayAfterMonths(startDay, months) - 1;
}

/** Completed years of life on a day (a birthday on 29 February counts on 1 March in common years). */
export function ageInYears(birthDay: number, onDay: number): number {
  const b = civilFromDay(birthDay);
  const o = civilFromDay(onDay);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** Completed months between two days (used for the Regelaltersgrenze). */
export function ageInMonths(birthDay: number, onDay: number): number {
  const b = civilFromDay(birthDay);
  const o = civilFromDay(onDay);
  let months = (o.year - b.year) * 12 + (o.month - b.month);
  if (o.day < b.day) months -= 1;
  return months;
}
