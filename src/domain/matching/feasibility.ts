/**
 * Which household may take which offer. A household is prepared once (regime, size limits, WBS,
 * § 12a); a pair is then five numeric comparisons. The same profile feeds the fast predicate used
 * by the matcher and the worded checks of explainInfeasibility, so they cannot disagree.
 */
import { IsoDate, toDay } from '../dates';
import { appropriateSize, rentCeiling } from '../eligibility/appropriate-housing';
import { assessWbs } from '../eligibility/wbs';
import { needsStepFree } from '../household';
import { determineHouseholdRegimes, RegimeOrUndetermined } from '../legal-status/regime';
import {
  determineHouseholdResidenceObligations,
  isDestinationAllowed,
  ResidenceObligationDecision,
} from '../residence-obligation';
import { AppliedRule, Reason, RuleOptions } from '../results';
import { ApartmentOfferSnapshot, HouseholdSnapshot } from '../snapshot';
import { EligibilityOutcome } from '../rules/housing-benefits';

export type FeasibilityCheckKind = 'SIZE' | 'RENT' | 'STEP_FREE' | 'WBS' | 'RESIDENCE_OBLIGATION';

export interface FeasibilityCheck {
  check: FeasibilityCheckKind;
  passed: boolean;
  message: string;
  rules: AppliedRule[];
}

export interface FeasibilityReport {
  householdId: string;
  offerId: string;
  asOf: IsoDate;
  feasible: boolean;
  checks: FeasibilityCheck[];
  /** Only the failed checks, for a short answer. */
  failed: FeasibilityCheck[];
}

export interface MatchingRuleOptions extends RuleOptions {
  /** Count a DISCRETIONARY WBS outcome as "can get one" (default: only ELIGIBLE). */
  acceptDiscretionaryWbs?: boolean;
}

/** Everything about a household the pair checks need, computed once per household. */
export interface HouseholdMatchProfile {
  household: HouseholdSnapshot;
  day: number;
  persons: number;
  regime: RegimeOrUndetermined;
  minAreaM2: number;
  maxAreaM2: number;
  sizeRules: AppliedRule[];
  sizeReasons: Reason[];
  needsStepFree: boolean;
  wbsOutcome: EligibilityOutcome;
  wbsAvailable: boolean;
  wbsRules: AppliedRule[];
  obligations: ResidenceObligationDecision[];
  options: MatchingRuleOptions | undefined;
}

export function prepareHousehold(
  household: HouseholdSnapshot,
  asOf: IsoDate,
  options?: MatchingRuleOptions,
): HouseholdMatchProfile {
  const day = toDay(asOf, 'asOf');
  const size = appropriateSize(household, day, options);
  const wbs = assessWbs(household, asOf, options);
  return {
    household,
    day,
    persons: household.members.length,
    regime: determineHouseholdRegimes(household, asOf, options).headRegime,
    minAreaM2: size?.minAreaM2 ?? Infinity,
    maxAreaM2: size?.maxAreaM2 ?? -Infinity,
    sizeRules: size?.rules ?? [],
    sizeReasons: size?.reasons ?? [],
    needsStepFree: needsStepFree(household),
    wbsOutcome: wbs.outcome,
    wbsAvailable:
      wbs.outcome === 'ELIGIBLE' || (options?.acceptDiscretionaryWbs === true && wbs.outcome === 'DISCRETIONARY'),
    wbsRules: wbs.rules,
    obligations: determineHouseholdResidenceObligations(household, asOf, options),
    options,
  };
}

/** Rent ceiling (euros) for the household in the offer's municipality; NaN if none is known. */
export function ceilingFor(profile: HouseholdMatchProfile, municipality: string): number {
  if (profile.regime === 'UNDETERMINED') return NaN;
  return rentCeiling(profile.persons, profile.regime, profile.day, municipality)?.maxGrossColdRentEur ?? NaN;
}

export function destinationAllowed(
  profile: HouseholdMatchProfile,
  offer: Pick<ApartmentOfferSnapshot, 'municipality' | 'land'>,
): boolean {
  return isDestinationAllowed(profile.obligations, offer).allowed;
}

/** All five checks in words. */
export function checkPair(profile: HouseholdMatchProfile, offer: ApartmentOfferSnapshot): FeasibilityCheck[] {
  const checks: FeasibilityCheck[] = [];
  const sizeOk = offer.areaM2 >= profile.minAreaM2 && offer.areaM2 <= profile.maxAreaM2;
  checks.push({
    check: 'SIZE',
    passed: sizeOk,
    message: Number.isFinite(profile.maxAreaM2)
      ? `${offer.areaM2} m² ${sizeOk ? 'is within' : 'is outside'} the appropriate range ${profile.minAreaM2}–${profile.maxAreaM2} m² for ${profile.persons} person(s).`
      : 'No flat-size table in force.',
    rules: profile.sizeRules,
  });

  const ceiling =
    profile.regime === 'UNDETERMINED'
      ? undefined
      : rentCeiling(profile.persons, profile.regime, profile.day, offer.municipality);
  const rentOk = ceiling !== undefined && offer.grossColdRentEur <= ceiling.maxGrossColdRentEur;
  checks.push({
    check: 'RENT',
    passed: rentOk,
    message:
      profile.regime === 'UNDETERMINED'
        ? 'The benefit regime of the household head cannot be determined, so no rent ceiling applies.'
        : ceiling === undefined
          ? `No rent-ceiling table for ${offer.municipality} on this date.`
          : `Gross cold rent €${offer.grossColdRentEur} ${rentOk ? '≤' : '>'} ceiling €${ceiling.maxGrossColdRentEur} (${profile.regime}, ${profile.persons} person(s)${ceiling.fromTable ? '' : ', extrapolated — verify'}).`,
    rules: ceiling ? [ceiling.rule] : [],
  });

  const stepOk = !profile.needsStepFree || offer.stepFree;
  checks.push({
    check: 'STEP_FREE',
    passed: stepOk,
    message: profile.needsStepFree
      ? offer.stepFree
        ? 'A member needs step-free access; the flat is step-free.'
        : 'A member needs step-free access; the flat is not step-free.'
      : 'No member needs step-free access.',
    rules: [],
  });

  const wbsOk = !offer.wbsRequired || profile.wbsAvailable;
  checks.push({
    check: 'WBS',
    passed: wbsOk,
    message: offer.wbsRequired
      ? `The flat requires a WBS; the household's WBS outcome is ${profile.wbsOutcome}.`
      : 'The flat requires no WBS.',
    rules: offer.wbsRequired ? profile.wbsRules : [],
  });

  const destination = isDestinationAllowed(profile.obligations, offer);
  checks.push({
    check: 'RESIDENCE_OBLIGATION',
    passed: destination.allowed,
    message: destination.reasons.map((r: Reason) => r.message).join(' '),
    rules: destination.rules,
  });
  return checks;
}

export function feasibilityReport(
  profile: HouseholdMatchProfile,
  offer: ApartmentOfferSnapshot,
  asOf: IsoDate,
): FeasibilityReport {
  const checks = checkPair(profile, offer);
  const failed = checks.filter((c) => !c.passed);
  return { householdId: profile.household.id, offerId: offer.id, asOf, feasible: failed.length === 0, checks, failed };
}

/** Why a given household can (not) be matched to a given offer — every check, in words. */
export function explainInfeasibility(
  household: HouseholdSnapshot,
  offer: ApartmentOfferSnapshot,
  asOf: IsoDate,
  options?: MatchingRuleOptions,
): FeasibilityReport {
  return feasibilityReport(prepareHousehold(household, asOf, options), offer, asOf);
}
