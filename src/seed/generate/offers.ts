/** Apartment offers from private landlords: open ones on the market, and the flats households live in. */
import { OfferStatus } from '../../modules/housing/housing.enums';
import { LANDLORDS } from '../data/places';
import { isoFromDay } from '../days';
import { Random } from '../random';
import type { ApartmentOfferRow } from '../tables';
import { pickDistrictIndex, streetAddress } from './addresses';
import type { AreaRefs } from './areas';
import { scaled, STREAM, TARGETS, type IdCounters, type ResolvedOptions } from './context';

export interface OfferSpec {
  householdSize: number;
  status: OfferStatus;
  availableFrom: number;
  stepFree?: boolean;
}

/** Rooms and living space that suit a household of a size (roughly the WBS size table). */
const SIZE_BY_HOUSEHOLD: readonly (readonly [rooms: number, minSqm: number, maxSqm: number])[] = [
  [1, 28, 50],
  [2, 45, 62],
  [3, 58, 78],
  [4, 70, 92],
  [4, 80, 100],
  [5, 90, 112],
  [5, 98, 125],
];

export function makeOffer(rng: Random, ids: IdCounters, areas: AreaRefs, spec: OfferSpec): ApartmentOfferRow {
  const [baseRooms, minSqm, maxSqm] = SIZE_BY_HOUSEHOLD[Math.min(spec.householdSize, 7) - 1]!;
  const rooms = Math.max(1, baseRooms + (rng.chance(0.2) ? -1 : 0) + (rng.chance(0.15) ? 1 : 0));
  const sqm = Math.round(rng.around((minSqm + maxSqm) / 2, (maxSqm - minSqm) / 2, minSqm, maxSqm) * 10) / 10;
  // Gross cold rent of €7.50–11.50 per m², in whole euros.
  const rentEuros = Math.round(sqm * rng.around(9.3, 1.6, 7.5, 11.5));
  const districtIndex = pickDistrictIndex(rng);
  return {
    id: ids.next('apartment_offer'),
    landlord_name: rng.pick(LANDLORDS),
    address: streetAddress(rng, districtIndex),
    district_id: areas.districtIds[districtIndex]!,
    living_space_sqm: sqm,
    rooms,
    gross_cold_rent_cents: rentEuros * 100,
    wbs_required: rng.chance(0.22),
    step_free: spec.stepFree ?? rng.chance(0.15),
    available_from: isoFromDay(spec.availableFrom),
    status: spec.status,
  };
}

/** Offers currently on the market (OPEN) and some the landlord withdrew. */
export function generateMarketOffers(options: ResolvedOptions, ids: IdCounters, areas: AreaRefs): ApartmentOfferRow[] {
  const rng = Random.forStream(options.seed, STREAM.offers);
  const ref = options.referenceDay;
  const rows: ApartmentOfferRow[] = [];
  const sizes = [
    [1, 30],
    [2, 22],
    [3, 18],
    [4, 15],
    [5, 9],
    [6, 4],
    [7, 2],
  ] as const;
  for (let i = 0; i < scaled(TARGETS.openOffers, options.scale); i++) {
    rows.push(
      makeOffer(rng, ids, areas, {
        householdSize: rng.weighted(sizes),
        status: OfferStatus.OPEN,
        availableFrom: rng.dayBetween(ref - 75, ref + 90),
      }),
    );
  }
  for (let i = 0; i < scaled(TARGETS.withdrawnOffers, options.scale); i++) {
    rows.push(
      makeOffer(rng, ids, areas, {
        householdSize: rng.weighted(sizes),
        status: OfferStatus.WITHDRAWN,
        availableFrom: rng.dayBetween(ref - 900, ref - 30),
      }),
    );
  }
  return rows;
}
