/**
 * Public API of the pure domain layer (no ORM, no GraphQL, no I/O). Inputs are plain snapshots
 * plus an as-of date 'YYYY-MM-DD'; outputs are JSON-serialisable decisions with reasons, the rule
 * versions used and their sources.
 */
export * from './dates';
export * from './results';
export * from './snapshot';
export { versionInForce, isRuleEnabled } from './rules/versioning';
export type { VersionedRule } from './rules/versioning';

// Law as data (exported so the API can show them, e.g. "which ceilings apply").
export * from './rules/asylblg';
export * from './rules/wbs';
export * from './rules/rent-ceilings';
export * from './rules/housing-benefits';
export * from './rules/residence-obligation';
export * from './rules/vulnerable-groups';

// 1. Legal status → benefit regime
export { determineBenefitRegime, determineHouseholdRegimes, pensionAgeMonths } from './legal-status/regime';
export type { RegimeDecision, RegimeOrUndetermined, HouseholdRegimes, RegimeContext } from './legal-status/regime';
export type { WaitingPeriodResult } from './legal-status/waiting-period';
export type { Scope } from './legal-status/scope';

// 2. Housing benefits
export { assessWbs, wbsIncomeLimit } from './eligibility/wbs';
export {
  assessHousingBenefit,
  assessKaution,
  assessUmzugskosten,
  assessErstausstattung,
  assessAllHousingBenefits,
} from './eligibility/housing-benefits';
export { appropriateSize, rentCeiling } from './eligibility/appropriate-housing';
export type { AppropriateSize, RentCeiling } from './eligibility/appropriate-housing';
export type { BenefitEligibility, WbsDetails, LoanRepayment } from './eligibility/types';

// 3. Residence obligation
export {
  determineResidenceObligation,
  determineHouseholdResidenceObligations,
  isDestinationAllowed,
} from './residence-obligation';
export type {
  ResidenceObligationDecision,
  ResidenceObligationExemption,
  ExemptionKind,
  MoveBanRef,
  Destination,
  DestinationCheck,
} from './residence-obligation';

// 4. Prioritisation
export * from './prioritisation/catalogue';
export { OSNABRUECK_CATALOGUE, BUILT_IN_CATALOGUES } from './prioritisation/osnabrueck-catalogue';
export { validateCatalogue } from './prioritisation/validate-catalogue';
export type { CatalogueError, CatalogueValidation } from './prioritisation/validate-catalogue';
export { selectCatalogue, compareVersions } from './prioritisation/select-catalogue';
export { assessPriority, defaultCatalogue } from './prioritisation/assess';
export type { PriorityAssessment, CriterionContribution } from './prioritisation/assess';
export { rankHouseholds } from './prioritisation/rank';
export { tierLevel } from './prioritisation/scoring';
export type { PriorityRanking, RankedHousehold, RankOptions } from './prioritisation/rank';
export { assessVulnerability } from './prioritisation/vulnerability';
export type { VulnerabilityAssessment } from './prioritisation/vulnerability';

// 5. Matching
export { proposeMatches, MATCHING_METHOD } from './matching/propose';
export type { MatchingResult, MatchProposal, UnmatchedHousehold } from './matching/propose';
export type { MatchingInput } from './matching/problem';
export { explainInfeasibility } from './matching/feasibility';
export type {
  FeasibilityReport,
  FeasibilityCheck,
  FeasibilityCheckKind,
  MatchingRuleOptions,
} from './matching/feasibility';
export { maxWeightMatching } from './matching/assignment';
export type { SparseBipartiteGraph, AssignmentResult } from './matching/assignment';

// 6. Decisions (GDPR Art. 22)
export * from './decisions/decision-record';
