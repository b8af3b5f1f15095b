import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { AreaKind } from './demography.enums';

/** The city or one of its districts; sites, offers and statistics belong to an area. */
@Entity({ tableName: 'area' })
@ObjectType({ implements: NodeEntity, description: 'The city or one of its districts (Stadtteile).' })
export class Area extends NodeEntity {
  @Property({ type: 'text', unique: true })
  @Field({ description: 'Official key of the area, e.g. "03404000" for the city or "03404000-01" for a district.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name, e.g. "Osnabrück" or "Schinkel".' })
  name!: string;

  @Enum({ items: () => AreaKind })
  @Field(() => AreaKind, { description: 'City or district.' })
  kind!: AreaKind;

  @ManyToOne(() => Area, { nullable: true })
  @Index()
  parent?: Area | null;
}
