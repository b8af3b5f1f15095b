/**
 * Kaution, Umzugskosten and Erstausstattung: a lookup in HOUSING_BENEFIT_TABLE by the head's
 * regime, plus the facts that change the typical case (own furniture, loan repayment amount).
 */
import { IsoDate, toDay } from '../dates';
import { determineHouseholdRegimes } from '../legal-status/regime';
import { AppliedRule, Reason, reason, RuleOptions } from '../results';
import { HouseholdSnapshot } from '../snapshot';
import {
  AUTHORITIES,
  HOUSING_BENEFIT_TABLE,
  HousingBenefitKind,
  LOAN_REPAYMENT_RATES,
  STANDARD_RATE_LEVEL_1,
} from '../rules/housing-benefits';
import { appliedRule, isInForce, pushRule, versionInForce } from '../rules/versioning';
import { BenefitEligibility, LoanRepayment } from './types';
import { assessWbs } from './wbs';

type TableBenefit = Exclude<HousingBenefitKind, 'WBS'>;

export function assessHousingBenefit(
  benefit: TableBenefit,
  household: HouseholdSnapshot,
  asOf: IsoDate,
  options?: RuleOptions,
): BenefitEligibility {
  const day = toDay(asOf, 'asOf');
  const regimes = determineHouseholdRegimes(household, asOf, options);
  const regime = regimes.headRegime;
  const rules: AppliedRule[] = [];
  const reasons: Reason[] = [];
  const base = { benefit, householdId: household.id, asOf, regime, wbs: null, rules, reasons };
  if (regime === 'UNDETERMINED') {
    reasons.push(
      reason(
        'REGIME_UNDETERMINED',
        'The benefit regime of the household head cannot be determined; no legal basis can be named.',
      ),
    );
    return {
      ...base,
      outcome: 'UNDETERMINED',
      form: null,
      legalBasis: '',
      responsibleAuthority: null,
      conditions: [],
      repayment: null,
    };
  }
  const row = HOUSING_BENEFIT_TABLE.find(
    (r) => r.benefit === benefit && r.regimes.includes(regime) && isInForce(r, day),
  );
  if (!row) {
    reasons.push(reason('NO_RULE', `No rule for ${benefit} under ${regime} on ${asOf}.`));
    return {
      ...base,
      outcome: 'UNDETERMINED',
      form: null,
      legalBasis: '',
      responsibleAuthority: null,
      conditions: [],
      repayment: null,
    };
  }
  rules.push(appliedRule(row));
  reasons.push(
    reason(
      `${benefit}_${row.outcome}`,
      `${benefit} under ${regime}: ${row.outcome.toLowerCase().replace(/_/g, ' ')} (${row.legalBasis}).`,
      row.ruleId,
    ),
  );
  if (regimes.mixed) {
    reasons.push(
      reason(
        'MIXED_REGIMES',
        `Members fall under different regimes (${[...new Set(regimes.members.map((m) => m.regime))].join(', ')}); this result uses the head's regime, costs are split per head.`,
      ),
    );
  }
  let outcome = row.outcome;
  const conditions = [...row.conditions];
  if (benefit === 'ERSTAUSSTATTUNG') {
    if (household.hasOwnFurnishing === true) {
      outcome = 'NOT_ELIGIBLE';
      reasons.push(
        reason(
          'HAS_FURNISHING',
          'The household already owns basic furniture; replacements are covered by the standard rate.',
          row.ruleId,
        ),
      );
    } else if (household.communalAccommodationSince !== undefined) {
      reasons.push(
        reason(
          'FIRST_FLAT_AFTER_GU',
          'First own flat after communal accommodation: the typical case of Erstausstattung.',
          row.ruleId,
        ),
      );
    } else if (outcome === 'ELIGIBLE') {
      outcome = 'DISCRETIONARY';
      reasons.push(
        reason(
          'FURNISHING_NEED_TO_CHECK',
          'Not moving out of a GU: the authority checks whether a first furnishing need exists.',
          row.ruleId,
        ),
      );
    }
  }
  let repayment: LoanRepayment | null = null;
  if (benefit === 'KAUTION' && regime === 'SGB_II') {
    const rate = versionInForce(LOAN_REPAYMENT_RATES, day);
    const standard = versionInForce(STANDARD_RATE_LEVEL_1, day);
    if (rate && standard) {
      pushRule(rules, rate);
      pushRule(rules, standard);
      const monthly = Math.round(standard.amountEur * rate.shareOfStandardRate * 100) / 100;
      repayment = {
        shareOfStandardRate: rate.shareOfStandardRate,
        standardRateEur: standard.amountEur,
        monthlyDeductionEur: monthly,
      };
      conditions.push(
        `Repayment: ${rate.shareOfStandardRate * 100} % of the standard rate (€${monthly} per month at €${standard.amountEur})`,
      );
    }
  }
  return {
    ...base,
    outcome,
    form: row.form,
    legalBasis: row.legalBasis,
    responsibleAuthority: AUTHORITIES[row.authority],
    conditions,
    repayment,
  };
}

export const assessKaution = (h: HouseholdSnapshot, asOf: IsoDate, o?: RuleOptions) =>
  assessHousingBenefit('KAUTION', h, asOf, o);
export const assessUmzugskosten = (h: HouseholdSnapshot, asOf: IsoDate, o?: RuleOptions) =>
  assessHousingBenefit('UMZUGSKOSTEN', h, asOf, o);
export const assessErstausstattung = (h: HouseholdSnapshot, asOf: IsoDate, o?: RuleOptions) =>
  assessHousingBenefit('ERSTAUSSTATTUNG', h, asOf, o);

/** All four housing benefits for a household, in a fixed order. */
export function assessAllHousingBenefits(
  household: HouseholdSnapshot,
  asOf: IsoDate,
  options?: RuleOptions,
): BenefitEligibility[] {
  return [
    assessWbs(household, asOf, options),
    assessKaution(household, asOf, options),
    assessUmzugskosten(household, asOf, options),
    assessErstausstattung(household, asOf, options),
  ];
}
