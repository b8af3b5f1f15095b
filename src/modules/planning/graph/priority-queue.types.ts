import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PageInfo } from '../../../graph/relay/connection';
import { Household } from '../../people/household.entity';
import { CatalogueRefType, PriorityTierType } from './priority.types';

@ObjectType('PriorityQueueEdge', { description: 'A household at its place in the priority queue.' })
export class PriorityQueueEdgeType {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => Int, { description: 'Place in the queue (1 = first to be offered a flat).' })
  rank!: number;

  @Field(() => Int, { description: 'Priority score under the catalogue in force.' })
  score!: number;

  @Field(() => PriorityTierType, { description: 'The tier the score falls in.' })
  tier!: PriorityTierType;

  @Field(() => Household, { description: 'The household.' })
  node!: Household;
}

@ObjectType('PriorityQueueConnection', {
  description:
    'Households living in communal accommodation (Gemeinschaftsunterkunft, GU), ranked by priority for a private flat: score, then the catalogue’s tie-breakers.',
})
export class PriorityQueueConnectionType {
  @Field(() => LocalDateResolver, { description: 'The day the queue is ranked as of.' })
  asOf!: string;

  @Field(() => CatalogueRefType, { description: 'The criteria catalogue version used.' })
  catalogue!: CatalogueRefType;

  @Field(() => [PriorityQueueEdgeType], { description: 'The edges on this page.' })
  edges!: PriorityQueueEdgeType[];

  @Field(() => PageInfo, { description: 'Page information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of households in the queue.' })
  totalCount!: number;
}
