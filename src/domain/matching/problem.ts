/**
 * Builds the matching problem: household profiles, priority scores and the sparse graph of
 * feasible (household, offer) pairs, with typed arrays for the pair checks.
 */
import { DomainInputError, IsoDate, toDay } from '../dates';
import { ApartmentOfferSnapshot, HouseholdSnapshot } from '../snapshot';
import { CatalogueRef, catalogueRef, CriteriaCatalogue } from '../prioritisation/catalogue';
import { defaultCatalogue } from '../prioritisation/assess';
import { compileCatalogue, scoreHousehold } from '../prioritisation/scoring';
import { SparseBipartiteGraph } from './assignment';
import {
  ceilingFor,
  destinationAllowed,
  FeasibilityCheckKind,
  HouseholdMatchProfile,
  MatchingRuleOptions,
  prepareHousehold,
} from './feasibility';

export interface MatchingInput {
  /** The queue: households waiting for a flat. */
  households: readonly HouseholdSnapshot[];
  /** Open offers. */
  offers: readonly ApartmentOfferSnapshot[];
  asOf: IsoDate;
  /** Catalogue for the priority scores (default: the one in force on asOf). */
  catalogue?: CriteriaCatalogue;
  /** Scores by household id that replace the catalogue score (e.g. a caseworker's override). */
  priorityScores?: Readonly<Record<string, number>>;
  options?: MatchingRuleOptions;
}

export interface MatchingProblem {
  input: MatchingInput;
  catalogue: CatalogueRef | null;
  profiles: HouseholdMatchProfile[];
  /** Priority score per household (non-negative integers). */
  scores: Float64Array;
  graph: SparseBipartiteGraph;
  /** Per household: how many offers fail each check (for explaining unmatched households). */
  failureCounts: Record<FeasibilityCheckKind, Int32Array>;
}

export function buildMatchingProblem(input: MatchingInput): MatchingProblem {
  const { households, offers, asOf } = input;
  const day = toDay(asOf, 'asOf');
  const H = households.length;
  const O = offers.length;
  const profiles = households.map((h) => prepareHousehold(h, asOf, input.options));

  const scores = new Float64Array(H);
  const needsCatalogue = households.some((h) => input.priorityScores?.[h.id] === undefined);
  const catalogue = needsCatalogue ? (input.catalogue ?? defaultCatalogue(asOf)) : undefined;
  const compiled = catalogue ? compileCatalogue(catalogue, day) : undefined;
  for (let i = 0; i < H; i++) {
    const given = input.priorityScores?.[households[i].id];
    const s = given ?? scoreHousehold(households[i], compiled!);
    if (!Number.isSafeInteger(s) || s < 0)
      throw new DomainInputError(
        `priority score must be a non-negative integer, got ${s}`,
        `priorityScores.${households[i].id}`,
      );
    scores[i] = s;
  }

  // Offers share few locations; evaluate ceilings and § 12a once per (household, location).
  const locationIds = new Map<string, number>();
  const offerLocation = new Int32Array(O);
  const locationSample: ApartmentOfferSnapshot[] = [];
  const area = new Float64Array(O);
  const rent = new Float64Array(O);
  const stepFree = new Uint8Array(O);
  const wbsRequired = new Uint8Array(O);
  for (let o = 0; o < O; o++) {
    const offer = offers[o];
    const key = `${offer.land}\u0000${offer.municipality.toLowerCase()}`;
    let loc = locationIds.get(key);
    if (loc === undefined) {
      loc = locationSample.length;
      locationIds.set(key, loc);
      locationSample.push(offer);
    }
    offerLocation[o] = loc;
    area[o] = offer.areaM2;
    rent[o] = offer.grossColdRentEur;
    stepFree[o] = offer.stepFree ? 1 : 0;
    wbsRequired[o] = offer.wbsRequired ? 1 : 0;
  }
  const L = locationSample.length;
  const ceiling = new Float64Array(H * L);
  const allowed = new Uint8Array(H * L);
  for (let i = 0; i < H; i++) {
    for (let l = 0; l < L; l++) {
      ceiling[i * L + l] = ceilingFor(profiles[i], locationSample[l].municipality);
      allowed[i * L + l] = destinationAllowed(profiles[i], locationSample[l]) ? 1 : 0;
    }
  }

  const failureCounts = {
    SIZE: new Int32Array(H),
    RENT: new Int32Array(H),
    STEP_FREE: new Int32Array(H),
    WBS: new Int32Array(H),
    RESIDENCE_OBLIGATION: new Int32Array(H),
  };
  const rowStart = new Int32Array(H + 1);
  let capacity = Math.max(16, Math.min(H * O, 1 << 20));
  let edgeCol = new Int32Array(capacity);
  let edgeWeight = new Float64Array(capacity);
  let edges = 0;
  const scale = H + 1; // priority dominates the number of households housed
  for (let i = 0; i < H; i++) {
    rowStart[i] = edges;
    const p = profiles[i];
    const minA = p.minAreaM2;
    const maxA = p.maxAreaM2;
    const step = p.needsStepFree;
    const wbsOk = p.wbsAvailable;
    const weight = scores[i] * scale + 1;
    const base = i * L;
    let fSize = 0,
      fRent = 0,
      fStep = 0,
      fWbs = 0,
      fLoc = 0;
    for (let o = 0; o < O; o++) {
      const loc = base + offerLocation[o];
      const sizeOk = area[o] >= minA && area[o] <= maxA;
      const rentOk = rent[o] <= ceiling[loc]; // NaN ceiling ⇒ false
      const stepOk = !step || stepFree[o] === 1;
      const wbsCheck = wbsRequired[o] === 0 || wbsOk;
      const locOk = allowed[loc] === 1;
      if (sizeOk && rentOk && stepOk && wbsCheck && locOk) {
        if (edges === capacity) {
          capacity *= 2;
          const c = new Int32Array(capacity);
          c.set(edgeCol);
          edgeCol = c;
          const w = new Float64Array(capacity);
          w.set(edgeWeight);
          edgeWeight = w;
        }
        edgeCol[edges] = o;
        edgeWeight[edges] = weight;
        edges++;
      } else {
        if (!sizeOk) fSize++;
        if (!rentOk) fRent++;
        if (!stepOk) fStep++;
        if (!wbsCheck) fWbs++;
        if (!locOk) fLoc++;
      }
    }
    failureCounts.SIZE[i] = fSize;
    failureCounts.RENT[i] = fRent;
    failureCounts.STEP_FREE[i] = fStep;
    failureCounts.WBS[i] = fWbs;
    failureCounts.RESIDENCE_OBLIGATION[i] = fLoc;
  }
  rowStart[H] = edges;
  return {
    input,
    catalogue: catalogue ? catalogueRef(catalogue) : null,
    profiles,
    scores,
    graph: {
      rows: H,
      cols: O,
      rowStart,
      edgeCol: edgeCol.subarray(0, edges),
      edgeWeight: edgeWeight.subarray(0, edges),
    },
    failureCounts,
  };
}

/** Rows by descending score, then queue order: the usual order of augmentation (and of greedy). */
export function priorityOrder(problem: MatchingProblem): Uint32Array {
  const n = problem.graph.rows;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const s = problem.scores;
  return order.sort((a, b) => s[b] - s[a] || a - b);
}
