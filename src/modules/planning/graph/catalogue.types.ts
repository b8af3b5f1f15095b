import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

@ObjectType('CriteriaCatalogue', {
  description:
    'A version of a criteria catalogue: which facts count how much for the order in which households leave communal accommodation. Built in (the Osnabrück catalogue) or published by an administrator.',
})
export class CriteriaCatalogueType {
  @Field({ description: 'Catalogue identifier, e.g. "osnabrueck".' })
  catalogueId!: string;

  @Field({ description: 'Version label, e.g. "2013.1".' })
  version!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => LocalDateResolver, { description: 'First day in force.' })
  effectiveFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day in force; null when open-ended.' })
  effectiveUntil!: string | null;

  @Field({ description: 'Where the catalogue comes from.' })
  source!: string;

  @Field({ description: 'True for a catalogue shipped with the hub, false for one published through the API.' })
  builtIn!: boolean;

  @Field(() => String, { nullable: true, description: 'Who published it (null for built-in catalogues).' })
  publishedBy!: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When it was published (null for built-in catalogues).',
  })
  publishedAt!: Date | null;

  @Field(() => JSONResolver, {
    description: 'The whole catalogue document (criteria, tiers, tie-breakers) as published.',
  })
  document!: unknown;
}

@ObjectType('PublishCriteriaCataloguePayload', { description: 'Result of publishing a criteria catalogue version.' })
export class PublishCriteriaCataloguePayload {
  @Field(() => CriteriaCatalogueType, { description: 'The stored version.' })
  catalogue!: CriteriaCatalogueType;
}
