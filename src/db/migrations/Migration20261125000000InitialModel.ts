import { Migration } from '@mikro-orm/migrations';

/** The whole model of issue 2: people, accommodation, housing, providers, volunteers, demography. */
export class Migration20261125000000InitialModel extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "area" ("id" serial primary key, "code" text not null, "name" text not null, "kind" text check ("kind" in ('CITY', 'DISTRICT')) not null, "parent_id" int null);`,
    );
    this.addSql(`alter table "area" add constraint "area_code_unique" unique ("code");`);
    this.addSql(`create index "area_parent_id_index" on "area" ("parent_id");`);
    this.addSql(
      `create table "apartment_offer" ("id" serial primary key, "landlord_name" text not null, "address" text not null, "district_id" int not null, "living_space_sqm" double precision not null, "rooms" smallint not null, "gross_cold_rent_cents" int not null, "wbs_required" boolean not null, "step_free" boolean not null, "available_from" date not null, "status" text check ("status" in ('OPEN', 'TAKEN', 'WITHDRAWN')) not null);`,
    );
    this.addSql(`create index "apartment_offer_district_id_index" on "apartment_offer" ("district_id");`);
    this.addSql(
      `create index "apartment_offer_gross_cold_rent_cents_index" on "apartment_offer" ("gross_cold_rent_cents");`,
    );
    this.addSql(`create index "apartment_offer_status_index" on "apartment_offer" ("status");`);
    this.addSql(
      `create table "demographic_observation" ("id" serial primary key, "area_id" int not null, "indicator" text check ("indicator" in ('POPULATION', 'POPULATION_CHANGE_SINCE_2011', 'POPULATION_CHANGE_5_YEARS', 'BIRTHS', 'DEATHS', 'NATURAL_BALANCE', 'IN_MIGRATION', 'OUT_MIGRATION', 'EDUCATION_MIGRATION', 'FAMILY_MIGRATION', 'MEDIAN_AGE', 'AVERAGE_AGE', 'YOUTH_RATIO', 'OLD_AGE_RATIO', 'POPULATION_DENSITY', 'PEOPLE_WITH_REFUGEE_EXPERIENCE')) not null, "year" smallint not null, "value" double precision not null, "unit" text not null, "source" text not null, "synthetic" boolean not null default false);`,
    );
    this.addSql(
      `alter table "demographic_observation" add constraint "demographic_observation_area_id_indicator_year_unique" unique ("area_id", "indicator", "year");`,
    );
    this.addSql(
      `create table "household" ("id" serial primary key, "reference" text not null, "arrived_on" date not null, "benefit_regime" text check ("benefit_regime" in ('ASYLBLG_BASIC', 'ASYLBLG_ANALOG', 'SGB_II', 'SGB_XII')) not null, "communal_since" date null);`,
    );
    this.addSql(`alter table "household" add constraint "household_reference_unique" unique ("reference");`);
    this.addSql(`create index "household_arrived_on_index" on "household" ("arrived_on");`);
    this.addSql(`create index "household_benefit_regime_index" on "household" ("benefit_regime");`);
    this.addSql(`create index "household_communal_since_index" on "household" ("communal_since");`);
    this.addSql(
      `create table "appointment" ("id" serial primary key, "household_id" int not null, "kind" text check ("kind" in ('AUTHORITY_VISIT', 'FLAT_VIEWING', 'COUNSELLING', 'MEDICAL', 'SCHOOL')) not null, "starts_at" timestamptz not null, "location" text not null, "interpreter_language" text null, "apartment_id" int null);`,
    );
    this.addSql(`create index "appointment_household_id_index" on "appointment" ("household_id");`);
    this.addSql(
      `create table "person" ("id" serial primary key, "household_id" int not null, "relation" text check ("relation" in ('HEAD', 'PARTNER', 'CHILD', 'OTHER')) not null, "given_name" text not null, "family_name" text not null, "birth_date" date not null, "sex" text check ("sex" in ('FEMALE', 'MALE', 'DIVERSE', 'UNKNOWN')) not null, "country_of_origin" text not null, "arrived_on" date not null, "able_to_work" boolean not null, "disability_degree" smallint null, "phone" text null, "email" text null, "religion" text null, "ethnicity" text null, "asylum_reasons" text null);`,
    );
    this.addSql(`create index "person_household_id_index" on "person" ("household_id");`);
    this.addSql(
      `create table "occupation" ("id" serial primary key, "person_id" int not null, "kind" text check ("kind" in ('SCHOOL', 'VOCATIONAL_PREPARATION', 'VOCATIONAL_TRAINING', 'STUDY', 'JOB', 'INTEGRATION_COURSE')) not null, "description" text not null, "hours_per_week" smallint null, "monthly_income_cents" int null, "starts_on" date not null, "ends_on" date null);`,
    );
    this.addSql(`create index "occupation_person_id_index" on "occupation" ("person_id");`);
    this.addSql(
      `create table "need" ("id" serial primary key, "person_id" int not null, "category" text check ("category" in ('DISABILITY', 'SERIOUS_ILLNESS', 'MENTAL_HEALTH', 'PTSD', 'PREGNANCY', 'SURVIVOR_OF_VIOLENCE', 'TRAFFICKING_VICTIM', 'LGBTI', 'UNACCOMPANIED_MINOR', 'CONFLICT', 'STEP_FREE_ACCESS')) not null, "details" text null, "recorded_on" date not null, "ends_on" date null);`,
    );
    this.addSql(`create index "need_person_id_index" on "need" ("person_id");`);
    this.addSql(
      `create table "legal_status" ("id" serial primary key, "person_id" int not null, "kind" text check ("kind" in ('ASYLUM_PROCEDURE', 'TOLERATED', 'RESIDENCE_PERMIT', 'TEMPORARY_PROTECTION', 'SETTLEMENT_PERMIT', 'PERMANENT_RESIDENCE_EU')) not null, "paragraph" text not null, "valid_from" date not null, "valid_until" date null, "issuing_authority" text not null);`,
    );
    this.addSql(`create index "legal_status_person_id_index" on "legal_status" ("person_id");`);
    this.addSql(
      `create table "person_language" ("id" serial primary key, "person_id" int not null, "language" text not null, "level" text check ("level" in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')) not null);`,
    );
    this.addSql(`create index "person_language_person_id_index" on "person_language" ("person_id");`);
    this.addSql(
      `alter table "person_language" add constraint "person_language_person_id_language_unique" unique ("person_id", "language");`,
    );
    this.addSql(
      `create table "provider" ("id" serial primary key, "name" text not null, "kind" text check ("kind" in ('WELFARE_ORGANISATION', 'COORDINATION_OFFICE', 'LANGUAGE_SCHOOL', 'COUNSELLING_SERVICE', 'ACCOMMODATION_OPERATOR', 'VOLUNTEER_AGENCY')) not null, "email" text null, "phone" text null);`,
    );
    this.addSql(`alter table "provider" add constraint "provider_name_unique" unique ("name");`);
    this.addSql(
      `create table "consent" ("id" serial primary key, "person_id" int not null, "recipient_id" int not null, "purposes" text[] not null, "given_on" date not null, "revoked_on" date null, constraint consent_range_valid check (revoked_on is null or revoked_on >= given_on));`,
    );
    this.addSql(`create index "consent_person_id_index" on "consent" ("person_id");`);
    this.addSql(`create index "consent_recipient_id_index" on "consent" ("recipient_id");`);
    this.addSql(
      `create table "case_assignment" ("id" serial primary key, "provider_id" int not null, "household_id" int not null, "purpose" text check ("purpose" in ('SOCIAL_WORK', 'HOUSING_SEARCH', 'MIGRATION_COUNSELLING', 'LANGUAGE_SUPPORT', 'HEALTH_COUNSELLING', 'ACCOMMODATION')) not null, "mandate_from" date not null, "mandate_until" date not null, "ended_on" date null, constraint case_assignment_mandate_valid check (mandate_until >= mandate_from));`,
    );
    this.addSql(`create index "case_assignment_provider_id_index" on "case_assignment" ("provider_id");`);
    this.addSql(`create index "case_assignment_household_id_index" on "case_assignment" ("household_id");`);
    this.addSql(
      `create table "provider_service" ("id" serial primary key, "provider_id" int not null, "purpose" text check ("purpose" in ('SOCIAL_WORK', 'HOUSING_SEARCH', 'MIGRATION_COUNSELLING', 'LANGUAGE_SUPPORT', 'HEALTH_COUNSELLING', 'ACCOMMODATION')) not null, "name" text not null);`,
    );
    this.addSql(`create index "provider_service_provider_id_index" on "provider_service" ("provider_id");`);
    this.addSql(
      `create table "site" ("id" serial primary key, "name" text not null, "address" text not null, "district_id" int not null, "operator_id" int null, "opened_on" date not null);`,
    );
    this.addSql(`alter table "site" add constraint "site_name_unique" unique ("name");`);
    this.addSql(`create index "site_district_id_index" on "site" ("district_id");`);
    this.addSql(`create index "site_operator_id_index" on "site" ("operator_id");`);
    this.addSql(
      `create table "tenancy" ("id" serial primary key, "household_id" int not null, "apartment_id" int not null, "moved_in_on" date not null, "ends_on" date null, constraint tenancy_range_valid check (ends_on is null or ends_on > moved_in_on));`,
    );
    this.addSql(`create index "tenancy_household_id_index" on "tenancy" ("household_id");`);
    this.addSql(`create index "tenancy_apartment_id_index" on "tenancy" ("apartment_id");`);
    this.addSql(
      `create table "unit" ("id" serial primary key, "site_id" int not null, "name" text not null, "floor" smallint not null, "step_free" boolean not null);`,
    );
    this.addSql(`create index "unit_site_id_index" on "unit" ("site_id");`);
    this.addSql(
      `create table "bed" ("id" serial primary key, "unit_id" int not null, "label" text not null, "blocked_reason" text null);`,
    );
    this.addSql(`create index "bed_unit_id_index" on "bed" ("unit_id");`);
    this.addSql(
      `create table "stay" ("id" serial primary key, "person_id" int not null, "bed_id" int not null, "starts_on" date not null, "ends_on" date null, constraint stay_range_valid check (ends_on is null or ends_on > starts_on));`,
    );
    this.addSql(`create index "stay_person_id_index" on "stay" ("person_id");`);
    this.addSql(`create index "stay_bed_id_index" on "stay" ("bed_id");`);
    this.addSql(
      `create table "volunteer" ("id" serial primary key, "given_name" text not null, "family_name" text not null, "email" text null, "phone" text null, "languages" text[] not null, "skills" text[] not null, "availability" text[] not null, "joined_on" date not null);`,
    );
    this.addSql(`create index "volunteer_languages_index" on "volunteer" using gin ("languages");`);
    this.addSql(
      `create table "volunteer_assignment" ("id" serial primary key, "volunteer_id" int not null, "household_id" int null, "appointment_id" int null, "task" text not null, "starts_on" date not null, "ends_on" date null, constraint volunteer_assignment_target check (household_id is not null or appointment_id is not null));`,
    );
    this.addSql(`create index "volunteer_assignment_volunteer_id_index" on "volunteer_assignment" ("volunteer_id");`);
    this.addSql(`create index "volunteer_assignment_household_id_index" on "volunteer_assignment" ("household_id");`);
    this.addSql(
      `create index "volunteer_assignment_appointment_id_index" on "volunteer_assignment" ("appointment_id");`,
    );
    this.addSql(
      `create table "volunteer_group" ("id" serial primary key, "name" text not null, "format" text check ("format" in ('LANGUAGE_SUPPORT', 'RAPID_RESPONSE', 'LIAISON')) not null);`,
    );
    this.addSql(`alter table "volunteer_group" add constraint "volunteer_group_name_unique" unique ("name");`);
    this.addSql(
      `create table "volunteer_group_membership" ("id" serial primary key, "volunteer_id" int not null, "group_id" int not null, "since" date not null);`,
    );
    this.addSql(
      `create index "volunteer_group_membership_group_id_index" on "volunteer_group_membership" ("group_id");`,
    );
    this.addSql(
      `alter table "volunteer_group_membership" add constraint "volunteer_group_membership_volunteer_id_group_id_unique" unique ("volunteer_id", "group_id");`,
    );
    this.addSql(
      `alter table "area" add constraint "area_parent_id_foreign" foreign key ("parent_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "apartment_offer" add constraint "apartment_offer_district_id_foreign" foreign key ("district_id") references "area" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "demographic_observation" add constraint "demographic_observation_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_apartment_id_foreign" foreign key ("apartment_id") references "apartment_offer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "person" add constraint "person_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "occupation" add constraint "occupation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "need" add constraint "need_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "legal_status" add constraint "legal_status_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "person_language" add constraint "person_language_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_recipient_id_foreign" foreign key ("recipient_id") references "provider" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_assignment" add constraint "case_assignment_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_assignment" add constraint "case_assignment_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "provider_service" add constraint "provider_service_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "site" add constraint "site_district_id_foreign" foreign key ("district_id") references "area" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "site" add constraint "site_operator_id_foreign" foreign key ("operator_id") references "provider" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "tenancy" add constraint "tenancy_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "tenancy" add constraint "tenancy_apartment_id_foreign" foreign key ("apartment_id") references "apartment_offer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "bed" add constraint "bed_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "stay" add constraint "stay_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "stay" add constraint "stay_bed_id_foreign" foreign key ("bed_id") references "bed" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "volunteer_assignment" add constraint "volunteer_assignment_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_assignment" add constraint "volunteer_assignment_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_assignment" add constraint "volunteer_assignment_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_group_membership" add constraint "volunteer_group_membership_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer_group_membership" add constraint "volunteer_group_membership_group_id_foreign" foreign key ("group_id") references "volunteer_group" ("id") on update cascade on delete cascade;`,
    );

    // One bed holds one person at a time; one person is in one bed at a time; one household has one
    // tenancy at a time and one flat one tenancy. The database refuses overlaps, not only the code.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(
      `alter table "stay" add constraint "stay_bed_no_overlap" exclude using gist ("bed_id" with =, daterange("starts_on", "ends_on", '[)') with &&);`,
    );
    this.addSql(
      `alter table "stay" add constraint "stay_person_no_overlap" exclude using gist ("person_id" with =, daterange("starts_on", "ends_on", '[)') with &&);`,
    );
    this.addSql(
      `alter table "tenancy" add constraint "tenancy_household_no_overlap" exclude using gist ("household_id" with =, daterange("moved_in_on", "ends_on", '[)') with &&);`,
    );
    this.addSql(
      `alter table "tenancy" add constraint "tenancy_apartment_no_overlap" exclude using gist ("apartment_id" with =, daterange("moved_in_on", "ends_on", '[)') with &&);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "volunteer_group_membership" cascade;`);
    this.addSql(`drop table if exists "volunteer_group" cascade;`);
    this.addSql(`drop table if exists "volunteer_assignment" cascade;`);
    this.addSql(`drop table if exists "volunteer" cascade;`);
    this.addSql(`drop table if exists "stay" cascade;`);
    this.addSql(`drop table if exists "bed" cascade;`);
    this.addSql(`drop table if exists "unit" cascade;`);
    this.addSql(`drop table if exists "tenancy" cascade;`);
    this.addSql(`drop table if exists "site" cascade;`);
    this.addSql(`drop table if exists "provider_service" cascade;`);
    this.addSql(`drop table if exists "case_assignment" cascade;`);
    this.addSql(`drop table if exists "consent" cascade;`);
    this.addSql(`drop table if exists "provider" cascade;`);
    this.addSql(`drop table if exists "person_language" cascade;`);
    this.addSql(`drop table if exists "legal_status" cascade;`);
    this.addSql(`drop table if exists "need" cascade;`);
    this.addSql(`drop table if exists "occupation" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "appointment" cascade;`);
    this.addSql(`drop table if exists "household" cascade;`);
    this.addSql(`drop table if exists "demographic_observation" cascade;`);
    this.addSql(`drop table if exists "apartment_offer" cascade;`);
    this.addSql(`drop table if exists "area" cascade;`);
  }
}
