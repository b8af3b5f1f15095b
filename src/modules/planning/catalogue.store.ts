/**
 * Criteria catalogues: the built-in ones (code) plus those an administrator published (database).
 * The catalogue in force on a day is chosen by the domain's selectCatalogue over both.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BUILT_IN_CATALOGUES,
  OSNABRUECK_CATALOGUE,
  selectCatalogue,
  type CriteriaCatalogue,
  type IsoDate,
} from '../../domain';
import { PublishedCatalogue } from './published-catalogue.entity';

export interface CatalogueVersion {
  catalogue: CriteriaCatalogue;
  /** null for the catalogues shipped with the code. */
  published: PublishedCatalogue | null;
}

export const builtInVersions = (): CatalogueVersion[] =>
  BUILT_IN_CATALOGUES.map((catalogue) => ({ catalogue, published: null }));

export async function loadCatalogueVersions(em: EntityManager): Promise<CatalogueVersion[]> {
  const rows = await em.find(PublishedCatalogue, {}, { orderBy: { effectiveFrom: 'asc', id: 'asc' } });
  return [...builtInVersions(), ...rows.map((published) => ({ catalogue: published.document, published }))];
}

/** The version in force on the day: latest effectiveFrom (then highest version); Osnabrück if none. */
export function versionInForce(versions: readonly CatalogueVersion[], asOf: IsoDate): CatalogueVersion {
  const chosen = selectCatalogue(
    versions.map((v) => v.catalogue),
    asOf,
  );
  return versions.find((v) => v.catalogue === chosen) ?? { catalogue: OSNABRUECK_CATALOGUE, published: null };
}
