/**
 * Validation of a catalogue document (e.g. published by an administrator through the API):
 * returns every problem with its JSON path, or the typed catalogue.
 */
import { isIsoDate, toDay } from '../dates';
import { CriteriaCatalogue, FACT_KEYS, FACT_PARAMS, FactKey, TIE_BREAKERS } from './catalogue';

export interface CatalogueError {
  path: string;
  code: string;
  message: string;
}

export type CatalogueValidation =
  { valid: true; catalogue: CriteriaCatalogue; errors: [] } | { valid: false; errors: CatalogueError[] };

/** Scores are summed as integers; keep them far from floating-point trouble. */
const MAX_TOTAL_SCORE = 1_000_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isNonNegativeInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function validateCatalogue(doc: unknown): CatalogueValidation {
  const errors: CatalogueError[] = [];
  const err = (path: string, code: string, message: string) => errors.push({ path, code, message });
  if (!isRecord(doc))
    return {
      valid: false,
      errors: [{ path: '', code: 'NOT_AN_OBJECT', message: 'The catalogue must be a JSON object.' }],
    };

  for (const key of ['id', 'version', 'title', 'source'] as const) {
    if (!isNonEmptyString(doc[key])) err(key, 'REQUIRED', `${key} must be a non-empty string.`);
  }
  if (!isIsoDate(doc.effectiveFrom)) err('effectiveFrom', 'INVALID_DATE', "effectiveFrom must be a date 'YYYY-MM-DD'.");
  if (doc.effectiveUntil !== undefined) {
    if (!isIsoDate(doc.effectiveUntil))
      err('effectiveUntil', 'INVALID_DATE', "effectiveUntil must be a date 'YYYY-MM-DD'.");
    else if (isIsoDate(doc.effectiveFrom) && toDay(doc.effectiveUntil) < toDay(doc.effectiveFrom))
      err('effectiveUntil', 'BEFORE_START', 'effectiveUntil lies before effectiveFrom.');
  }
  if (typeof doc.strictRanks !== 'boolean') err('strictRanks', 'REQUIRED', 'strictRanks must be true or false.');

  const criteria = doc.criteria;
  let total = 0;
  if (!Array.isArray(criteria) || criteria.length === 0) {
    err('criteria', 'REQUIRED', 'criteria must be a non-empty array.');
  } else {
    const ids = new Set<string>();
    criteria.forEach((c: unknown, i) => {
      const p = `criteria[${i}]`;
      if (!isRecord(c)) return err(p, 'NOT_AN_OBJECT', 'Each criterion must be an object.');
      if (!isNonEmptyString(c.id)) err(`${p}.id`, 'REQUIRED', 'id must be a non-empty string.');
      else if (ids.has(c.id)) err(`${p}.id`, 'DUPLICATE_ID', `Criterion id '${c.id}' is used twice.`);
      else ids.add(c.id);
      if (!isNonEmptyString(c.label)) err(`${p}.label`, 'REQUIRED', 'label must be a non-empty string.');
      if (!isNonEmptyString(c.source)) err(`${p}.source`, 'REQUIRED', 'Every criterion needs a source.');
      if (!isNonNegativeInt(c.weight))
        err(
          `${p}.weight`,
          'INVALID_WEIGHT',
          'weight must be a non-negative integer (a fulfilled criterion may never lower a score).',
        );
      else
        total +=
          c.weight +
          (c.fact === 'GU_STAY_DURATION' ? Number(isRecord(c.params) ? (c.params.overdueBonus ?? 0) : 0) : 0);
      if (!(typeof c.rank === 'number' && Number.isInteger(c.rank) && c.rank >= 1))
        err(`${p}.rank`, 'INVALID_RANK', 'rank must be an integer ≥ 1.');
      if (typeof c.fact !== 'string' || !(FACT_KEYS as readonly string[]).includes(c.fact)) {
        err(`${p}.fact`, 'UNKNOWN_FACT', `fact must be one of ${FACT_KEYS.join(', ')}.`);
      } else if (c.params !== undefined) {
        const allowed = FACT_PARAMS[c.fact as FactKey];
        if (!isRecord(c.params)) err(`${p}.params`, 'NOT_AN_OBJECT', 'params must be an object.');
        else
          for (const [k, v] of Object.entries(c.params)) {
            if (!(k in allowed))
              err(
                `${p}.params.${k}`,
                'UNKNOWN_PARAM',
                `${c.fact} takes ${Object.keys(allowed).join(', ') || 'no parameters'}.`,
              );
            else if (!isNonNegativeInt(v))
              err(`${p}.params.${k}`, 'INVALID_PARAM', `${k} must be a non-negative integer.`);
            else if (k === 'normDays' && v === 0)
              err(`${p}.params.${k}`, 'INVALID_PARAM', 'normDays must be at least 1.');
          }
        if (
          c.fact === 'SCHOOL_AGE_CHILD' &&
          isRecord(c.params) &&
          isNonNegativeInt(c.params.minAge) &&
          isNonNegativeInt(c.params.maxAge) &&
          c.params.minAge > c.params.maxAge
        ) {
          err(`${p}.params`, 'INVALID_PARAM', 'minAge must not exceed maxAge.');
        }
      }
    });
    if (total > MAX_TOTAL_SCORE)
      err('criteria', 'SCORE_TOO_LARGE', `The maximum total score must not exceed ${MAX_TOTAL_SCORE}.`);
  }

  const tiers = doc.tiers;
  if (!Array.isArray(tiers) || tiers.length === 0) {
    err('tiers', 'REQUIRED', 'tiers must be a non-empty array.');
  } else {
    const ids = new Set<string>();
    const mins = new Set<number>();
    tiers.forEach((t: unknown, i) => {
      const p = `tiers[${i}]`;
      if (!isRecord(t)) return err(p, 'NOT_AN_OBJECT', 'Each tier must be an object.');
      if (!isNonEmptyString(t.id)) err(`${p}.id`, 'REQUIRED', 'id must be a non-empty string.');
      else if (ids.has(t.id)) err(`${p}.id`, 'DUPLICATE_ID', `Tier id '${t.id}' is used twice.`);
      else ids.add(t.id);
      if (!isNonEmptyString(t.label)) err(`${p}.label`, 'REQUIRED', 'label must be a non-empty string.');
      if (!isNonNegativeInt(t.minScore))
        err(`${p}.minScore`, 'INVALID_THRESHOLD', 'minScore must be a non-negative integer.');
      else if (mins.has(t.minScore))
        err(`${p}.minScore`, 'DUPLICATE_THRESHOLD', `Two tiers share minScore ${t.minScore}.`);
      else mins.add(t.minScore);
    });
    if (!mins.has(0) && errors.every((e) => !e.path.startsWith('tiers')))
      err('tiers', 'NO_BASE_TIER', 'One tier must have minScore 0 so that every household gets a tier.');
  }

  const tieBreakers = doc.tieBreakers;
  if (!Array.isArray(tieBreakers) || tieBreakers.length === 0) {
    err('tieBreakers', 'REQUIRED', 'tieBreakers must be a non-empty array.');
  } else {
    tieBreakers.forEach((t: unknown, i) => {
      if (typeof t !== 'string' || !(TIE_BREAKERS as readonly string[]).includes(t))
        err(`tieBreakers[${i}]`, 'UNKNOWN_TIE_BREAKER', `Must be one of ${TIE_BREAKERS.join(', ')}.`);
    });
    if (new Set(tieBreakers).size !== tieBreakers.length)
      err('tieBreakers', 'DUPLICATE_TIE_BREAKER', 'A tie-breaker is listed twice.');
    if (tieBreakers[tieBreakers.length - 1] !== 'HOUSEHOLD_ID_ASC')
      err('tieBreakers', 'NOT_TOTAL', 'The last tie-breaker must be HOUSEHOLD_ID_ASC so the order is deterministic.');
  }

  if (errors.length === 0 && doc.strictRanks === true) checkStrictRanks(doc as unknown as CriteriaCatalogue, err);
  if (errors.length > 0) return { valid: false, errors };
  return { valid: true, catalogue: doc as unknown as CriteriaCatalogue, errors: [] };
}

/** With strictRanks, each criterion of rank r must outweigh all criteria of lower ranks together. */
function checkStrictRanks(c: CriteriaCatalogue, err: (p: string, code: string, m: string) => void) {
  const maxPoints = (i: number) =>
    c.criteria[i].weight + (c.criteria[i].fact === 'GU_STAY_DURATION' ? (c.criteria[i].params?.overdueBonus ?? 0) : 0);
  c.criteria.forEach((crit, i) => {
    let below = 0;
    c.criteria.forEach((other, j) => {
      if (other.rank > crit.rank) below += maxPoints(j);
    });
    if (below > 0 && crit.weight <= below) {
      err(
        `criteria[${i}].weight`,
        'RANK_NOT_DOMINANT',
        `strictRanks: weight ${crit.weight} of rank ${crit.rank} must exceed ${below}, the most all lower ranks can add.`,
      );
    }
  });
}
