import { ArrayType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';

export enum AuditAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RETENTION = 'RETENTION',
}
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What was done to the data.' });

/**
 * One entry of the append-only audit log: who (actor, role, organisation) read or changed what, for
 * which purpose, when. The database refuses to update or delete entries (trigger in the migration).
 */
@Entity({ tableName: 'audit_event' })
@ObjectType({
  implements: NodeEntity,
  description: 'An entry of the append-only audit log: who read or changed what, for which purpose, when.',
})
export class AuditEvent extends NodeEntity {
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Index()
  @Field(() => DateTimeISOResolver, { description: 'When it happened.' })
  occurredAt!: Date;

  @Enum({ items: () => AuditAction })
  @Field(() => AuditAction, { description: 'Read, change, or retention.' })
  action!: AuditAction;

  @Property({ type: 'text' })
  @Field({ description: 'Who: the token subject, `apikey:<id>`, or `system` for commands.' })
  actor!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The role the actor acted in.' })
  role!: string;

  @Property({ type: 'integer', nullable: true })
  @Index()
  organisationId?: number | null;

  @Property({ type: 'text' })
  @Field({ description: 'The purpose the request declared.' })
  purpose!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the GraphQL operation, or the command.' })
  operation?: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'Type of the records, e.g. "Person".' })
  entityType!: string;

  @Property({ type: ArrayType })
  @Field(() => [String], { description: 'IDs (global IDs) of the records read or changed.' })
  entityIds!: string[];

  @Property({ type: ArrayType })
  @Field(() => [String], { description: 'Data categories read (reads) or the changed properties (changes).' })
  details!: string[];

  @Property({ type: ArrayType, default: '{}' })
  @Field(() => [String], {
    description:
      'Whose data it was: global IDs of the persons and households concerned (for a read, the records read).',
  })
  subjectIds!: string[];

  @Property({ type: ArrayType, default: '{}' })
  @Field(() => [String], {
    description:
      'Data categories read or changed (e.g. SPECIAL_CATEGORY), or EXISTENCE when only the existence of a person or household was revealed.',
  })
  categories!: string[];

  @Property({ type: 'jsonb', nullable: true })
  @Field(() => JSONResolver, {
    nullable: true,
    description:
      'The record before a change; values of special categories, priority reasons and income are "[redacted]".',
  })
  before?: object | null;

  @Property({ type: 'jsonb', nullable: true })
  @Field(() => JSONResolver, {
    nullable: true,
    description:
      'The record after a change; values of special categories, priority reasons and income are "[redacted]".',
  })
  after?: object | null;
}
