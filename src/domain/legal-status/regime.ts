/**
 * Legal status → benefit regime (ASYLBLG_BASIC, ASYLBLG_ANALOG, SGB_II, SGB_XII) as of a date.
 *
 * Steps: (1) scope from the status history (status table, § 24 dates, § 25 (5) 18 months,
 * recognition); (2) § 1 (3) AsylbLG keeps the AsylbLG until the end of the month in which its
 * ground ceased; (3) inside the AsylbLG: § 2 waiting period and § 20 transition; (4) inside the
 * SGB: SGB II or SGB XII by ability to work and age.
 */
import { ageInMonths, civilFromDay, endOfMonthDay, IsoDate, startOfMonthDay, toDay, toIsoDate } from '../dates';
import { AppliedRule, Reason, reason, RuleOptions } from '../results';
import { BenefitRegime, HouseholdSnapshot, LegalStatusRecord, PersonSnapshot } from '../snapshot';
import { END_OF_MONTH_RULE, PARAGRAPH_24_SWITCH_RULE, SGB_BOOK_RULE, TRANSITION_20_RULE } from '../rules/asylblg';
import { isInForce, pushRule } from '../rules/versioning';
import { Scope, scopeOnDay } from './scope';
import { evaluateWaitingPeriod, WaitingPeriodResult, waitingPeriodRuleOn } from './waiting-period';

export type RegimeOrUndetermined = BenefitRegime | 'UNDETERMINED';

export interface RegimeDecision {
  personId: string;
  asOf: IsoDate;
  regime: RegimeOrUndetermined;
  /** AsylbLG or SGB after the month-end rule. */
  scope: Scope;
  /** The status record the decision rests on (null if none covers the date). */
  status: LegalStatusRecord | null;
  /** Set when the § 1 (3) month-end rule keeps the person in the AsylbLG: its last day. */
  asylbLgEndsOn: IsoDate | null;
  /** § 2 waiting period, evaluated whenever the person is in the AsylbLG scope. */
  waitingPeriod: WaitingPeriodResult | null;
  /** § 20 transition protection applied. */
  transitionProtected: boolean;
  rules: AppliedRule[];
  reasons: Reason[];
}

export interface RegimeContext {
  /** Another household member is able to work (children under 15 then get SGB II Sozialgeld). */
  householdHasAbleToWorkMember?: boolean;
}

const SWITCH_24_DAY = toDay(PARAGRAPH_24_SWITCH_RULE.switchDate);
const TRANSITION_REFERENCE_DAY = toDay(TRANSITION_20_RULE.referenceDay);

export function determineBenefitRegime(
  person: PersonSnapshot,
  asOf: IsoDate,
  options?: RuleOptions,
  context?: RegimeContext,
): RegimeDecision {
  const day = toDay(asOf, 'asOf');
  const rules: AppliedRule[] = [];
  const reasons: Reason[] = [];
  const current = scopeOnDay(person, day, options);
  current.rules.forEach((r) => pushRule(rules, r));
  reasons.push(reason(current.code, current.message, current.rules[current.rules.length - 1].ruleId));

  let scope: Scope = current.scope;
  let asylbLgEndsOn: IsoDate | null = null;
  if (scope === 'SGB') {
    const cessation = cessationInMonth(person, day, options);
    if (cessation !== undefined) {
      scope = 'ASYLBLG';
      asylbLgEndsOn = toIsoDate(endOfMonthDay(day));
      pushRule(rules, END_OF_MONTH_RULE);
      reasons.push(
        reason(
          'ASYLBLG_UNTIL_END_OF_MONTH',
          `The AsylbLG ground ceased on ${toIsoDate(cessation)}; AsylbLG benefits continue until ${asylbLgEndsOn}, SGB from the first day of the next month.`,
          END_OF_MONTH_RULE.ruleId,
        ),
      );
    }
  }

  const base = { personId: person.id, asOf, scope, status: current.status ?? null, asylbLgEndsOn, rules, reasons };
  if (scope === 'UNDETERMINED') {
    return { ...base, regime: 'UNDETERMINED', waitingPeriod: null, transitionProtected: false };
  }
  if (scope === 'SGB') {
    return {
      ...base,
      regime: sgbBook(person, day, context, rules, reasons),
      waitingPeriod: null,
      transitionProtected: false,
    };
  }
  return asylbLgRegime(person, day, base);
}

/**
 * § 1 (3) AsylbLG: if the AsylbLG ground held on some day from the last day of the previous month
 * up to yesterday, it ceased within the current month, so the AsylbLG still runs to month end.
 * Exception: the 2022-06-01 switch for § 24 holders was made by transitional law, with no delay.
 */
function cessationInMonth(person: PersonSnapshot, day: number, options: RuleOptions | undefined): number | undefined {
  let lastAsylbLgDay: number | undefined;
  for (let d = startOfMonthDay(day) - 1; d < day; d++) {
    if (scopeOnDay(person, d, options).scope === 'ASYLBLG') lastAsylbLgDay = d;
  }
  if (lastAsylbLgDay === undefined) return undefined;
  const cessation = lastAsylbLgDay + 1;
  const atCessation = scopeOnDay(person, cessation, options);
  if (cessation === SWITCH_24_DAY && atCessation.code === 'P24_SINCE_SWITCH') return undefined;
  return cessation;
}

function asylbLgRegime(
  person: PersonSnapshot,
  day: number,
  base: Omit<RegimeDecision, 'regime' | 'waitingPeriod' | 'transitionProtected'>,
): RegimeDecision {
  const { rules, reasons } = base;
  const waitingRule = waitingPeriodRuleOn(day);
  if (!waitingRule) {
    reasons.push(
      reason(
        'NO_WAITING_PERIOD_RULE',
        `No version of the § 2 waiting period is modelled for ${toIsoDate(day)} (earliest 2007-08-28).`,
      ),
    );
    return { ...base, regime: 'UNDETERMINED', waitingPeriod: null, transitionProtected: false };
  }
  pushRule(rules, waitingRule);
  const waitingPeriod = evaluateWaitingPeriod(person, day, waitingRule);
  reasons.push(
    reason(
      waitingPeriod.fulfilled ? 'WAITING_PERIOD_COMPLETE' : 'WAITING_PERIOD_RUNNING',
      waitingPeriod.explanation,
      waitingRule.ruleId,
    ),
  );

  let transitionProtected = false;
  if (isInForce(TRANSITION_20_RULE, day)) {
    const receivedAnalogOnReferenceDay = (person.benefitHistory ?? []).some(
      (p) =>
        p.regime === 'ASYLBLG_ANALOG' &&
        toDay(p.from) <= TRANSITION_REFERENCE_DAY &&
        (p.until === undefined || toDay(p.until) >= TRANSITION_REFERENCE_DAY),
    );
    if (receivedAnalogOnReferenceDay) {
      transitionProtected = true;
      pushRule(rules, TRANSITION_20_RULE);
      reasons.push(
        reason(
          'TRANSITION_20_PROTECTED',
          `Received § 2 benefits on ${TRANSITION_20_RULE.referenceDay}: keeps them (§ 20 AsylbLG).`,
          TRANSITION_20_RULE.ruleId,
        ),
      );
    }
  }

  if (person.staySelfProlongedAbusively) {
    reasons.push(
      reason(
        'ABUSIVE_PROLONGATION',
        'The stay was prolonged abusively: no Analogleistungen (§ 2 Abs. 1 AsylbLG).',
        waitingRule.ruleId,
      ),
    );
    return { ...base, regime: 'ASYLBLG_BASIC', waitingPeriod, transitionProtected };
  }
  const analog = waitingPeriod.fulfilled || transitionProtected;
  return { ...base, regime: analog ? 'ASYLBLG_ANALOG' : 'ASYLBLG_BASIC', waitingPeriod, transitionProtected };
}

/** § 7a SGB II: Regelaltersgrenze in months of age, by year of birth. */
export function pensionAgeMonths(birthYear: number): number {
  if (birthYear < 1947) return 65 * 12;
  if (birthYear <= 1958) return 65 * 12 + (birthYear - 1946);
  if (birthYear <= 1963) return 66 * 12 + (birthYear - 1958) * 2;
  return 67 * 12;
}

function sgbBook(
  person: PersonSnapshot,
  day: number,
  context: RegimeContext | undefined,
  rules: AppliedRule[],
  reasons: Reason[],
): BenefitRegime {
  pushRule(rules, SGB_BOOK_RULE);
  const birthDay = toDay(person.birthDate, 'birthDate');
  const ageMonths = ageInMonths(birthDay, day);
  const limit = pensionAgeMonths(civilFromDay(birthDay).year);
  const id = SGB_BOOK_RULE.ruleId;
  if (ageMonths >= limit) {
    reasons.push(reason('ABOVE_PENSION_AGE', 'Reached the Regelaltersgrenze (§ 7a SGB II): SGB XII.', id));
    return 'SGB_XII';
  }
  if (ageMonths < SGB_BOOK_RULE.minimumAgeSgbII * 12) {
    if (context?.householdHasAbleToWorkMember) {
      reasons.push(
        reason(
          'CHILD_SOZIALGELD',
          'Under 15 and living with an able-to-work member: Sozialgeld under SGB II (§ 19 Abs. 1 S. 2 SGB II).',
          id,
        ),
      );
      return 'SGB_II';
    }
    reasons.push(
      reason('CHILD_WITHOUT_ABLE_TO_WORK_MEMBER', 'Under 15 without an able-to-work household member: SGB XII.', id),
    );
    return 'SGB_XII';
  }
  if (person.ableToWork === false) {
    reasons.push(reason('NOT_ABLE_TO_WORK', 'Not able to work (§ 8 SGB II): SGB XII.', id));
    return 'SGB_XII';
  }
  reasons.push(
    reason(
      'ABLE_TO_WORK',
      person.ableToWork === true
        ? 'Able to work (§ 8 SGB II): SGB II.'
        : 'Working age and no incapacity recorded, so presumed able to work (§ 8 SGB II): SGB II.',
      id,
    ),
  );
  return 'SGB_II';
}

export interface HouseholdRegimes {
  householdId: string;
  asOf: IsoDate;
  /** The head's regime decides the housing benefits (Kaution, Umzugskosten, Erstausstattung). */
  headRegime: RegimeOrUndetermined;
  /** Members fall under different regimes (costs of accommodation are then split per head). */
  mixed: boolean;
  members: RegimeDecision[];
}

/** Regimes of all members; children get SGB II Sozialgeld if an adult member is in SGB II. */
export function determineHouseholdRegimes(
  household: HouseholdSnapshot,
  asOf: IsoDate,
  options?: RuleOptions,
): HouseholdRegimes {
  const first = household.members.map((m) => determineBenefitRegime(m.person, asOf, options));
  const ableToWorkMember = first.some((d) => d.regime === 'SGB_II');
  const members = ableToWorkMember
    ? household.members.map((m, i) =>
        first[i].regime === 'SGB_XII'
          ? determineBenefitRegime(m.person, asOf, options, { householdHasAbleToWorkMember: true })
          : first[i],
      )
    : first;
  const headIndex = Math.max(
    0,
    household.members.findIndex((m) => m.relation === 'HEAD'),
  );
  const headRegime = members.length > 0 ? members[headIndex].regime : 'UNDETERMINED';
  const mixed = members.some((d) => d.regime !== headRegime);
  return { householdId: household.id, asOf, headRegime, mixed, members };
}
