import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { ProviderKind } from './providers.enums';

/** An organisation that serves refugees: welfare organisation, coordination office, language school, … */
@Entity({ tableName: 'provider' })
@ObjectType({
  implements: NodeEntity,
  description:
    'An organisation that serves refugees: a welfare organisation, the coordination office, a language school, …',
})
export class Provider extends NodeEntity {
  @Property({ type: 'text', unique: true })
  @Field({ description: 'Name of the organisation.' })
  name!: string;

  @Enum({ items: () => ProviderKind })
  @Field(() => ProviderKind, { description: 'Kind of organisation.' })
  kind!: ProviderKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact e-mail of the organisation.' })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact phone of the organisation.' })
  phone?: string | null;
}
