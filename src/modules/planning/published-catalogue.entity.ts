import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import type { CriteriaCatalogue } from '../../domain';
import { NodeEntity } from '../../graph/relay/node';

/**
 * A criteria catalogue version an administrator published through the API. The document is the
 * validated JSON catalogue; id, version and dates are copied into columns to select and index by.
 * Published versions are never edited: a change is a new version.
 */
@Entity({ tableName: 'published_catalogue' })
@Unique({ properties: ['catalogueId', 'version'] })
export class PublishedCatalogue extends NodeEntity {
  @Property({ type: 'text' })
  catalogueId!: string;

  @Property({ type: 'text' })
  version!: string;

  @Property({ type: 'date' })
  @Index()
  effectiveFrom!: string;

  @Property({ type: 'date', nullable: true })
  effectiveUntil?: string | null;

  @Property({ type: 'json' })
  document!: CriteriaCatalogue;

  @Property({ type: 'text' })
  publishedBy!: string;

  @Property({ type: 'timestamptz' })
  publishedAt!: Date;
}
