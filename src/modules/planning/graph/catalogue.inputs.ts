import { Field, InputType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';

@InputType({ description: 'A new version of a criteria catalogue, effective from the date inside the document.' })
export class PublishCriteriaCatalogueInput {
  @Field(() => JSONResolver, {
    description:
      'The catalogue as JSON: id, version, title, effectiveFrom, optional effectiveUntil, strictRanks, criteria (id, label, fact, weight, rank, params, source), tiers (id, label, minScore), tieBreakers, source. Validated before it is stored.',
  })
  document!: unknown;
}
