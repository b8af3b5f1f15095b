/**
 * How many items each list field of the graph can return, for the cost estimate (query-cost.ts) and
 * the hard cap (list-size-cap.ts). Modelled on `@listSize` of the IBM GraphQL cost specification:
 *
 * - `assumedSize`: the most items the list holds. A plain list is capped there: longer data answers
 *   LIST_TOO_LONG instead of more items than the estimate counted. Only lists that are naturally small
 *   per parent are plain lists (a household's members, a person's languages); lists that grow with the
 *   city's data are connections. test/security/list-sizes.test.ts checks each size against the largest
 *   length in the demo city at scale 10.
 * - `slicingArguments` + `sizedFields`: the list lengths an argument sets, on the field itself (a
 *   list) or on the fields named in `sizedFields` of its result (a connection's `edges`/`nodes`).
 *   Any field with a `first:` argument is a connection sized that way without a declaration, and
 *   `nodes(ids:)` has as many items as ids.
 */
export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** Sizes of the lists that are not connections, by `Type.field`; a test fails when one is missing. */
export const LIST_SIZES: Record<string, ListSize> = {
  // Small per parent: bounded by the domain (members 1–20 on arrival, languages up to 20, …).
  'Household.members': { assumedSize: 20 },
  'Household.currentStays': { assumedSize: 20 },
  'Household.caseAssignments': { assumedSize: 30 },
  'Household.tenancies': { assumedSize: 20 },
  'Household.volunteerAssignments': { assumedSize: 30 },
  'Household.appointments': { assumedSize: 50 },
  'Household.decisions': { assumedSize: 50 },
  'PlacementPayload.stays': { assumedSize: 20 },
  'Person.languages': { assumedSize: 20 },
  'Person.legalStatuses': { assumedSize: 30 },
  'Person.occupations': { assumedSize: 20 },
  'Person.needs': { assumedSize: 30 },
  'Person.stays': { assumedSize: 30 },
  'Person.consents': { assumedSize: 30 },
  'Provider.services': { assumedSize: 20 },
  'Volunteer.groups': { assumedSize: 20 },
  'Volunteer.assignments': { assumedSize: 50 },
  'Appointment.volunteerAssignments': { assumedSize: 10 },
  'Site.units': { assumedSize: 200 },
  'Unit.beds': { assumedSize: 20 },
  // The city's own structure: a city and its districts, their statistics.
  'Query.areas': { assumedSize: 100 },
  'Area.districts': { assumedSize: 100 },
  'Area.observations': { assumedSize: 150 },
  'Query.criteriaCatalogues': { assumedSize: 100 },
  'HouseholdStatistics.groups': { assumedSize: 200 },
  // Computed answers whose length the rules fix (five feasibility checks, a handful of reasons, …).
  'AppropriateSize.reasons': { assumedSize: 20 },
  'AppropriateSize.rules': { assumedSize: 20 },
  'BenefitRegimeDetermination.reasons': { assumedSize: 20 },
  'BenefitRegimeDetermination.rules': { assumedSize: 20 },
  'HousingBenefitEligibility.reasons': { assumedSize: 20 },
  'HousingBenefitEligibility.rules': { assumedSize: 20 },
  'RentCeiling.reasons': { assumedSize: 20 },
  'ResidenceObligation.reasons': { assumedSize: 20 },
  'ResidenceObligation.rules': { assumedSize: 20 },
  'ResidenceObligation.moveBans': { assumedSize: 20 },
  'FeasibilityCheck.rules': { assumedSize: 20 },
  'MatchFeasibility.checks': { assumedSize: 10 },
  'MatchFeasibility.failed': { assumedSize: 10 },
  'MatchProposal.checks': { assumedSize: 10 },
  'MatchProposal.reasons': { assumedSize: 20 },
  'MatchProposal.rules': { assumedSize: 20 },
  'UnmatchedHousehold.failedChecks': { assumedSize: 10 },
  'PriorityExplanation.criteria': { assumedSize: 100 },
  'PriorityExplanation.reasons': { assumedSize: 100 },
  'PriorityExplanation.tieBreakers': { assumedSize: 20 },
  // As long as the arguments of the matching run make them.
  'Query.matchingProposals': { slicingArguments: ['queueLimit'], sizedFields: ['proposals', 'unmatched'] },
  'MatchingResult.proposals': { assumedSize: 2000 },
  'MatchingResult.unmatched': { assumedSize: 2000 },
  'MatchingResult.unusedOffers': { assumedSize: 5000 },
};

/** The declaration of a field, if any. */
export function listSizeOf(typeName: string, fieldName: string): ListSize | undefined {
  return LIST_SIZES[`${typeName}.${fieldName}`];
}
