/**
 * Date-range conditions shared by the modules. Ranges are half-open [start, end): a stay that ends on
 * a day no longer counts on that day, matching the exclusion constraints' daterange(start, end, '[)').
 */

/** MikroORM filter: the row's range [startProperty, endProperty) contains `day`. */
export function coversDay(startProperty: string, endProperty: string, day: string): Record<string, unknown> {
  return {
    [startProperty]: { $lte: day },
    $or: [{ [endProperty]: null }, { [endProperty]: { $gt: day } }],
  };
}

/** The same condition as SQL on a table alias, with the day as the single bind parameter. */
export function coversDaySql(alias: string, startColumn: string, endColumn: string): string {
  return `(${alias}.${startColumn} <= ?::date and (${alias}.${endColumn} is null or ${alias}.${endColumn} > ?::date))`;
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` before `day`. */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Today in UTC ('YYYY-MM-DD'): the default reference date of a request or a command. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
