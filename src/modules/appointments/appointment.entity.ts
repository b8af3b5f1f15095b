import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Household } from '../people/household.entity';
import { ApartmentOffer } from '../housing/apartment-offer.entity';
import { AppointmentKind } from './appointments.enums';

/** An appointment of a household, possibly with an interpreter, e.g. at an authority or a flat viewing. */
@Entity({ tableName: 'appointment' })
@ObjectType({
  implements: NodeEntity,
  description: 'An appointment of a household: authority visit, flat viewing, counselling, …',
})
export class Appointment extends NodeEntity {
  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  @Index()
  household!: Household;

  // kind and location are rendered per audience (appointment-rendering.ts, AppointmentResolver).
  @Enum({ items: () => AppointmentKind })
  kind!: AppointmentKind;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeISOResolver, { description: 'When it starts.' })
  startsAt!: Date;

  @Property({ type: 'text' })
  location!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Language an interpreter is needed for (ISO 639-1), if any.' })
  interpreterLanguage?: string | null;

  @ManyToOne(() => ApartmentOffer, { nullable: true })
  apartment?: ApartmentOffer | null;
}
