import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Area } from '../demography/area.entity';
import { OfferStatus } from './housing.enums';

/** A flat a private landlord offers; the city has no municipal housing company. */
@Entity({ tableName: 'apartment_offer' })
@ObjectType({ implements: NodeEntity, description: 'A flat offered by a private landlord.' })
export class ApartmentOffer extends NodeEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Name of the landlord.' })
  landlordName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Street address of the flat.' })
  address!: string;

  @ManyToOne(() => Area)
  @Index()
  district!: Area;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Living space in m².' })
  livingSpaceSqm!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Number of rooms (without kitchen and bath).' })
  rooms!: number;

  @Property({ type: 'integer' })
  @Index()
  grossColdRentCents!: number;

  @Property({ type: 'boolean' })
  @Field({
    description: 'Only tenants with a housing entitlement certificate (Wohnberechtigungsschein, WBS) may rent it.',
  })
  wbsRequired!: boolean;

  @Property({ type: 'boolean' })
  @Field({ description: 'Reachable without steps.' })
  stepFree!: boolean;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First day the flat can be moved into.' })
  availableFrom!: string;

  @Enum({ items: () => OfferStatus })
  @Index()
  @Field(() => OfferStatus, { description: 'Whether the flat can still be let.' })
  status!: OfferStatus;
}
