/**
 * Every object type and field of the graph belongs to a data category; the policy grants categories to
 * role × purpose. A type's category applies to all its fields unless a field names its own.
 * Types not listed here are visible to administrators only (default deny), and a test lists them.
 */
export enum DataCategory {
  /** Shapes of the graph itself: connections, edges, page info, payloads, Node. Visible where their content is. */
  STRUCTURE = 'STRUCTURE',
  /** Sites, units, beds, capacity, areas, demographic figures, providers: no personal data. */
  NON_PERSONAL = 'NON_PERSONAL',
  /** Flats offered by private landlords (the landlord's name is personal data of the landlord). */
  OFFERS = 'OFFERS',
  /** Who belongs to a household: names, relation, age, arrival. */
  COMPOSITION = 'COMPOSITION',
  /** Phone and e-mail. */
  CONTACT = 'CONTACT',
  LANGUAGES = 'LANGUAGES',
  /** Residence documents, benefit regime, ability to work, country of origin. */
  LEGAL_STATUS = 'LEGAL_STATUS',
  /** School, training, jobs, income. */
  EDUCATION_AND_WORK = 'EDUCATION_AND_WORK',
  /** GDPR Art. 9/10: health, disability, pregnancy, trauma, sexual orientation, religion, ethnicity, asylum reasons, conflicts. */
  SPECIAL_CATEGORY = 'SPECIAL_CATEGORY',
  /** Where a person sleeps or lives: stays, tenancies, time in communal accommodation. */
  ACCOMMODATION_HISTORY = 'ACCOMMODATION_HISTORY',
  /** Case assignments and consents. */
  CASES = 'CASES',
  /** Volunteers, their groups and assignments, appointments. */
  VOLUNTEERING = 'VOLUNTEERING',
  /** Priority score and tier (not the facts behind them). */
  PRIORITY = 'PRIORITY',
  /** The facts behind a priority: criteria, vulnerabilities. Special-category in substance. */
  PRIORITY_REASONS = 'PRIORITY_REASONS',
  /** What housing support a household can get, as outcomes. */
  ELIGIBILITY = 'ELIGIBILITY',
  /**
   * Eligibility beyond what partners may see (DOMAIN.md: WBS yes/no with expiry, rent ceiling, flat size):
   * deposit, moving costs, furnishing, the regime and the reasons behind each answer, the income.
   */
  ELIGIBILITY_DETAILS = 'ELIGIBILITY_DETAILS',
  /** The ranked queue and flat matching over all households: for roles that see every household. */
  QUEUE_AND_MATCHING = 'QUEUE_AND_MATCHING',
  /** Counts over many households with small groups suppressed: what planners see of people. */
  AGGREGATES = 'AGGREGATES',
  /** Who read or changed what (the audit log). */
  AUDIT = 'AUDIT',
  /** Running the hub: API keys, catalogues, retention. */
  ADMINISTRATION = 'ADMINISTRATION',
}

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
  'Household.priority': C.PRIORITY,
  'Household.eligibility': C.ELIGIBILITY,
  'Household.decisions': C.PRIORITY_REASONS,
  'Person.benefitRegime': C.LEGAL_STATUS,
  'HousingEligibility.kaution': C.ELIGIBILITY_DETAILS,
  'HousingEligibility.umzugskosten': C.ELIGIBILITY_DETAILS,
  'HousingEligibility.erstausstattung': C.ELIGIBILITY_DETAILS,
  'HousingEligibility.headRegime': C.ELIGIBILITY_DETAILS,
  'HousingEligibility.mixedRegimes': C.ELIGIBILITY_DETAILS,
  'HousingBenefitEligibility.regime': C.ELIGIBILITY_DETAILS,
  'HousingBenefitEligibility.reasons': C.ELIGIBILITY_DETAILS,
  'HousingBenefitEligibility.rules': C.ELIGIBILITY_DETAILS,
  'HousingBenefitEligibility.repayment': C.ELIGIBILITY_DETAILS,
  'WbsDetails.annualIncome': C.ELIGIBILITY_DETAILS,
  'Person.residenceObligation': C.LEGAL_STATUS,
  'Query.households': C.COMPOSITION,
  'Query.sites': C.NON_PERSONAL,
  'Query.areas': C.NON_PERSONAL,
  'Query.providers': C.NON_PERSONAL,
  'Query.apartmentOffers': C.OFFERS,
  'Query.volunteers': C.VOLUNTEERING,
  'Query.volunteerGroups': C.VOLUNTEERING,
  'Query.appointments': C.VOLUNTEERING,
  'Household.benefitRegime': C.LEGAL_STATUS,
  'Household.communalSince': C.ACCOMMODATION_HISTORY,
  'Household.daysInCommunalAccommodation': C.ACCOMMODATION_HISTORY,
  'Household.currentStays': C.ACCOMMODATION_HISTORY,
  'Household.currentTenancy': C.ACCOMMODATION_HISTORY,
  'Household.tenancies': C.ACCOMMODATION_HISTORY,
  'Household.caseAssignments': C.CASES,
  'Household.volunteerAssignments': C.VOLUNTEERING,
  'Household.appointments': C.VOLUNTEERING,
  'Person.phone': C.CONTACT,
  'Person.email': C.CONTACT,
  'Person.languages': C.LANGUAGES,
  'Person.ableToWork': C.LEGAL_STATUS,
  'Person.countryOfOrigin': C.LEGAL_STATUS,
  'Person.legalStatuses': C.LEGAL_STATUS,
  'Person.occupations': C.EDUCATION_AND_WORK,
  'Person.needs': C.SPECIAL_CATEGORY,
  'Person.disabilityDegree': C.SPECIAL_CATEGORY,
  'Person.religion': C.SPECIAL_CATEGORY,
  'Person.ethnicity': C.SPECIAL_CATEGORY,
  'Person.asylumReasons': C.SPECIAL_CATEGORY,
  'Person.currentStay': C.ACCOMMODATION_HISTORY,
  'Person.stays': C.ACCOMMODATION_HISTORY,
  'Person.consents': C.CASES,
  'Bed.currentStay': C.ACCOMMODATION_HISTORY,
  'Bed.stays': C.ACCOMMODATION_HISTORY,
  'ApartmentOffer.currentTenancy': C.ACCOMMODATION_HISTORY,
  'Provider.caseAssignments': C.CASES,
  // A score decomposes into the criteria behind it (with the published weights), and the catalogue's tier
  // labels and document name them: where the reasons may not be read, only the tier's neutral level remains.
  'PriorityAssessment.score': C.PRIORITY_REASONS,
  'PriorityQueueEdge.score': C.PRIORITY_REASONS,
  'MatchProposal.priorityScore': C.PRIORITY_REASONS,
  'UnmatchedHousehold.priorityScore': C.PRIORITY_REASONS,
  'MatchingResult.totalPriorityServed': C.PRIORITY_REASONS,
  'PriorityTier.id': C.PRIORITY_REASONS,
  'PriorityTier.label': C.PRIORITY_REASONS,
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

export function categoryOfField(typeName: string, fieldName: string): DataCategory | undefined {
  return fieldCategories[`${typeName}.${fieldName}`] ?? categoryOfType(typeName);
}
