/** Communal sites, their units (rooms) and beds; the free beds go into the pool that placements draw from. */
import { BLOCKED_REASONS, UNIT_BUILDINGS } from '../data/places';
import { SITE_OPERATOR_KEYS } from '../data/providers';
import { dayOf, isoFromDay } from '../days';
import { Random } from '../random';
import type { BedRow, SiteRow, UnitRow } from '../tables';
import { pickDistrictIndex, streetAddress } from './addresses';
import { BedPool } from './bed-pool';
import { scaled, STREAM, TARGETS, type IdCounters, type ResolvedOptions } from './context';
import { providerId, type ProviderIds } from './providers';
import type { AreaRefs } from './areas';

export interface Accommodation {
  sites: SiteRow[];
  units: UnitRow[];
  beds: BedRow[];
  pool: BedPool;
  /** Operator (provider id or null for the city) per site index. */
  operatorBySite: (number | null)[];
}

/** Share of beds blocked (repairs, quarantine, …): blocked capacity. */
const BLOCKED_SHARE = 0.03;

export function generateAccommodation(
  options: ResolvedOptions,
  ids: IdCounters,
  areas: AreaRefs,
  providerIds: ProviderIds,
): Accommodation {
  const rng = Random.forStream(options.seed, STREAM.sites);
  const siteCount = scaled(TARGETS.sites, options.scale);
  const bedTarget = scaled(TARGETS.beds, options.scale);
  const weights = Array.from({ length: siteCount }, () => rng.around(1, 0.7, 0.35, 2));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const result: Accommodation = { sites: [], units: [], beds: [], pool: new BedPool(), operatorBySite: [] };
  const usedNames = new Set<string>();
  for (let s = 0; s < siteCount; s++) {
    const districtIndex = pickDistrictIndex(rng);
    const address = streetAddress(rng, districtIndex);
    const name = uniqueName(`GU ${address.split(',')[0]}`, usedNames);
    const openedDay = openingDay(rng);
    const operator = rng.chance(0.8) ? providerId(providerIds, rng.pick(SITE_OPERATOR_KEYS)) : null;
    const siteId = ids.next('site');
    result.sites.push({
      id: siteId,
      name,
      address,
      district_id: areas.districtIds[districtIndex]!,
      operator_id: operator,
      opened_on: isoFromDay(openedDay),
    });
    result.operatorBySite.push(operator);
    const hasLift = rng.chance(0.3);
    let bedsLeft = Math.max(8, Math.round((bedTarget * weights[s]!) / weightSum));
    for (let room = 0; bedsLeft > 0; room++) {
      const floor = Math.min(3, Math.floor(room / 12));
      const unitId = ids.next('unit');
      const stepFree = floor === 0 || hasLift;
      const building = UNIT_BUILDINGS[Math.floor(room / 48) % UNIT_BUILDINGS.length]!;
      result.units.push({
        id: unitId,
        site_id: siteId,
        name: `${building}, Zimmer ${floor}${String((room % 12) + 1).padStart(2, '0')}`,
        floor,
        step_free: stepFree,
      });
      const bedsInRoom = Math.min(
        bedsLeft,
        rng.weighted([
          [2, 30],
          [3, 20],
          [4, 30],
          [5, 10],
          [6, 10],
        ] as const),
      );
      bedsLeft -= bedsInRoom;
      for (let b = 0; b < bedsInRoom; b++) {
        const bedId = ids.next('bed');
        const blocked = rng.chance(BLOCKED_SHARE) ? rng.pick(BLOCKED_REASONS) : null;
        result.beds.push({
          id: bedId,
          unit_id: unitId,
          label: `Bett ${String.fromCharCode(65 + b)}`,
          blocked_reason: blocked,
        });
        if (blocked === null) result.pool.add({ bedId, siteIndex: s, stepFree, freeFrom: openedDay });
      }
    }
  }
  return result;
}

/** Most sites opened in the 2015/16 wave, many again for the 2022 wave from Ukraine. */
function openingDay(rng: Random): number {
  const period = rng.weighted([
    ['2014', 25],
    ['2015', 40],
    ['2017', 10],
    ['2022', 25],
  ] as const);
  switch (period) {
    case '2014':
      return rng.dayBetween(dayOf(2013, 1, 1), dayOf(2014, 12, 31));
    case '2015':
      return rng.dayBetween(dayOf(2015, 1, 1), dayOf(2016, 6, 30));
    case '2017':
      return rng.dayBetween(dayOf(2017, 1, 1), dayOf(2020, 12, 31));
    case '2022':
      return rng.dayBetween(dayOf(2022, 3, 1), dayOf(2023, 6, 30));
  }
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
  used.add(name);
  return name;
}
