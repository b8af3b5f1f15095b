import { DataCategory } from './field-categories';

const C = DataCategory;

/**
 * What a query argument compares is data too: filtering or sorting by a value classifies the rows by it
 * as surely as reading it. Every field of the input types queries take (filters, orders) names the
 * category of the data it compares; an audience's schema keeps only those it may read (audience-schema.ts),
 * and a test fails when one is missing. Mutation inputs are governed by the mutation's write category.
 */
export const inputFieldCategories: Record<string, DataCategory> = {
  'HouseholdFilter.siteId': C.ACCOMMODATION_HISTORY,
  'HouseholdFilter.districtId': C.ACCOMMODATION_HISTORY,
  'HouseholdFilter.benefitRegimes': C.LEGAL_STATUS,
  'HouseholdFilter.inCommunalAccommodation': C.ACCOMMODATION_HISTORY,
  'HouseholdFilter.minDaysInCommunalAccommodation': C.ACCOMMODATION_HISTORY,
  'HouseholdFilter.maxDaysInCommunalAccommodation': C.ACCOMMODATION_HISTORY,
  'HouseholdFilter.arrivedFrom': C.COMPOSITION,
  'HouseholdFilter.arrivedUntil': C.COMPOSITION,
  // The sort key itself is named by HouseholdSortField's values below.
  'HouseholdOrder.field': C.STRUCTURE,
  'HouseholdOrder.direction': C.STRUCTURE,
  'SiteFilter.districtId': C.NON_PERSONAL,
  'ApartmentOfferFilter.districtId': C.OFFERS,
  'ApartmentOfferFilter.statuses': C.OFFERS,
  'ApartmentOfferFilter.maxGrossColdRent': C.OFFERS,
  'ApartmentOfferFilter.minLivingSpaceSqm': C.OFFERS,
  'ApartmentOfferFilter.maxLivingSpaceSqm': C.OFFERS,
  'ApartmentOfferFilter.minRooms': C.OFFERS,
  'ApartmentOfferFilter.stepFree': C.OFFERS,
  'ApartmentOfferFilter.wbsRequired': C.OFFERS,
  'ApartmentOfferFilter.availableBy': C.OFFERS,
  'ApartmentOfferOrder.field': C.STRUCTURE,
  'ApartmentOfferOrder.direction': C.STRUCTURE,
  'VolunteerFilter.languages': C.VOLUNTEERING,
  'VolunteerFilter.groupId': C.VOLUNTEERING,
  'VolunteerFilter.groupFormat': C.VOLUNTEERING,
  'VolunteerFilter.skill': C.VOLUNTEERING,
  'VolunteerFilter.availableIn': C.VOLUNTEERING,
  'AppointmentFilter.startsFrom': C.VOLUNTEERING,
  'AppointmentFilter.startsBefore': C.VOLUNTEERING,
  // Which kinds may be asked for is decided per value (AppointmentKind below).
  'AppointmentFilter.kinds': C.VOLUNTEERING,
  'AppointmentFilter.interpreterLanguage': C.VOLUNTEERING,
  'AuditEventFilter.actions': C.AUDIT,
  'AuditEventFilter.actor': C.AUDIT,
  'AuditEventFilter.entityId': C.AUDIT,
  'AuditEventFilter.from': C.AUDIT,
  'AuditEventFilter.subjectId': C.AUDIT,
  'AuditEventFilter.category': C.AUDIT,
};

/**
 * Category of each value of the enums queries take as arguments (sort keys, filter values), by
 * `Enum.VALUE`. A value outside the grant is not in the audience's schema: it can be neither sent nor
 * returned, so a resolver that could produce it renders a neutral value for that audience instead
 * (see appointment-rendering.ts). Enums only ever returned are not listed.
 */
export const enumValueCategories: Record<string, DataCategory> = {
  'HouseholdSortField.REFERENCE': C.COMPOSITION,
  'HouseholdSortField.ARRIVED_ON': C.COMPOSITION,
  'HouseholdSortField.COMMUNAL_SINCE': C.ACCOMMODATION_HISTORY,
  'ApartmentOfferSortField.GROSS_COLD_RENT': C.OFFERS,
  'ApartmentOfferSortField.LIVING_SPACE': C.OFFERS,
  'ApartmentOfferSortField.AVAILABLE_FROM': C.OFFERS,
  'SortDirection.ASC': C.STRUCTURE,
  'SortDirection.DESC': C.STRUCTURE,
  'BenefitRegime.ASYLBLG_BASIC': C.LEGAL_STATUS,
  'BenefitRegime.ASYLBLG_ANALOG': C.LEGAL_STATUS,
  'BenefitRegime.SGB_II': C.LEGAL_STATUS,
  'BenefitRegime.SGB_XII': C.LEGAL_STATUS,
  'OfferStatus.OPEN': C.OFFERS,
  'OfferStatus.TAKEN': C.OFFERS,
  'OfferStatus.WITHDRAWN': C.OFFERS,
  'ProviderKind.WELFARE_ORGANISATION': C.NON_PERSONAL,
  'ProviderKind.COORDINATION_OFFICE': C.NON_PERSONAL,
  'ProviderKind.LANGUAGE_SCHOOL': C.NON_PERSONAL,
  'ProviderKind.COUNSELLING_SERVICE': C.NON_PERSONAL,
  'ProviderKind.ACCOMMODATION_OPERATOR': C.NON_PERSONAL,
  'ProviderKind.VOLUNTEER_AGENCY': C.NON_PERSONAL,
  'VolunteerGroupFormat.LANGUAGE_SUPPORT': C.VOLUNTEERING,
  'VolunteerGroupFormat.RAPID_RESPONSE': C.VOLUNTEERING,
  'VolunteerGroupFormat.LIAISON': C.VOLUNTEERING,
  'AppointmentKind.AUTHORITY_VISIT': C.VOLUNTEERING,
  'AppointmentKind.FLAT_VIEWING': C.VOLUNTEERING,
  'AppointmentKind.SCHOOL': C.VOLUNTEERING,
  // Counselling can be psychosocial, medical appointments are health data (GDPR Art. 9).
  'AppointmentKind.COUNSELLING': C.SPECIAL_CATEGORY,
  'AppointmentKind.MEDICAL': C.SPECIAL_CATEGORY,
  'AppointmentKind.ACCOMPANIMENT': C.VOLUNTEERING,
  'AreaKind.CITY': C.NON_PERSONAL,
  'AreaKind.DISTRICT': C.NON_PERSONAL,
  'DemographicIndicator.POPULATION': C.NON_PERSONAL,
  'DemographicIndicator.POPULATION_CHANGE_SINCE_2011': C.NON_PERSONAL,
  'DemographicIndicator.POPULATION_CHANGE_5_YEARS': C.NON_PERSONAL,
  'DemographicIndicator.BIRTHS': C.NON_PERSONAL,
  'DemographicIndicator.DEATHS': C.NON_PERSONAL,
  'DemographicIndicator.NATURAL_BALANCE': C.NON_PERSONAL,
  'DemographicIndicator.IN_MIGRATION': C.NON_PERSONAL,
  'DemographicIndicator.OUT_MIGRATION': C.NON_PERSONAL,
  'DemographicIndicator.EDUCATION_MIGRATION': C.NON_PERSONAL,
  'DemographicIndicator.FAMILY_MIGRATION': C.NON_PERSONAL,
  'DemographicIndicator.MEDIAN_AGE': C.NON_PERSONAL,
  'DemographicIndicator.AVERAGE_AGE': C.NON_PERSONAL,
  'DemographicIndicator.YOUTH_RATIO': C.NON_PERSONAL,
  'DemographicIndicator.OLD_AGE_RATIO': C.NON_PERSONAL,
  'DemographicIndicator.POPULATION_DENSITY': C.NON_PERSONAL,
  'DemographicIndicator.PEOPLE_WITH_REFUGEE_EXPERIENCE': C.NON_PERSONAL,
  'AuditAction.READ': C.AUDIT,
  'AuditAction.CREATE': C.AUDIT,
  'AuditAction.UPDATE': C.AUDIT,
  'AuditAction.DELETE': C.AUDIT,
  'AuditAction.RETENTION': C.AUDIT,
  'StatisticsDimension.DISTRICT': C.AGGREGATES,
  'StatisticsDimension.SITE': C.AGGREGATES,
  'StatisticsDimension.BENEFIT_REGIME': C.AGGREGATES,
};
