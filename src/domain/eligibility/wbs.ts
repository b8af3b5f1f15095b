/**
 * WBS (Wohnberechtigungsschein): a permit to rent social housing, valid one year in Niedersachsen.
 * Checks the expected stay of the applicant (the head) and the § 3 NWoFG income limit.
 */
import { firstDayAfterMonths, IsoDate, toDay, toIsoDate } from '../dates';
import { headOf } from '../household';
import { determineBenefitRegime } from '../legal-status/regime';
import { describeStatus, statusOnDay } from '../legal-status/status-history';
import { AppliedRule, Reason, reason, RuleOptions } from '../results';
import { HouseholdSnapshot } from '../snapshot';
import { AUTHORITIES, EligibilityOutcome } from '../rules/housing-benefits';
import { pushRule, versionInForce } from '../rules/versioning';
import { WBS_ELIGIBILITY_RULES, WBS_INCOME_DEDUCTIONS, WBS_INCOME_LIMITS, WbsIncomeLimitTable } from '../rules/wbs';
import { appropriateSize, wbsChildren } from './appropriate-housing';
import { BenefitEligibility } from './types';

/** § 3 NWoFG: base amount for 1 or 2 persons, + per further person, + per child on top. */
export function wbsIncomeLimit(table: WbsIncomeLimitTable, persons: number, children: number): number {
  const base =
    persons <= 1 ? table.onePersonEur : table.twoPersonsEur + Math.max(0, persons - 2) * table.perFurtherPersonEur;
  return base + children * table.perChildEur;
}

/** The income § 3 NWoFG compares: as assessed, else the recorded earnings less the flat deductions; undefined when nothing is recorded. */
function annualIncome(
  household: HouseholdSnapshot,
  day: number,
  rules: AppliedRule[],
  reasons: Reason[],
): number | undefined {
  if (household.annualIncomeAfterDeductionsEur !== undefined) return household.annualIncomeAfterDeductionsEur;
  const gross = household.annualGrossEarningsEur;
  const deductions = versionInForce(WBS_INCOME_DEDUCTIONS, day);
  if (gross === undefined || !deductions) return undefined;
  pushRule(rules, deductions);
  const income = Math.round(gross * (1 - deductions.flatDeductionShare));
  reasons.push(
    reason(
      'WBS_INCOME_FROM_EARNINGS',
      `Recorded earnings €${gross} per year less ${Math.round(deductions.flatDeductionShare * 100)} % flat deductions: €${income}.`,
      deductions.ruleId,
    ),
  );
  return income;
}

export function assessWbs(household: HouseholdSnapshot, asOf: IsoDate, options?: RuleOptions): BenefitEligibility {
  const day = toDay(asOf, 'asOf');
  const rules: AppliedRule[] = [];
  const reasons: Reason[] = [];
  const conditions: string[] = [];
  const head = headOf(household);
  const regime = head ? determineBenefitRegime(head.person, asOf, options).regime : 'UNDETERMINED';
  const eligibilityRule = versionInForce(WBS_ELIGIBILITY_RULES, day);
  const limits = versionInForce(WBS_INCOME_LIMITS, day);
  const size = appropriateSize(household, day, options);
  const result = (outcome: EligibilityOutcome, wbs: BenefitEligibility['wbs']): BenefitEligibility => ({
    benefit: 'WBS',
    householdId: household.id,
    asOf,
    outcome,
    form: 'PERMIT',
    legalBasis: eligibilityRule?.legalBasis ?? '§ 8 NWoFG',
    responsibleAuthority: AUTHORITIES.WBS_AUTHORITY,
    conditions,
    regime,
    wbs,
    repayment: null,
    rules,
    reasons,
  });
  if (!eligibilityRule || !limits || !head || !size) {
    reasons.push(reason('WBS_NO_RULE', `No WBS rule version or no household head for ${asOf}.`));
    return result('UNDETERMINED', null);
  }
  pushRule(rules, eligibilityRule);
  pushRule(rules, limits);
  size.rules.forEach((r) => rules.push(r));

  const persons = household.members.length;
  const children = wbsChildren(household, day, limits.childUnderAge);
  const limit = wbsIncomeLimit(limits, persons, children);
  const income = annualIncome(household, day, rules, reasons);
  const details = {
    incomeLimitEur: limit,
    annualIncomeEur: income ?? null,
    validUntil: toIsoDate(firstDayAfterMonths(day, eligibilityRule.validityMonths) - 1),
    validIn: eligibilityRule.validIn,
    appropriateAreaM2: size.maxAreaM2,
  };
  reasons.push(
    reason(
      'WBS_INCOME_LIMIT',
      `Income limit ${limits.version} for ${persons} person(s) with ${children} child(ren): €${limit} per year.`,
      limits.ruleId,
    ),
    ...size.reasons.filter((r) => r.code === 'APPROPRIATE_SIZE'),
  );

  if (household.wbs && toDay(household.wbs.validUntil, 'wbs.validUntil') >= day) {
    reasons.push(
      reason('WBS_HELD', `The household holds a WBS valid until ${household.wbs.validUntil}.`, eligibilityRule.ruleId),
    );
    return result('ELIGIBLE', { ...details, validUntil: household.wbs.validUntil });
  }

  if (income !== undefined && income > limit) {
    reasons.push(
      reason('WBS_INCOME_ABOVE_LIMIT', `Annual income €${income} exceeds the limit of €${limit}.`, limits.ruleId),
    );
    return result('NOT_ELIGIBLE', details);
  }
  if (income === undefined)
    conditions.push(`Proof that the annual household income after deductions does not exceed €${limit} (§ 3 NWoFG)`);
  else
    reasons.push(
      reason('WBS_INCOME_WITHIN_LIMIT', `Annual income €${income} is within the limit of €${limit}.`, limits.ruleId),
    );
  conditions.push(`Valid for one year (until ${details.validUntil}), in Niedersachsen only`);

  const status = statusOnDay(head.person.statusHistory, day);
  const recognised = head.person.recognitionDate !== undefined && toDay(head.person.recognitionDate) <= day;
  const assessment =
    recognised && (!status || status.kind === 'AUFENTHALTSGESTATTUNG')
      ? 'CASE_BY_CASE'
      : status
        ? eligibilityRule.stayByStatus[status.kind]
        : undefined;
  const id = eligibilityRule.ruleId;
  const oneYearLater = firstDayAfterMonths(day, eligibilityRule.minimumExpectedStayMonths);
  switch (assessment) {
    case undefined:
      reasons.push(reason('WBS_NO_STATUS', 'No residence status on record: the expected stay cannot be assessed.', id));
      return result('UNDETERMINED', details);
    case 'NOT_EXPECTED':
      reasons.push(
        reason(
          'WBS_STAY_NOT_EXPECTED',
          `${describeStatus(status!)}: a stay of at least one more year cannot be expected.`,
          id,
        ),
      );
      return result('NOT_ELIGIBLE', details);
    case 'PRESUMED':
      reasons.push(
        reason('WBS_STAY_PRESUMED', `${describeStatus(status!)}: the stay of at least one more year is presumed.`, id),
      );
      return result('ELIGIBLE', details);
    case 'CASE_BY_CASE': {
      if (!status || status.kind === 'AUFENTHALTSGESTATTUNG') {
        reasons.push(
          reason(
            'WBS_RECOGNISED_PERMIT_PENDING',
            `Recognised on ${head.person.recognitionDate}; the residence permit is pending, the authority checks the expected stay case by case.`,
            id,
          ),
        );
        conditions.push('The authority checks the expected stay case by case (permit pending)');
        return result('DISCRETIONARY', details);
      }
      const until = status.validUntil === undefined ? Infinity : toDay(status.validUntil);
      if (until >= oneYearLater - 1) {
        reasons.push(
          reason(
            'WBS_PERMIT_COVERS_YEAR',
            `${describeStatus(status)} valid until ${status.validUntil ?? 'open-ended'}: covers one more year (until ${toIsoDate(oneYearLater - 1)}).`,
            id,
          ),
        );
        conditions.push('The authority confirms the expected stay (Aufenthaltserlaubnis: case-by-case check)');
        return result('ELIGIBLE', details);
      }
      reasons.push(
        reason(
          'WBS_PERMIT_SHORTER_THAN_YEAR',
          `${describeStatus(status)} valid only until ${status.validUntil}: the authority decides whether an extension is expected.`,
          id,
        ),
      );
      conditions.push('Evidence that the permit will be extended');
      return result('DISCRETIONARY', details);
    }
    case 'PROTECTION_RATE': {
      const rate = head.person.countryOfOriginProtectionRate;
      if (rate === undefined) {
        reasons.push(
          reason(
            'WBS_PROTECTION_RATE_UNKNOWN',
            'Aufenthaltsgestattung: protection rate of the country of origin unknown; case-by-case decision.',
            id,
          ),
        );
        return result('DISCRETIONARY', details);
      }
      if (rate > eligibilityRule.protectionRateAbove) {
        reasons.push(
          reason(
            'WBS_PROTECTION_RATE_HIGH',
            `Aufenthaltsgestattung with a protection rate of ${Math.round(rate * 1000) / 10} % (> ${eligibilityRule.protectionRateAbove * 100} %): may qualify.`,
            id,
          ),
        );
        return result('DISCRETIONARY', details);
      }
      reasons.push(
        reason(
          'WBS_PROTECTION_RATE_LOW',
          `Aufenthaltsgestattung with a protection rate of ${Math.round(rate * 1000) / 10} % (≤ ${eligibilityRule.protectionRateAbove * 100} %): a longer stay is not expected.`,
          id,
        ),
      );
      return result('NOT_ELIGIBLE', details);
    }
  }
}
