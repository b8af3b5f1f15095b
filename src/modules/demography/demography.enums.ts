import { registerEnumType } from 'type-graphql';

export enum AreaKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}
registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'Level of an area: the whole city or one of its districts (Stadtteile).',
});

/** Indicators as published for municipalities (Wegweiser-Kommune style), yearly. */
export enum DemographicIndicator {
  POPULATION = 'POPULATION',
  POPULATION_CHANGE_SINCE_2011 = 'POPULATION_CHANGE_SINCE_2011',
  POPULATION_CHANGE_5_YEARS = 'POPULATION_CHANGE_5_YEARS',
  BIRTHS = 'BIRTHS',
  DEATHS = 'DEATHS',
  NATURAL_BALANCE = 'NATURAL_BALANCE',
  IN_MIGRATION = 'IN_MIGRATION',
  OUT_MIGRATION = 'OUT_MIGRATION',
  EDUCATION_MIGRATION = 'EDUCATION_MIGRATION',
  FAMILY_MIGRATION = 'FAMILY_MIGRATION',
  MEDIAN_AGE = 'MEDIAN_AGE',
  AVERAGE_AGE = 'AVERAGE_AGE',
  YOUTH_RATIO = 'YOUTH_RATIO',
  OLD_AGE_RATIO = 'OLD_AGE_RATIO',
  POPULATION_DENSITY = 'POPULATION_DENSITY',
  PEOPLE_WITH_REFUGEE_EXPERIENCE = 'PEOPLE_WITH_REFUGEE_EXPERIENCE',
}
registerEnumType(DemographicIndicator, {
  name: 'DemographicIndicator',
  description: 'A demographic-profile indicator (Demographieprofil), as published for municipalities.',
  valuesConfig: {
    POPULATION: { description: 'Inhabitants (persons).' },
    POPULATION_CHANGE_SINCE_2011: { description: 'Population change since 2011 (%).' },
    POPULATION_CHANGE_5_YEARS: { description: 'Population change over the last 5 years (%).' },
    BIRTHS: { description: 'Births per 1,000 inhabitants.' },
    DEATHS: { description: 'Deaths per 1,000 inhabitants.' },
    NATURAL_BALANCE: { description: 'Births minus deaths per 1,000 inhabitants.' },
    IN_MIGRATION: { description: 'In-migration per 1,000 inhabitants.' },
    OUT_MIGRATION: { description: 'Out-migration per 1,000 inhabitants.' },
    EDUCATION_MIGRATION: { description: 'Net migration of 18–24-year-olds per 1,000 of that age.' },
    FAMILY_MIGRATION: { description: 'Net migration of families (under 18 and 30–49) per 1,000 of that age.' },
    MEDIAN_AGE: { description: 'Median age (years).' },
    AVERAGE_AGE: { description: 'Average age (years).' },
    YOUTH_RATIO: { description: 'Under-20s per 100 people aged 20–64.' },
    OLD_AGE_RATIO: { description: 'People 65 and older per 100 people aged 20–64.' },
    POPULATION_DENSITY: { description: 'Inhabitants per km².' },
    PEOPLE_WITH_REFUGEE_EXPERIENCE: { description: 'People with refugee experience (persons).' },
  },
});
