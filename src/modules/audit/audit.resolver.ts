import { Arg, Args, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs } from '../../graph/relay/connection';
import { AuditAction, AuditEvent } from './audit-event.entity';

export const AuditEventConnection = ConnectionType(AuditEvent, 'A page of audit-log entries, newest first.');

@InputType({ description: 'Narrows the audit log.' })
export class AuditEventFilter {
  @Field(() => [AuditAction], { nullable: true, description: 'Only these actions.' })
  actions?: AuditAction[];

  @Field(() => String, { nullable: true, description: 'Only entries by this actor.' })
  actor?: string;

  @Field(() => String, { nullable: true, description: 'Only entries about this record (a global ID).' })
  entityId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only entries concerning this person or household (a global ID).',
  })
  subjectId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only entries that read or changed this data category, e.g. SPECIAL_CATEGORY.',
  })
  category?: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only entries at or after this time.' })
  from?: Date;
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log (data-protection officer only), newest first.' })
  auditEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Conditions the entries must meet.' })
    filter: AuditEventFilter | undefined,
    @Ctx() { em }: Context,
  ) {
    const qb = em.createQueryBuilder(AuditEvent, 'a');
    if (filter?.actions) qb.andWhere({ action: { $in: filter.actions } });
    if (filter?.actor) qb.andWhere({ actor: filter.actor });
    if (filter?.entityId) qb.andWhere('? = any(a.entity_ids)', [filter.entityId]);
    if (filter?.subjectId) qb.andWhere('? = any(a.subject_ids)', [filter.subjectId]);
    if (filter?.category) qb.andWhere('? = any(a.categories)', [filter.category]);
    if (filter?.from) qb.andWhere({ occurredAt: { $gte: filter.from } });
    return keysetPage(qb, { column: 'a.id', valueOf: (a) => a.id, direction: 'DESC', nullable: false }, page);
  }
}
