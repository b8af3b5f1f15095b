import type { MiddlewareFn } from 'type-graphql';
import { addDays, type IsoDate } from '../domain/dates';
import { ErrorCode, userError } from '../graph/errors';

/**
 * One check of every argument at the edge, before class-validator and the resolvers (a type-graphql
 * global middleware): text is well-formed, names are trimmed, non-blank and free of control and bidi
 * characters, dates lie within sane bounds for their field. A refusal is BAD_USER_INPUT naming the
 * argument's path, e.g. `input.members.0.givenName`, and nothing runs.
 */

/** C0 and C1 control characters; tab, line feed and carriage return are allowed in free text. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- the same, for names
const NAME_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Arguments that hold a name of a person, an organisation or a thing. */
const isNameKey = (key: string) => /name$/i.test(key);
/** Days on which people move: not further ahead than the horizon. */
const MOVE_KEYS = new Set(['startsOn', 'movesOn', 'movesInOn']);
const EARLIEST = '1900-01-01';
const LATEST = '2099-12-31';

export interface HygieneSettings {
  /** How far ahead a move (placement, move, move-in) may be booked, in days. */
  moveHorizonDays: number;
}

function refuse(field: string, problem: string): never {
  throw userError(ErrorCode.BAD_USER_INPUT, `Invalid value for ${field}: ${problem}.`, field);
}

function checkString(value: string, key: string, field: string, today: IsoDate, settings: HygieneSettings): string {
  if (LONE_SURROGATE.test(value)) refuse(field, 'it contains an unpaired surrogate');
  if (isNameKey(key)) {
    if (NAME_FORBIDDEN.test(value)) refuse(field, 'a name may not contain control or text-direction characters');
    const trimmed = value.trim();
    if (trimmed === '') refuse(field, 'a name may not be blank');
    return trimmed;
  }
  if (CONTROL.test(value)) refuse(field, 'it contains a control character');
  const date = ISO_DATE.exec(value);
  if (date) {
    if (value < EARLIEST || value > LATEST) refuse(field, `a date lies between ${EARLIEST} and ${LATEST}`);
    if (key === 'birthDate' && value > today) refuse(field, 'a birth date cannot be in the future');
    const horizon = addDays(today, settings.moveHorizonDays);
    if (MOVE_KEYS.has(key) && value > horizon)
      refuse(field, `a move can be booked at most ${settings.moveHorizonDays} days ahead (until ${horizon})`);
  }
  return value;
}

/** Checks (and trims names in) `value` in place; `field` is its path. */
function check(value: unknown, key: string, field: string, today: IsoDate, settings: HygieneSettings): unknown {
  if (typeof value === 'string') return checkString(value, key, field, today, settings);
  if (Array.isArray(value)) {
    value.forEach((item, i) => (value[i] = check(item, key, `${field}.${i}`, today, settings)));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) record[k] = check(v, k, `${field}.${k}`, today, settings);
  }
  return value;
}

export function inputHygiene(settings: HygieneSettings): MiddlewareFn<{ today?: string }> {
  return ({ args, context }, next) => {
    const today = (context.today ?? new Date().toISOString().slice(0, 10)) as IsoDate;
    for (const [key, value] of Object.entries(args)) args[key] = check(value, key, key, today, settings);
    return next();
  };
}
