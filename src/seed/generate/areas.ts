/** The city, its 23 districts, and the demographic observations (real for the city, synthetic for districts). */
import { AreaKind, DemographicIndicator } from '../../modules/demography/demography.enums';
import {
  CITY_FACTS,
  INDICATOR_UNITS,
  SYNTHETIC_GROWTH_BY_YEAR,
  SYNTHETIC_SOURCE,
  SYNTHETIC_YEARS,
} from '../data/demography';
import { CITY, DISTRICTS, districtCode, type DistrictData } from '../data/districts';
import { Random } from '../random';
import type { AreaRow, DemographicObservationRow } from '../tables';
import { STREAM, type IdCounters } from './context';

export interface AreaRefs {
  cityId: number;
  /** Area id per district, in the order of DISTRICTS. */
  districtIds: number[];
}

export function generateAreas(ids: IdCounters): { rows: AreaRow[]; refs: AreaRefs } {
  const cityId = ids.next('area');
  const rows: AreaRow[] = [{ id: cityId, code: CITY.code, name: CITY.name, kind: AreaKind.CITY, parent_id: null }];
  const districtIds: number[] = [];
  for (const d of DISTRICTS) {
    const id = ids.next('area');
    districtIds.push(id);
    rows.push({ id, code: districtCode(d.number), name: d.name, kind: AreaKind.DISTRICT, parent_id: cityId });
  }
  return { rows, refs: { cityId, districtIds } };
}

/** The register count at the end of 2022, which the synthetic district populations add up to (roughly). */
const REGISTER_2022 = 171_994;
const REFUGEES_CITY_2023 = 8_600;
/** Synthetic share of people with refugee experience per year, relative to 2023. */
const REFUGEE_TREND: Readonly<Record<number, number>> = {
  2018: 0.7,
  2019: 0.72,
  2020: 0.73,
  2021: 0.75,
  2022: 0.93,
  2023: 1,
  2024: 1.03,
};
/** Districts with large communal sites or cheap flats get more refugees in the synthetic split. */
const REFUGEE_WEIGHT: Readonly<Record<string, number>> = {
  Schinkel: 2.2,
  Hafen: 2,
  Eversburg: 1.6,
  Dodesheide: 1.5,
  Fledder: 1.5,
  Wüste: 1.2,
  Weststadt: 1.2,
};

export function generateDemographics(seed: number, ids: IdCounters, refs: AreaRefs): DemographicObservationRow[] {
  const rng = Random.forStream(seed, STREAM.demography);
  const rows: DemographicObservationRow[] = CITY_FACTS.map((fact) => ({
    id: ids.next('demographic_observation'),
    area_id: refs.cityId,
    indicator: fact.indicator,
    year: fact.year,
    value: fact.value,
    unit: fact.unit,
    source: fact.source,
    synthetic: false,
  }));
  const totalBase = DISTRICTS.reduce((sum, d) => sum + d.population2024, 0);
  const refugeeWeights = DISTRICTS.map((d) => (REFUGEE_WEIGHT[d.name] ?? 1) * d.population2024);
  const refugeeWeightSum = refugeeWeights.reduce((a, b) => a + b, 0);
  DISTRICTS.forEach((district, index) => {
    const population = populationSeries(rng, district, (district.population2024 / totalBase) * REGISTER_2022);
    const refugeeShare = refugeeWeights[index]! / refugeeWeightSum;
    for (const year of SYNTHETIC_YEARS) {
      const values = districtValues(rng, district, year, population, refugeeShare);
      for (const indicator of Object.values(DemographicIndicator)) {
        rows.push({
          id: ids.next('demographic_observation'),
          area_id: refs.districtIds[index]!,
          indicator,
          year,
          value: values[indicator],
          unit: INDICATOR_UNITS[indicator],
          source: SYNTHETIC_SOURCE,
          synthetic: true,
        });
      }
    }
  });
  return rows;
}

/** Population per year, anchored on 2022, with the synthetic growth rates and a little noise. */
function populationSeries(rng: Random, district: DistrictData, population2022: number): Map<number, number> {
  const series = new Map<number, number>([[2022, population2022]]);
  for (let year = 2023; year <= 2024; year++) {
    series.set(year, series.get(year - 1)! * (1 + (SYNTHETIC_GROWTH_BY_YEAR[year] ?? 0) + rng.around(0, 0.004)));
  }
  for (let year = 2021; year >= 2011; year--) {
    const growth =
      (SYNTHETIC_GROWTH_BY_YEAR[year + 1] ?? 0.003) + (district.studentQuarter ? 0.002 : 0) + rng.around(0, 0.004);
    series.set(year, series.get(year + 1)! / (1 + growth));
  }
  return series;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function districtValues(
  rng: Random,
  district: DistrictData,
  year: number,
  population: Map<number, number>,
  refugeeShare: number,
): Record<DemographicIndicator, number> {
  const pop = population.get(year)!;
  const births = rng.around(district.studentQuarter ? 8.5 : 9.8, 1.5, 6, 14);
  const deaths = rng.around(district.studentQuarter ? 8 : 11.5, 2, 5, 17);
  const inMigration = rng.around(district.studentQuarter ? 105 : 62, 12, 35, 150);
  const netMigration = ((pop - population.get(year - 1)!) / pop) * 1000 - (births - deaths);
  const medianAge = rng.around(district.studentQuarter ? 36 : 45, 2.5, 30, 52);
  return {
    POPULATION: Math.round(pop),
    POPULATION_CHANGE_SINCE_2011: round1(((pop - population.get(2011)!) / population.get(2011)!) * 100),
    POPULATION_CHANGE_5_YEARS: round1(((pop - population.get(year - 5)!) / population.get(year - 5)!) * 100),
    BIRTHS: round1(births),
    DEATHS: round1(deaths),
    NATURAL_BALANCE: round1(births - deaths),
    IN_MIGRATION: round1(inMigration),
    OUT_MIGRATION: round1(inMigration - netMigration),
    EDUCATION_MIGRATION: round1(district.studentQuarter ? rng.around(60, 25, 10, 120) : rng.around(-8, 10, -35, 20)),
    FAMILY_MIGRATION: round1(district.studentQuarter ? rng.around(-12, 6, -30, 5) : rng.around(4, 8, -15, 20)),
    MEDIAN_AGE: round1(medianAge),
    AVERAGE_AGE: round1(medianAge + rng.around(1, 0.6, 0, 3)),
    YOUTH_RATIO: round1(district.studentQuarter ? rng.around(22, 3, 15, 30) : rng.around(30, 4, 20, 40)),
    OLD_AGE_RATIO: round1(district.studentQuarter ? rng.around(22, 4, 12, 32) : rng.around(36, 6, 22, 50)),
    POPULATION_DENSITY: Math.round(pop / district.areaSqKm),
    PEOPLE_WITH_REFUGEE_EXPERIENCE: Math.round(
      REFUGEES_CITY_2023 * (REFUGEE_TREND[year] ?? 1) * refugeeShare * rng.around(1, 0.08),
    ),
  };
}
