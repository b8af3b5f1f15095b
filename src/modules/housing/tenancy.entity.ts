import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Household } from '../people/household.entity';
import { ApartmentOffer } from './apartment-offer.entity';

/** A household in a private flat for a date range; the move-in date counts as housed. */
@Entity({ tableName: 'tenancy' })
@Check({ name: 'tenancy_range_valid', expression: 'ends_on is null or ends_on > moved_in_on' })
@ObjectType({
  implements: NodeEntity,
  description: 'A household in a private flat for a date range; from the move-in date the household counts as housed.',
})
export class Tenancy extends NodeEntity {
  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  @Index()
  household!: Household;

  @ManyToOne(() => ApartmentOffer)
  @Index()
  apartment!: ApartmentOffer;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Move-in date.' })
  movedInOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Move-out date (exclusive end); null while the tenancy lasts.',
  })
  endsOn?: string | null;
}
