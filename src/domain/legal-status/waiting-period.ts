/**
 * § 2 (1) AsylbLG waiting period, counted to the day in the version of the law in force on the
 * as-of date (the person's whole history is measured against today's waiting period).
 */
import { firstDayAfterMonths, IsoDate, toDay, toIsoDate } from '../dates';
import { PersonSnapshot } from '../snapshot';
import { WAITING_PERIOD_VERSIONS, WaitingPeriodRule } from '../rules/asylblg';
import { versionInForce } from '../rules/versioning';

export interface WaitingPeriodResult {
  ruleVersion: string;
  months: number;
  countedFrom: 'STAY' | 'BENEFIT_RECEIPT';
  /** First day counted (arrival, or first day of § 3 benefits). */
  startDate: IsoDate | null;
  /** First day of entitlement to § 2 benefits, if the period is (or will be, at the current pace) complete. */
  completeFrom: IsoDate | null;
  fulfilled: boolean;
  /** Human-readable account of the count. */
  explanation: string;
}

export function waitingPeriodRuleOn(day: number): WaitingPeriodRule | undefined {
  return versionInForce(WAITING_PERIOD_VERSIONS, day);
}

export function evaluateWaitingPeriod(
  person: PersonSnapshot,
  day: number,
  rule: WaitingPeriodRule,
): WaitingPeriodResult {
  return rule.countedFrom === 'STAY' ? countStay(person, day, rule) : countBenefitReceipt(person, day, rule);
}

function countStay(person: PersonSnapshot, day: number, rule: WaitingPeriodRule): WaitingPeriodResult {
  let start = person.arrivalInGermany;
  let fallback = '';
  if (start === undefined) {
    // Without an arrival date the earliest residence document is the best evidence of the stay.
    for (const s of person.statusHistory ?? []) if (start === undefined || s.validFrom < start) start = s.validFrom;
    fallback = ' (no arrival date recorded: earliest residence document used)';
  }
  const base = { ruleVersion: rule.version, months: rule.months, countedFrom: rule.countedFrom } as const;
  if (start === undefined) {
    return {
      ...base,
      startDate: null,
      completeFrom: null,
      fulfilled: false,
      explanation: 'No arrival date and no status history: the stay cannot be counted.',
    };
  }
  const completeFromDay = firstDayAfterMonths(toDay(start, 'arrivalInGermany'), rule.months);
  const fulfilled = completeFromDay <= day;
  return {
    ...base,
    startDate: start,
    completeFrom: toIsoDate(completeFromDay),
    fulfilled,
    explanation: `${rule.months} months of stay since ${start}${fallback} are complete on ${toIsoDate(completeFromDay - 1)}; entitlement from ${toIsoDate(completeFromDay)}.`,
  };
}

/**
 * 48 months of § 3 benefits "insgesamt": periods are merged, and every gap before the target
 * pushes the target back by the gap's length in days, so the count stays exact to the day.
 * Only receipt up to the as-of day counts.
 */
function countBenefitReceipt(person: PersonSnapshot, day: number, rule: WaitingPeriodRule): WaitingPeriodResult {
  const periods = (person.benefitHistory ?? [])
    .filter((p) => p.regime === 'ASYLBLG_BASIC')
    .map((p) => ({
      from: toDay(p.from, 'benefitHistory.from'),
      until: p.until === undefined ? Infinity : toDay(p.until, 'benefitHistory.until'),
    }))
    .filter((p) => p.from <= day)
    .sort((a, b) => a.from - b.from);
  const base = { ruleVersion: rule.version, months: rule.months, countedFrom: rule.countedFrom } as const;
  if (periods.length === 0) {
    return {
      ...base,
      startDate: null,
      completeFrom: null,
      fulfilled: false,
      explanation: 'No § 3 benefit receipt recorded.',
    };
  }
  let target = firstDayAfterMonths(periods[0].from, rule.months);
  let coveredUntil = periods[0].until;
  let gapDays = 0;
  for (let i = 1; i < periods.length; i++) {
    const p = periods[i];
    if (p.from > coveredUntil + 1 && coveredUntil + 1 < target) {
      const gap = p.from - coveredUntil - 1;
      target += gap;
      gapDays += gap;
    }
    if (p.until > coveredUntil) coveredUntil = p.until;
  }
  // Receipt must last until the day before the target, and only receipt up to `day` counts.
  const complete = coveredUntil >= target - 1;
  const fulfilled = complete && target <= day;
  return {
    ...base,
    startDate: toIsoDate(periods[0].from),
    completeFrom: complete ? toIsoDate(target) : null,
    fulfilled,
    explanation: complete
      ? `${rule.months} months of § 3 benefits since ${toIsoDate(periods[0].from)} (${gapDays} days without benefits added) are complete on ${toIsoDate(target - 1)}.`
      : `§ 3 benefits received since ${toIsoDate(periods[0].from)} do not yet add up to ${rule.months} months.`,
  };
}
