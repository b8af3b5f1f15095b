import { registerEnumType } from 'type-graphql';

export enum ProviderKind {
  WELFARE_ORGANISATION = 'WELFARE_ORGANISATION',
  COORDINATION_OFFICE = 'COORDINATION_OFFICE',
  LANGUAGE_SCHOOL = 'LANGUAGE_SCHOOL',
  COUNSELLING_SERVICE = 'COUNSELLING_SERVICE',
  ACCOMMODATION_OPERATOR = 'ACCOMMODATION_OPERATOR',
  VOLUNTEER_AGENCY = 'VOLUNTEER_AGENCY',
}
registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'What kind of organisation a provider is.',
  valuesConfig: {
    WELFARE_ORGANISATION: { description: 'A welfare organisation (freier Träger), e.g. Caritas, Diakonie, AWO, DRK.' },
    COORDINATION_OFFICE: {
      description: 'The coordination office for refugee social work (Koordinierungsstelle Flüchtlingssozialarbeit).',
    },
    VOLUNTEER_AGENCY: { description: 'The volunteer agency (Freiwilligen-Agentur).' },
  },
});

/** Why a provider serves a household; consents and access are granted per purpose. */
export enum CasePurpose {
  SOCIAL_WORK = 'SOCIAL_WORK',
  HOUSING_SEARCH = 'HOUSING_SEARCH',
  MIGRATION_COUNSELLING = 'MIGRATION_COUNSELLING',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
  HEALTH_COUNSELLING = 'HEALTH_COUNSELLING',
  ACCOMMODATION = 'ACCOMMODATION',
}
registerEnumType(CasePurpose, {
  name: 'CasePurpose',
  description: 'Purpose for which a provider serves a household and may process its data.',
});
