import { Field, ID, InterfaceType } from 'type-graphql';
import { OptionalProps, PrimaryKey } from '@mikro-orm/core';
import { toGlobalId } from './global-id';

/**
 * Base of every entity that is also a GraphQL object: an integer primary key in the database and
 * a Relay `Node` with an opaque global ID in the graph. The GraphQL type name is the class name.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID that `node(id:)` can fetch again (Relay).',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class NodeEntity {
  /** Computed properties are not data to create an entity with; subclasses add their own getters. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID of this object.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
