/** Options, id counters and the named random streams shared by the generator's parts. */
import { dayFromIso } from '../days';
import type { SeedTable } from '../tables';

export interface GenerateOptions {
  /** Seed of the random streams; the same seed, scale and reference date give the same rows. */
  seed?: number;
  /** Multiplies people, households, sites, beds, offers and volunteers (1 ≈ 4,000 people). */
  scale?: number;
  /** The "today" of the demo city ('YYYY-MM-DD'): open stays, mandates and appointments are relative to it. */
  referenceDate?: string;
  /** Households generated per batch; only affects memory, never the rows. */
  householdsPerBatch?: number;
}

export const DEFAULT_SEED = 20_151_001;
export const DEFAULT_REFERENCE_DATE = '2026-11-25';

export interface ResolvedOptions {
  seed: number;
  scale: number;
  referenceDate: string;
  referenceDay: number;
  householdsPerBatch: number;
}

export function resolveOptions(options: GenerateOptions = {}): ResolvedOptions {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!(scale > 0 && scale <= 1000)) throw new Error(`scale must be in (0, 1000], got ${scale}`);
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const referenceDay = dayFromIso(referenceDate);
  if (referenceDate < '2016-01-01')
    throw new Error('referenceDate must be 2016-01-01 or later: arrivals start in 2015');
  return { seed, scale, referenceDate, referenceDay, householdsPerBatch: options.householdsPerBatch ?? 2_000 };
}

/** Target sizes at scale 1 (the figures). */
export const TARGETS = {
  households: 1_500,
  sites: 12,
  beds: 1_300,
  openOffers: 150,
  withdrawnOffers: 25,
  volunteers: 600,
} as const;

export function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale));
}

/** Sequential ids per table, assigned by the generator so rows can reference each other before loading. */
export class IdCounters {
  private readonly last = new Map<SeedTable, number>();

  next(table: SeedTable): number {
    const id = (this.last.get(table) ?? 0) + 1;
    this.last.set(table, id);
    return id;
  }
}

/** Stream numbers: each part of the city draws from its own stream, so changing one part leaves the others alone. */
export const STREAM = {
  demography: 1,
  sites: 2,
  volunteers: 3,
  offers: 4,
  arrivals: 5,
  household: 6,
} as const;
