import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Area } from '../demography/area.entity';
import { Provider } from '../providers/provider.entity';

/** A communal accommodation site (Gemeinschaftsunterkunft, GU). */
@Entity({ tableName: 'site' })
@ObjectType({
  implements: NodeEntity,
  description: 'A communal accommodation site (Gemeinschaftsunterkunft, "GU") with units, rooms and beds.',
})
export class Site extends NodeEntity {
  @Property({ type: 'text', unique: true })
  @Field({ description: 'Name of the site.' })
  name!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Street address.' })
  address!: string;

  @ManyToOne(() => Area)
  @Index()
  district!: Area;

  @ManyToOne(() => Provider, { nullable: true })
  @Index()
  operator?: Provider | null;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'Day the site opened.' })
  openedOn!: string;
}
