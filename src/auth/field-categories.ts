import { DataCategory } from './data-category';
import { personalFieldCategories } from './personal-field-categories';

export { DataCategory };

/**
 * Every object type and field of the graph belongs to a data category; the policy grants categories to
 * role × purpose. Fields of types that hold personal data name their category one by one
 * (personal-field-categories.ts); fields of other types take their type's category unless listed below.
 * Types not listed here are visible to administrators only (default deny), and a test lists them.
 */

const C = DataCategory;

/** Category of each object or interface type. */
export const typeCategories: Record<string, DataCategory> = {
  // Query and Mutation have no category of their own: each root field is listed below.
  Node: C.STRUCTURE,
  PageInfo: C.STRUCTURE,
  Household: C.COMPOSITION,
  Person: C.COMPOSITION,
  PersonLanguage: C.LANGUAGES,
  LegalStatus: C.LEGAL_STATUS,
  Occupation: C.EDUCATION_AND_WORK,
  Need: C.SPECIAL_CATEGORY,
  Site: C.NON_PERSONAL,
  SiteOccupancy: C.NON_PERSONAL,
  Unit: C.NON_PERSONAL,
  Bed: C.NON_PERSONAL,
  Stay: C.ACCOMMODATION_HISTORY,
  Tenancy: C.ACCOMMODATION_HISTORY,
  ApartmentOffer: C.OFFERS,
  Provider: C.NON_PERSONAL,
  ProviderService: C.NON_PERSONAL,
  CaseAssignment: C.CASES,
  Consent: C.CASES,
  Volunteer: C.VOLUNTEERING,
  VolunteerGroup: C.VOLUNTEERING,
  VolunteerAssignment: C.VOLUNTEERING,
  Appointment: C.VOLUNTEERING,
  Area: C.NON_PERSONAL,
  ApiKey: C.ADMINISTRATION,
  AuditEvent: C.AUDIT,
  // Domain services (issue 3).
  PriorityAssessment: C.PRIORITY,
  PriorityTier: C.PRIORITY,
  CriteriaCatalogueRef: C.PRIORITY,
  PriorityExplanation: C.PRIORITY_REASONS,
  PriorityCriterionContribution: C.PRIORITY_REASONS,
  PriorityTieBreakerValue: C.PRIORITY_REASONS,
  CaseworkerDecision: C.PRIORITY_REASONS,
  Reason: C.STRUCTURE,
  AppliedRule: C.STRUCTURE,
  HousingEligibility: C.ELIGIBILITY,
  HousingBenefitEligibility: C.ELIGIBILITY,
  ResponsibleAuthority: C.ELIGIBILITY,
  WbsDetails: C.ELIGIBILITY,
  LoanRepayment: C.ELIGIBILITY,
  RentCeiling: C.ELIGIBILITY,
  AppropriateSize: C.ELIGIBILITY,
  BenefitRegimeDetermination: C.LEGAL_STATUS,
  WaitingPeriod: C.LEGAL_STATUS,
  ResidenceObligation: C.LEGAL_STATUS,
  ResidenceObligationExemption: C.LEGAL_STATUS,
  MoveBan: C.NON_PERSONAL,
  MatchingResult: C.QUEUE_AND_MATCHING,
  MatchProposal: C.QUEUE_AND_MATCHING,
  FeasibilityCheck: C.QUEUE_AND_MATCHING,
  UnmatchedHousehold: C.QUEUE_AND_MATCHING,
  FailedCheckCount: C.QUEUE_AND_MATCHING,
  MatchFeasibility: C.QUEUE_AND_MATCHING,
  CriteriaCatalogue: C.NON_PERSONAL,
  HouseholdStatistics: C.AGGREGATES,
  StatisticsGroup: C.AGGREGATES,
  DemographicObservation: C.NON_PERSONAL,
};

/** Fields whose category differs from their type's. */
export const fieldCategories: Record<string, DataCategory> = {
  'Query.node': C.STRUCTURE,
  'Query.nodes': C.STRUCTURE,
  'Query.auditEvents': C.AUDIT,
  'Query.householdStatistics': C.AGGREGATES,
  'Query.priorityQueue': C.QUEUE_AND_MATCHING,
  'Query.matchingProposals': C.QUEUE_AND_MATCHING,
  'Query.matchingFeasibility': C.QUEUE_AND_MATCHING,
  'Query.criteriaCatalogues': C.NON_PERSONAL,
  'Query.criteriaCatalogueInForce': C.NON_PERSONAL,
  'Query.households': C.COMPOSITION,
  'Query.sites': C.NON_PERSONAL,
  'Query.areas': C.NON_PERSONAL,
  'Query.providers': C.NON_PERSONAL,
  'Query.apartmentOffers': C.OFFERS,
  'Query.volunteers': C.VOLUNTEERING,
  'Query.volunteerGroups': C.VOLUNTEERING,
  'Query.appointments': C.VOLUNTEERING,
  'Bed.currentStay': C.ACCOMMODATION_HISTORY,
  'Bed.stays': C.ACCOMMODATION_HISTORY,
  'ApartmentOffer.currentTenancy': C.ACCOMMODATION_HISTORY,
  'Provider.caseAssignments': C.CASES,
  // A score decomposes into the criteria behind it (with the published weights), and the catalogue's tier
  // labels and document name them: where the reasons may not be read, only the tier's neutral level remains.
  'PriorityQueueEdge.score': C.PRIORITY_REASONS,
  'CriteriaCatalogue.document': C.PRIORITY_REASONS,
};

/** Which mutation needs which category: a role may run a mutation when the category is granted for writing. */
export const mutationCategories: Record<string, DataCategory> = {
  registerArrival: C.COMPOSITION,
  placeHousehold: C.ACCOMMODATION_HISTORY,
  moveHouseholdToSite: C.ACCOMMODATION_HISTORY,
  recordApartmentOffer: C.OFFERS,
  moveIntoApartment: C.ACCOMMODATION_HISTORY,
  assignProviderCase: C.CASES,
  endCaseAssignment: C.CASES,
  recordConsent: C.CASES,
  revokeConsent: C.CASES,
  createApiKey: C.ADMINISTRATION,
  revokeApiKey: C.ADMINISTRATION,
  publishCriteriaCatalogue: C.ADMINISTRATION,
  decidePriority: C.PRIORITY,
  decideMatch: C.PRIORITY,
  assignVolunteer: C.VOLUNTEERING,
  recordAppointment: C.VOLUNTEERING,
};

/** True for the categories that hold data about identifiable people (their reads are audited). */
export const personalCategories = new Set<DataCategory>([
  C.COMPOSITION,
  C.CONTACT,
  C.LANGUAGES,
  C.LEGAL_STATUS,
  C.EDUCATION_AND_WORK,
  C.SPECIAL_CATEGORY,
  C.ACCOMMODATION_HISTORY,
  C.CASES,
  C.VOLUNTEERING,
  C.PRIORITY,
  C.PRIORITY_REASONS,
  C.ELIGIBILITY,
  C.ELIGIBILITY_DETAILS,
  C.QUEUE_AND_MATCHING,
]);

/** Connections, edges and mutation payloads only carry other types: they are structure by name. */
const STRUCTURAL_SUFFIXES = /(Connection|Edge|Payload)$/;

export function categoryOfType(typeName: string): DataCategory | undefined {
  return typeCategories[typeName] ?? (STRUCTURAL_SUFFIXES.test(typeName) ? C.STRUCTURE : undefined);
}

/** True for a type holding personal data: each of its fields must name its category. */
export function holdsPersonalData(typeName: string): boolean {
  const category = typeCategories[typeName];
  return category !== undefined && personalCategories.has(category);
}

/** A field's category; for types holding personal data only the explicit one, never the type's. */
export function categoryOfField(typeName: string, fieldName: string): DataCategory | undefined {
  if (holdsPersonalData(typeName)) return personalFieldCategories[typeName]?.[fieldName];
  return fieldCategories[`${typeName}.${fieldName}`] ?? categoryOfType(typeName);
}
