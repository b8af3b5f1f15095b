/** Picks the catalogue version effective on a date. */
import { IsoDate, toDay } from '../dates';
import { CriteriaCatalogue } from './catalogue';

/** Compares version labels such as '2013.1' and '2013.10' numerically, segment by segment. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The catalogue in force on `asOf`: latest effectiveFrom ≤ asOf that has not ended; on equal
 * effectiveFrom the higher version wins. Optionally restricted to one catalogue id.
 */
export function selectCatalogue(
  catalogues: readonly CriteriaCatalogue[],
  asOf: IsoDate,
  id?: string,
): CriteriaCatalogue | undefined {
  const day = toDay(asOf, 'asOf');
  let best: CriteriaCatalogue | undefined;
  for (const c of catalogues) {
    if (id !== undefined && c.id !== id) continue;
    const from = toDay(c.effectiveFrom);
    if (from > day || (c.effectiveUntil !== undefined && toDay(c.effectiveUntil) < day)) continue;
    if (!best) {
      best = c;
      continue;
    }
    const bestFrom = toDay(best.effectiveFrom);
    if (from > bestFrom || (from === bestFrom && compareVersions(c.version, best.version) > 0)) best = c;
  }
  return best;
}
