/**
 * The deterministic demo city: pure generation of table rows from (seed, scale, reference date).
 *
 * Rows come out as batches per table in an order that respects every foreign key: first the city-wide
 * tables (areas, providers, sites and beds, volunteers, the flat market), then households slice by slice
 * with everything that belongs to them. Ids are assigned here, so the loader can COPY rows as they are.
 * Households are generated in arrival order, each from its own random stream; only the shared bed pool
 * links them, so the same options always give the same rows, whatever the slice size.
 */
import { OfferStatus } from '../modules/housing/housing.enums';
import { ARRIVAL_YEAR_WEIGHTS } from './data/origins';
import { dayOf } from './days';
import { Random } from './random';
import { SEED_TABLES, type SeedTables, type TableBatch } from './tables';
import { generateAccommodation } from './generate/accommodation';
import { generateAreas, generateDemographics } from './generate/areas';
import {
  IdCounters,
  resolveOptions,
  scaled,
  STREAM,
  TARGETS,
  type GenerateOptions,
  type ResolvedOptions,
} from './generate/context';
import { generateHousehold, type HouseholdContext } from './generate/household';
import { generateMarketOffers } from './generate/offers';
import { generateProviders } from './generate/providers';
import { RowBuffer } from './generate/row-buffer';
import { generateVolunteers } from './generate/volunteers';

export type { GenerateOptions } from './generate/context';
export { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from './generate/context';

export function* generateDemoCity(options: GenerateOptions = {}): Generator<TableBatch> {
  const resolved = resolveOptions(options);
  const ids = new IdCounters();
  const ctx = yield* cityWideTables(resolved, ids);
  const arrivals = arrivalDays(resolved.seed, scaled(TARGETS.households, resolved.scale), resolved.referenceDay);
  const buffer = new RowBuffer();
  for (let i = 0; i < arrivals.length; i++) {
    generateHousehold(i, arrivals[i]!, ctx, buffer);
    if ((i + 1) % resolved.householdsPerBatch === 0) yield* buffer.drain();
  }
  yield* buffer.drain();
}

/**
 * Areas, providers, sites and beds, volunteers and the flat market. Returns only what households
 * need, so the row arrays can be freed once they are written (this matters at scale 100).
 */
function* cityWideTables(resolved: ResolvedOptions, ids: IdCounters): Generator<TableBatch, HouseholdContext> {
  const { rows: areas, refs: areaRefs } = generateAreas(ids);
  yield { table: 'area', rows: areas };
  yield { table: 'demographic_observation', rows: generateDemographics(resolved.seed, ids, areaRefs) };

  const { providers, services, providerIds } = generateProviders(ids);
  yield { table: 'provider', rows: providers };
  yield { table: 'provider_service', rows: services };

  const accommodation = generateAccommodation(resolved, ids, areaRefs, providerIds);
  yield { table: 'site', rows: accommodation.sites };
  yield { table: 'unit', rows: accommodation.units };
  yield { table: 'bed', rows: accommodation.beds };

  const volunteers = generateVolunteers(resolved, ids);
  yield { table: 'volunteer', rows: volunteers.volunteers };
  yield { table: 'volunteer_group', rows: volunteers.groups };
  yield { table: 'volunteer_group_membership', rows: volunteers.memberships };

  const marketOffers = generateMarketOffers(resolved, ids, areaRefs);
  yield { table: 'apartment_offer', rows: marketOffers };

  return {
    options: resolved,
    ids,
    pool: accommodation.pool,
    areas: areaRefs,
    operatorBySite: accommodation.operatorBySite,
    services: {
      providerIds,
      volunteers: { byLanguage: volunteers.byLanguage, allIds: volunteers.allIds },
      openOffers: marketOffers.filter((o) => o.status === OfferStatus.OPEN),
    },
  };
}

/** All rows in memory, per table: convenient for tests and small scales. */
export function generateDemoCityTables(options: GenerateOptions = {}): SeedTables {
  const tables = Object.fromEntries(SEED_TABLES.map((t) => [t, []])) as unknown as SeedTables;
  for (const batch of generateDemoCity(options)) (tables[batch.table] as unknown[]).push(...batch.rows);
  return tables;
}

/** Arrival days of all households, sorted: placements then run through time like the real city did. */
function arrivalDays(seed: number, count: number, referenceDay: number): Float64Array {
  const rng = Random.forStream(seed, STREAM.arrivals);
  const first = dayOf(2015, 1, 1);
  const weights = ARRIVAL_YEAR_WEIGHTS.filter(([year]) => dayOf(year, 1, 1) < referenceDay);
  const days = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const year = rng.weighted(weights);
    days[i] = rng.dayBetween(Math.max(first, dayOf(year, 1, 1)), Math.min(dayOf(year, 12, 31), referenceDay - 1));
  }
  return days.sort();
}
