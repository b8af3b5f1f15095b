/** The result shape shared by the four housing benefits. */
import { IsoDate } from '../dates';
import { RegimeOrUndetermined } from '../legal-status/regime';
import { AppliedRule, Reason } from '../results';
import { BenefitForm, EligibilityOutcome, HousingBenefitKind, ResponsibleAuthority } from '../rules/housing-benefits';

export interface WbsDetails {
  incomeLimitEur: number;
  /** null when the household income has not been assessed yet. */
  annualIncomeEur: number | null;
  /** The certificate would be valid until this day (one year). */
  validUntil: IsoDate;
  /** Land in which it is valid ('NI'). */
  validIn: string;
  appropriateAreaM2: number;
}

export interface LoanRepayment {
  shareOfStandardRate: number;
  standardRateEur: number;
  monthlyDeductionEur: number;
}

export interface BenefitEligibility {
  benefit: HousingBenefitKind;
  householdId: string;
  asOf: IsoDate;
  outcome: EligibilityOutcome;
  form: BenefitForm;
  legalBasis: string;
  responsibleAuthority: ResponsibleAuthority | null;
  /** What must happen for the benefit to be granted (e.g. assurance before signing the lease). */
  conditions: string[];
  /** Regime the decision rests on (the head's). */
  regime: RegimeOrUndetermined;
  wbs: WbsDetails | null;
  repayment: LoanRepayment | null;
  rules: AppliedRule[];
  reasons: Reason[];
}
