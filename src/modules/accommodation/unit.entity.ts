import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { Site } from './site.entity';

/** A unit or room of a communal site; it holds beds. */
@Entity({ tableName: 'unit' })
@ObjectType({ implements: NodeEntity, description: 'A unit or room of a communal site; it holds beds.' })
export class Unit extends NodeEntity {
  @ManyToOne(() => Site, { deleteRule: 'cascade' })
  @Index()
  site!: Site;

  @Property({ type: 'text' })
  @Field({ description: 'Name of the unit, e.g. "Haus A, Zimmer 12".' })
  name!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Floor (0 = ground floor).' })
  floor!: number;

  @Property({ type: 'boolean' })
  @Field({ description: 'Reachable without steps.' })
  stepFree!: boolean;
}
