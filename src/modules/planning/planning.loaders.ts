/**
 * Per-request loaders for the planning fields. A field on a list of households asks for one key;
 * the loader answers all keys of a tick with the snapshot store's flat statements, so priority and
 * eligibility on 1,000 households cost what they cost on 10.
 */
import type { HouseholdSnapshot, IsoDate } from '../../domain';
import type { Context } from '../../auth/context';
import type { HouseholdFacts, StatusHistories } from './household-facts';
import { loadCatalogueVersions, type CatalogueVersion } from './catalogue.store';
import { toHouseholdSnapshot } from './snapshot.mapping';
import { loadHouseholdFacts, loadStatusHistories } from './snapshot.store';
import { ormRunner } from './sql-runner';

export function householdFacts(ctx: Context, householdId: number): Promise<HouseholdFacts | undefined> {
  return ctx.loaders
    .custom<number, HouseholdFacts | undefined>('planning.householdFacts', async (ids) => {
      const facts = await loadHouseholdFacts(ormRunner(ctx.em), { kind: 'ids', ids });
      return ids.map((id) => facts.get(id));
    })
    .load(householdId);
}

/** Status histories of the members of the batch's households (one map shared by the batch). */
export function statusHistories(ctx: Context, householdId: number): Promise<StatusHistories> {
  return ctx.loaders
    .custom<number, StatusHistories>('planning.statusHistories', async (ids) => {
      const histories = await loadStatusHistories(ormRunner(ctx.em), { kind: 'ids', ids });
      return ids.map(() => histories);
    })
    .load(householdId);
}

/** Built-in and published catalogue versions, read once per request. */
export function catalogueVersions(ctx: Context): Promise<CatalogueVersion[]> {
  return ctx.loaders
    .custom<'all', CatalogueVersion[]>('planning.catalogues', async (keys) => {
      const versions = await loadCatalogueVersions(ctx.em);
      return keys.map(() => versions);
    })
    .load('all');
}

/** The household's snapshot as of a day; with `withStatuses` the members carry their status histories. */
export async function householdSnapshot(
  ctx: Context,
  householdId: number,
  asOf: IsoDate,
  options: { withStatuses: boolean },
): Promise<HouseholdSnapshot | undefined> {
  const [facts, statuses] = await Promise.all([
    householdFacts(ctx, householdId),
    options.withStatuses ? statusHistories(ctx, householdId) : undefined,
  ]);
  return facts && toHouseholdSnapshot(facts, asOf, statuses);
}
