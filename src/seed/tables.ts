/**
 * Row shapes of the seeded tables, keyed by the real column names of the initial migration, and the
 * order in which tables can be filled without breaking a foreign key.
 */
import type { AppointmentKind } from '../modules/appointments/appointments.enums';
import type { AreaKind, DemographicIndicator } from '../modules/demography/demography.enums';
import type { OfferStatus } from '../modules/housing/housing.enums';
import type {
  BenefitRegime,
  LanguageLevel,
  LegalStatusKind,
  MemberRelation,
  NeedCategory,
  OccupationKind,
  Sex,
} from '../modules/people/people.enums';
import type { CasePurpose, ProviderKind } from '../modules/providers/providers.enums';
import type { VolunteerGroupFormat } from '../modules/volunteers/volunteers.enums';

/** Dates are ISO strings ('YYYY-MM-DD'); timestamps are full ISO instants. */
type Iso = string;

export interface AreaRow {
  id: number;
  code: string;
  name: string;
  kind: AreaKind;
  parent_id: number | null;
}
export interface DemographicObservationRow {
  id: number;
  area_id: number;
  indicator: DemographicIndicator;
  year: number;
  value: number;
  unit: string;
  source: string;
  synthetic: boolean;
}
export interface ProviderRow {
  id: number;
  name: string;
  kind: ProviderKind;
  email: string | null;
  phone: string | null;
}
export interface ProviderServiceRow {
  id: number;
  provider_id: number;
  purpose: CasePurpose;
  name: string;
}
export interface SiteRow {
  id: number;
  name: string;
  address: string;
  district_id: number;
  operator_id: number | null;
  opened_on: Iso;
}
export interface UnitRow {
  id: number;
  site_id: number;
  name: string;
  floor: number;
  step_free: boolean;
}
export interface BedRow {
  id: number;
  unit_id: number;
  label: string;
  blocked_reason: string | null;
}
export interface VolunteerRow {
  id: number;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  skills: string[];
  availability: string[];
  joined_on: Iso;
}
export interface VolunteerGroupRow {
  id: number;
  name: string;
  format: VolunteerGroupFormat;
}
export interface VolunteerGroupMembershipRow {
  id: number;
  volunteer_id: number;
  group_id: number;
  since: Iso;
}
export interface ApartmentOfferRow {
  id: number;
  landlord_name: string;
  address: string;
  district_id: number;
  living_space_sqm: number;
  rooms: number;
  gross_cold_rent_cents: number;
  wbs_required: boolean;
  step_free: boolean;
  available_from: Iso;
  status: OfferStatus;
}
export interface HouseholdRow {
  id: number;
  reference: string;
  arrived_on: Iso;
  benefit_regime: BenefitRegime;
  communal_since: Iso | null;
}
export interface PersonRow {
  id: number;
  household_id: number;
  relation: MemberRelation;
  given_name: string;
  family_name: string;
  birth_date: Iso;
  sex: Sex;
  country_of_origin: string;
  arrived_on: Iso;
  able_to_work: boolean;
  disability_degree: number | null;
  phone: string | null;
  email: string | null;
  religion: string | null;
  ethnicity: string | null;
  asylum_reasons: string | null;
}
export interface LegalStatusRow {
  id: number;
  person_id: number;
  kind: LegalStatusKind;
  paragraph: string;
  valid_from: Iso;
  valid_until: Iso | null;
  issuing_authority: string;
}
export interface OccupationRow {
  id: number;
  person_id: number;
  kind: OccupationKind;
  description: string;
  hours_per_week: number | null;
  monthly_income_cents: number | null;
  starts_on: Iso;
  ends_on: Iso | null;
}
export interface NeedRow {
  id: number;
  person_id: number;
  category: NeedCategory;
  details: string | null;
  recorded_on: Iso;
  ends_on: Iso | null;
}
export interface PersonLanguageRow {
  id: number;
  person_id: number;
  language: string;
  level: LanguageLevel;
}
export interface StayRow {
  id: number;
  person_id: number;
  bed_id: number;
  starts_on: Iso;
  ends_on: Iso | null;
}
export interface TenancyRow {
  id: number;
  household_id: number;
  apartment_id: number;
  moved_in_on: Iso;
  ends_on: Iso | null;
}
export interface CaseAssignmentRow {
  id: number;
  provider_id: number;
  household_id: number;
  purpose: CasePurpose;
  mandate_from: Iso;
  mandate_until: Iso;
  ended_on: Iso | null;
}
export interface ConsentRow {
  id: number;
  person_id: number;
  recipient_id: number;
  purposes: CasePurpose[];
  given_on: Iso;
  revoked_on: Iso | null;
}
export interface AppointmentRow {
  id: number;
  household_id: number;
  kind: AppointmentKind;
  starts_at: string;
  location: string;
  interpreter_language: string | null;
  apartment_id: number | null;
}
export interface VolunteerAssignmentRow {
  id: number;
  volunteer_id: number;
  household_id: number | null;
  appointment_id: number | null;
  task: string;
  starts_on: Iso;
  ends_on: Iso | null;
}

/** Table name → row type. The key order is a valid fill order (parents before children). */
export interface SeedRows {
  area: AreaRow;
  demographic_observation: DemographicObservationRow;
  provider: ProviderRow;
  provider_service: ProviderServiceRow;
  site: SiteRow;
  unit: UnitRow;
  bed: BedRow;
  volunteer: VolunteerRow;
  volunteer_group: VolunteerGroupRow;
  volunteer_group_membership: VolunteerGroupMembershipRow;
  apartment_offer: ApartmentOfferRow;
  household: HouseholdRow;
  person: PersonRow;
  legal_status: LegalStatusRow;
  occupation: OccupationRow;
  need: NeedRow;
  person_language: PersonLanguageRow;
  stay: StayRow;
  tenancy: TenancyRow;
  case_assignment: CaseAssignmentRow;
  consent: ConsentRow;
  appointment: AppointmentRow;
  volunteer_assignment: VolunteerAssignmentRow;
}

export type SeedTable = keyof SeedRows;

/** Columns in COPY order; typed so that a column missing from a row type does not compile. */
export const COLUMNS: { [T in SeedTable]: readonly (keyof SeedRows[T] & string)[] } = {
  area: ['id', 'code', 'name', 'kind', 'parent_id'],
  demographic_observation: ['id', 'area_id', 'indicator', 'year', 'value', 'unit', 'source', 'synthetic'],
  provider: ['id', 'name', 'kind', 'email', 'phone'],
  provider_service: ['id', 'provider_id', 'purpose', 'name'],
  site: ['id', 'name', 'address', 'district_id', 'operator_id', 'opened_on'],
  unit: ['id', 'site_id', 'name', 'floor', 'step_free'],
  bed: ['id', 'unit_id', 'label', 'blocked_reason'],
  volunteer: ['id', 'given_name', 'family_name', 'email', 'phone', 'languages', 'skills', 'availability', 'joined_on'],
  volunteer_group: ['id', 'name', 'format'],
  volunteer_group_membership: ['id', 'volunteer_id', 'group_id', 'since'],
  apartment_offer: [
    'id',
    'landlord_name',
    'address',
    'district_id',
    'living_space_sqm',
    'rooms',
    'gross_cold_rent_cents',
    'wbs_required',
    'step_free',
    'available_from',
    'status',
  ],
  household: ['id', 'reference', 'arrived_on', 'benefit_regime', 'communal_since'],
  person: [
    'id',
    'household_id',
    'relation',
    'given_name',
    'family_name',
    'birth_date',
    'sex',
    'country_of_origin',
    'arrived_on',
    'able_to_work',
    'disability_degree',
    'phone',
    'email',
    'religion',
    'ethnicity',
    'asylum_reasons',
  ],
  legal_status: ['id', 'person_id', 'kind', 'paragraph', 'valid_from', 'valid_until', 'issuing_authority'],
  occupation: [
    'id',
    'person_id',
    'kind',
    'description',
    'hours_per_week',
    'monthly_income_cents',
    'starts_on',
    'ends_on',
  ],
  need: ['id', 'person_id', 'category', 'details', 'recorded_on', 'ends_on'],
  person_language: ['id', 'person_id', 'language', 'level'],
  stay: ['id', 'person_id', 'bed_id', 'starts_on', 'ends_on'],
  tenancy: ['id', 'household_id', 'apartment_id', 'moved_in_on', 'ends_on'],
  case_assignment: ['id', 'provider_id', 'household_id', 'purpose', 'mandate_from', 'mandate_until', 'ended_on'],
  consent: ['id', 'person_id', 'recipient_id', 'purposes', 'given_on', 'revoked_on'],
  appointment: ['id', 'household_id', 'kind', 'starts_at', 'location', 'interpreter_language', 'apartment_id'],
  volunteer_assignment: ['id', 'volunteer_id', 'household_id', 'appointment_id', 'task', 'starts_on', 'ends_on'],
};

export const SEED_TABLES = Object.keys(COLUMNS) as SeedTable[];

/** One slice of rows for one table; the generator yields these in fill order. */
export type TableBatch = { [T in SeedTable]: { table: T; rows: SeedRows[T][] } }[SeedTable];

/** Rows per table collected in one place (handy for small scales and tests). */
export type SeedTables = { [T in SeedTable]: SeedRows[T][] };
