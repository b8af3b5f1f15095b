/**
 * Ranks a queue of households by priority. Built for 150,000 households: scores, tie-breaker
 * keys and the order live in typed arrays; one result object per household is the only
 * per-item allocation.
 */
import { DomainInputError, IsoDate, toDay, tryParseDay } from '../dates';
import { HouseholdSnapshot } from '../snapshot';
import { CatalogueRef, catalogueRef, CriteriaCatalogue } from './catalogue';
import { defaultCatalogue } from './assess';
import { compileCatalogue, scoreHousehold, tierIndex } from './scoring';

export interface RankedHousehold {
  /** 1 = first in the queue. */
  rank: number;
  householdId: string;
  score: number;
  tierId: string;
  /** Ids of fulfilled criteria (only with `withCriteria: true`). */
  criteriaMet?: string[];
}

export interface PriorityRanking {
  asOf: IsoDate;
  catalogue: CatalogueRef;
  entries: RankedHousehold[];
}

export interface RankOptions {
  catalogue?: CriteriaCatalogue;
  withCriteria?: boolean;
}

const NO_DATE = 2 ** 31 - 1;

export function rankHouseholds(
  households: readonly HouseholdSnapshot[],
  asOf: IsoDate,
  options: RankOptions = {},
): PriorityRanking {
  const day = toDay(asOf, 'asOf');
  const catalogue = options.catalogue ?? defaultCatalogue(asOf);
  const compiled = compileCatalogue(catalogue, day);
  const n = households.length;
  const scores = new Float64Array(n);
  const arrival = new Int32Array(n);
  const guSince = new Int32Array(n);
  const points: number[] | undefined = options.withCriteria ? [] : undefined;
  const masks = options.withCriteria ? new Float64Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    const h = households[i];
    scores[i] = scoreHousehold(h, compiled, points);
    if (points && masks) {
      let mask = 0;
      for (let k = 0; k < points.length; k++) if (points[k] > 0) mask += 2 ** k;
      masks[i] = mask;
    }
    const a = tryParseDay(h.arrivalInCity);
    if (Number.isNaN(a))
      throw new DomainInputError(
        `invalid arrivalInCity ${JSON.stringify(h.arrivalInCity)}`,
        `households[${i}].arrivalInCity`,
      );
    arrival[i] = a;
    const g = h.communalAccommodationSince === undefined ? NaN : tryParseDay(h.communalAccommodationSince);
    guSince[i] = Number.isNaN(g) ? NO_DATE : g;
  }

  const tieBreakers = compiled.tieBreakers;
  const useArrival = tieBreakers.indexOf('ARRIVAL_IN_CITY_ASC');
  const useGu = tieBreakers.indexOf('GU_SINCE_ASC');
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const ds = scores[b] - scores[a];
    if (ds !== 0) return ds;
    // Tie-breakers in catalogue order; HOUSEHOLD_ID_ASC is always last (validated).
    if (useArrival >= 0 && (useGu < 0 || useArrival < useGu)) {
      const d = arrival[a] - arrival[b] || (useGu >= 0 ? guSince[a] - guSince[b] : 0);
      if (d !== 0) return d;
    } else if (useGu >= 0) {
      const d = guSince[a] - guSince[b] || (useArrival >= 0 ? arrival[a] - arrival[b] : 0);
      if (d !== 0) return d;
    }
    const ia = households[a].id;
    const ib = households[b].id;
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });

  const tiers = compiled.tiersDesc;
  const entries = new Array<RankedHousehold>(n);
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const entry: RankedHousehold = {
      rank: r + 1,
      householdId: households[i].id,
      score: scores[i],
      tierId: tiers[tierIndex(scores[i], compiled)].id,
    };
    if (masks)
      entry.criteriaMet = compiled.criteria
        .filter((_, k) => Math.floor(masks[i] / 2 ** k) % 2 === 1)
        .map((c) => c.definition.id);
    entries[r] = entry;
  }
  return { asOf, catalogue: catalogueRef(catalogue), entries };
}
