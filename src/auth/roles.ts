import { registerEnumType } from 'type-graphql';

/** The audiences of the hub (../shared/DOMAIN.md, data protection). */
export enum Role {
  ADMINISTRATOR = 'ADMINISTRATOR',
  CASEWORKER = 'CASEWORKER',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  VOLUNTEER_COORDINATOR = 'VOLUNTEER_COORDINATOR',
  HOUSING_OFFICER = 'HOUSING_OFFICER',
  PLANNER = 'PLANNER',
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Who is asking: each role sees its own part of the graph.',
  valuesConfig: {
    ADMINISTRATOR: { description: 'Administration of the hub: everything, for administration only.' },
    CASEWORKER: { description: 'Coordination office for refugee social work (Koordinierungsstelle): full case view.' },
    PROVIDER_STAFF: {
      description: 'Staff of a partner organisation: only households it holds an active mandate and consent for.',
    },
    VOLUNTEER_COORDINATOR: {
      description: 'Volunteer agency (Freiwilligen-Agentur): volunteers and the households they accompany.',
    },
    HOUSING_OFFICER: {
      description: 'Housing office: accommodation, offers and what matching needs, no special categories.',
    },
    PLANNER: { description: 'Planning staff: aggregates and non-personal data only.' },
    DATA_PROTECTION_OFFICER: { description: 'Data-protection officer: the audit log.' },
  },
});

/** Why a request reads or changes data (GDPR Art. 5 (1) b, purpose limitation). */
export enum Purpose {
  ADMINISTRATION = 'ADMINISTRATION',
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  SOCIAL_COUNSELLING = 'SOCIAL_COUNSELLING',
  HOUSING_PLACEMENT = 'HOUSING_PLACEMENT',
  VOLUNTEER_COORDINATION = 'VOLUNTEER_COORDINATION',
  PLANNING = 'PLANNING',
  DATA_PROTECTION_AUDIT = 'DATA_PROTECTION_AUDIT',
}
registerEnumType(Purpose, {
  name: 'Purpose',
  description:
    'Purpose a request declares (header `X-Lotse-Purpose`); the policy says which roles may use which purposes.',
});
