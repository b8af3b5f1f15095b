/** Small conversions from domain results to the graph's shapes (UNDETERMINED → null, records → lists). */
import type { BenefitEligibility, FeasibilityCheckKind, MatchingResult, RegimeOrUndetermined } from '../../../domain';
import type { BenefitRegime } from '../../people/people.enums';
import type { HousingEligibilityResult } from '../planning.service';
import type { HousingBenefitEligibilityType, HousingEligibilityType } from './eligibility.types';
import type { MatchingResultType } from './matching.types';

export const regimeOrNull = (regime: RegimeOrUndetermined): BenefitRegime | null =>
  regime === 'UNDETERMINED' ? null : (regime as BenefitRegime);

function benefit(b: BenefitEligibility): HousingBenefitEligibilityType {
  return { ...b, regime: regimeOrNull(b.regime) } as unknown as HousingBenefitEligibilityType;
}

export function toHousingEligibility(result: HousingEligibilityResult): HousingEligibilityType {
  const of = (kind: BenefitEligibility['benefit']) => benefit(result.benefits.find((b) => b.benefit === kind)!);
  return {
    asOf: result.asOf,
    headRegime: regimeOrNull(result.headRegime),
    mixedRegimes: result.mixedRegimes,
    persons: result.persons,
    wbs: of('WBS'),
    kaution: of('KAUTION'),
    umzugskosten: of('UMZUGSKOSTEN'),
    erstausstattung: of('ERSTAUSSTATTUNG'),
    rentCeiling: result.rentCeiling as HousingEligibilityType['rentCeiling'],
    appropriateSize: result.appropriateSize as HousingEligibilityType['appropriateSize'],
  };
}

export function toMatchingResult(result: MatchingResult): MatchingResultType {
  return {
    ...result,
    unmatched: result.unmatched.map((u) => ({
      ...u,
      failedChecks: (Object.entries(u.failedChecks) as [FeasibilityCheckKind, number][]).map(([check, offers]) => ({
        check,
        offers,
      })),
    })),
  } as unknown as MatchingResultType;
}
