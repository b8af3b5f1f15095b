/**
 * Where a household lives: in communal accommodation (one open stay per person in distinct beds, maybe
 * after a transfer) or in a private flat (an open tenancy, often after closed stays in a GU). Beds come
 * from the shared BedPool, so stays in one bed never overlap; a person's stays follow each other.
 */
import { OfferStatus } from '../../modules/housing/housing.enums';
import { addMonths, isoFromDay } from '../days';
import type { Random } from '../random';
import type { ApartmentOfferRow, StayRow, TenancyRow } from '../tables';
import type { AreaRefs } from './areas';
import type { BedPool, BedSlot } from './bed-pool';
import type { IdCounters } from './context';
import { makeOffer } from './offers';

export interface Resident {
  personId: number;
  /** First day in the city (birth day for children born here). */
  arrivalDay: number;
}

export interface PlacementInput {
  householdId: number;
  householdArrival: number;
  residents: readonly Resident[];
  ref: number;
  /** Probability that the household still lives in communal accommodation. */
  communalProbability: number;
  /** Probability that the household went straight into a flat (no GU). */
  directToFlatProbability: number;
  needsStepFree: boolean;
}

export interface Placement {
  communalSince: number | null;
  /** Index of the site of the current stay, when in communal accommodation. */
  currentSiteIndex: number | null;
  stays: Omit<StayRow, 'id'>[];
  tenancies: Omit<TenancyRow, 'id'>[];
  offers: ApartmentOfferRow[];
}

export function placeHousehold(
  rng: Random,
  ids: IdCounters,
  pool: BedPool,
  areas: AreaRefs,
  input: PlacementInput,
): Placement {
  if (rng.chance(input.communalProbability)) {
    const communal = placeInCommunal(rng, pool, input);
    if (communal) return communal;
  }
  return placeInFlat(rng, ids, pool, areas, input);
}

function placeInCommunal(rng: Random, pool: BedPool, input: PlacementInput): Placement | undefined {
  const { residents, ref } = input;
  const beds = pool.take(residents.length);
  if (!beds) return undefined;
  const start = Math.max(input.householdArrival, ...beds.map((b) => b.freeFrom));
  if (start >= ref) {
    pool.putBack(beds);
    return undefined;
  }
  const stays: Omit<StayRow, 'id'>[] = [];
  let current = beds;
  let currentFrom = start;
  // Some households were moved once (another room or site); the first stays end on the transfer day.
  if (ref - start > 400 && rng.chance(0.15)) {
    const next = pool.take(residents.length);
    const transfer = next ? Math.max(rng.dayBetween(start + 60, ref - 30), ...next.map((b) => b.freeFrom)) : Infinity;
    if (next && transfer < ref) {
      residents.forEach((r, i) => {
        const from = Math.max(start, r.arrivalDay);
        if (from < transfer) stays.push(stay(r.personId, beds[i]!, from, transfer));
      });
      pool.release(beds, transfer);
      current = next;
      currentFrom = transfer;
    } else if (next) {
      pool.putBack(next);
    }
  }
  residents.forEach((r, i) => stays.push(stay(r.personId, current[i]!, Math.max(currentFrom, r.arrivalDay), null)));
  return { communalSince: start, currentSiteIndex: current[0]!.siteIndex, stays, tenancies: [], offers: [] };
}

function placeInFlat(rng: Random, ids: IdCounters, pool: BedPool, areas: AreaRefs, input: PlacementInput): Placement {
  const { residents, ref, householdArrival } = input;
  const direct = rng.chance(input.directToFlatProbability);
  const months = direct
    ? 0
    : rng.weighted([
        [rng.int(3, 12), 35],
        [rng.int(12, 24), 35],
        [rng.int(24, 48), 20],
        [rng.int(48, 84), 10],
      ] as const);
  let moveIn = direct ? householdArrival + rng.int(3, 90) : addMonths(householdArrival, months);
  if (moveIn >= ref) moveIn = rng.dayBetween(Math.min(householdArrival + 14, ref - 1), ref - 1);
  const stays = direct ? [] : pastStays(pool, residents, householdArrival, moveIn);
  const offers: ApartmentOfferRow[] = [];
  const tenancies: Omit<TenancyRow, 'id'>[] = [];
  const size = residents.length;
  let currentFrom = moveIn;
  // Some households moved once more, e.g. into a bigger flat; the first flat went back to its landlord.
  if (ref - moveIn > 3 * 365 && rng.chance(0.15)) {
    currentFrom = rng.dayBetween(moveIn + 365, ref - 30);
    const first = makeOffer(rng, ids, areas, {
      householdSize: Math.max(1, size - 1),
      status: OfferStatus.WITHDRAWN,
      availableFrom: moveIn - rng.int(0, 45),
    });
    offers.push(first);
    tenancies.push({
      household_id: input.householdId,
      apartment_id: first.id,
      moved_in_on: isoFromDay(moveIn),
      ends_on: isoFromDay(currentFrom),
    });
  }
  const flat = makeOffer(rng, ids, areas, {
    householdSize: size,
    status: OfferStatus.TAKEN,
    availableFrom: currentFrom - rng.int(0, 45),
    ...(input.needsStepFree ? { stepFree: true } : {}),
  });
  offers.push(flat);
  tenancies.push({
    household_id: input.householdId,
    apartment_id: flat.id,
    moved_in_on: isoFromDay(currentFrom),
    ends_on: null,
  });
  return { communalSince: null, currentSiteIndex: null, stays, tenancies, offers };
}

/** Closed stays in a GU before moving into the flat, if beds were free early enough. */
function pastStays(
  pool: BedPool,
  residents: readonly Resident[],
  arrival: number,
  moveIn: number,
): Omit<StayRow, 'id'>[] {
  const staying = residents.filter((r) => r.arrivalDay < moveIn - 14);
  if (staying.length === 0) return [];
  const beds = pool.take(staying.length);
  if (!beds) return [];
  const start = Math.max(arrival, ...beds.map((b) => b.freeFrom));
  if (start >= moveIn - 14) {
    pool.putBack(beds);
    return [];
  }
  const stays = staying.map((r, i) => stay(r.personId, beds[i]!, Math.max(start, r.arrivalDay), moveIn));
  pool.release(beds, moveIn);
  return stays;
}

function stay(personId: number, bed: BedSlot, from: number, until: number | null): Omit<StayRow, 'id'> {
  return {
    person_id: personId,
    bed_id: bed.bedId,
    starts_on: isoFromDay(from),
    ends_on: until === null ? null : isoFromDay(until),
  };
}
