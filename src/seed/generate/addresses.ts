/** Synthetic street addresses inside a district. */
import { DISTRICTS, GENERIC_STREETS } from '../data/districts';
import type { Random } from '../random';

export function streetAddress(rng: Random, districtIndex: number): string {
  const district = DISTRICTS[districtIndex]!;
  const street = rng.chance(0.35) ? rng.pick(district.streets) : rng.pick(GENERIC_STREETS);
  return `${street} ${rng.int(1, 140)}, ${district.postalCode} Osnabrück`;
}

/** District index weighted by population: more flats where more people live. */
export function pickDistrictIndex(rng: Random): number {
  return rng.weighted(DISTRICT_WEIGHTS);
}

const DISTRICT_WEIGHTS: readonly (readonly [number, number])[] = DISTRICTS.map(
  (d, i) => [i, d.population2024] as const,
);
