/**
 * Demographic-profile figures. The city's own figures are the ones stated in DOMAIN.md, with their
 * source; everything at district level is synthetic and is marked so in the database.
 */
import { DemographicIndicator } from '../../modules/demography/demography.enums';

export interface CityFact {
  indicator: DemographicIndicator;
  year: number;
  value: number;
  unit: string;
  source: string;
}

/**
 * Only one value per indicator and year fits the table, so the register count for 2022 is kept in
 * the source text of the census figure instead of a second POPULATION row.
 */
export const CITY_FACTS: readonly CityFact[] = [
  {
    indicator: DemographicIndicator.POPULATION,
    year: 2022,
    value: 164_898,
    unit: 'persons',
    source:
      'Zensus 2022: 164,898 inhabitants (reference day 2022-05-15); the municipal register counted 171,994 on 2022-12-31',
  },
  {
    indicator: DemographicIndicator.PEOPLE_WITH_REFUGEE_EXPERIENCE,
    year: 2023,
    value: 8_600,
    unit: 'persons',
    source: 'City of Osnabrück (2023): more than 8,600 people with refugee experience (lower bound)',
  },
];

export const SYNTHETIC_SOURCE = 'Lotse demo generator: synthetic figure, not an official statistic';

export const SYNTHETIC_YEARS: readonly number[] = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

/** Units per indicator, as documented on the DemographicIndicator enum. */
export const INDICATOR_UNITS: Readonly<Record<DemographicIndicator, string>> = {
  POPULATION: 'persons',
  POPULATION_CHANGE_SINCE_2011: '%',
  POPULATION_CHANGE_5_YEARS: '%',
  BIRTHS: 'per 1,000 inhabitants',
  DEATHS: 'per 1,000 inhabitants',
  NATURAL_BALANCE: 'per 1,000 inhabitants',
  IN_MIGRATION: 'per 1,000 inhabitants',
  OUT_MIGRATION: 'per 1,000 inhabitants',
  EDUCATION_MIGRATION: 'per 1,000 inhabitants aged 18–24',
  FAMILY_MIGRATION: 'per 1,000 inhabitants under 18 and aged 30–49',
  MEDIAN_AGE: 'years',
  AVERAGE_AGE: 'years',
  YOUTH_RATIO: 'under-20s per 100 aged 20–64',
  OLD_AGE_RATIO: '65+ per 100 aged 20–64',
  POPULATION_DENSITY: 'inhabitants per km²',
  PEOPLE_WITH_REFUGEE_EXPERIENCE: 'persons',
};

/** Synthetic yearly growth of the population: the 2022 wave shows as a jump. */
export const SYNTHETIC_GROWTH_BY_YEAR: Readonly<Record<number, number>> = {
  2018: 0.002,
  2019: 0.001,
  2020: -0.002,
  2021: 0.001,
  2022: 0.014,
  2023: 0.004,
  2024: 0.002,
};
