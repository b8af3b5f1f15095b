import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { NodeEntity } from '../graph/relay/node';
import { Provider } from '../modules/providers/provider.entity';
import { Role } from './roles';

/**
 * A key a partner system authenticates with (`Authorization: ApiKey <key>`). Only a SHA-256 hash of
 * the key is stored: keys are 32 random bytes, so a fast hash is safe and lookups stay indexable.
 */
@Entity({ tableName: 'api_key' })
@ObjectType({
  implements: NodeEntity,
  description: 'A key a partner system authenticates with; the key itself is shown once, at creation.',
})
export class ApiKey extends NodeEntity {
  @Property({ type: 'text' })
  @Field({ description: 'What the key is for, e.g. "Caritas case-management system".' })
  name!: string;

  @ManyToOne(() => Provider)
  @Index()
  organisation!: Provider;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: 'Role the key acts in.' })
  role!: Role;

  @Property({ type: 'text', unique: true })
  keyHash!: string;

  @Property({ type: 'text' })
  @Field({ description: 'First characters of the key, to recognise it.' })
  prefix!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeISOResolver, { description: 'When the key was created.' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeISOResolver, { description: 'When the key stops working.' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the key was revoked, if it was.' })
  revokedAt?: Date | null;

  /** Created by the demo start; production refuses to run while such a key is active. */
  @Property({ type: 'boolean', default: false })
  demo!: boolean;
}
