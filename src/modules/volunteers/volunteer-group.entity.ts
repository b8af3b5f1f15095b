import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { VolunteerGroupFormat } from './volunteers.enums';

/** A group of volunteers in one of the agency's three formats. */
@Entity({ tableName: 'volunteer_group' })
@ObjectType({ implements: NodeEntity, description: "A group of volunteers in one of the agency's three formats." })
export class VolunteerGroup extends NodeEntity {
  @Property({ type: 'text', unique: true })
  @Field({ description: 'Name of the group.' })
  name!: string;

  @Enum({ items: () => VolunteerGroupFormat })
  @Field(() => VolunteerGroupFormat, { description: 'Format of the group.' })
  format!: VolunteerGroupFormat;
}
