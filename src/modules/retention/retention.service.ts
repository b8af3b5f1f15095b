import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../graph/relay/global-id';
import { categoryOfType } from '../../auth/field-categories';
import { AuditAction, AuditEvent } from '../audit/audit-event.entity';
import { PSEUDONYMISE_PERSON_SQL, retentionRules, type RetentionAction, type RetentionRule } from './retention-rules';

export interface RetentionOutcome {
  ruleId: string;
  entityType: string;
  action: RetentionAction;
  count: number;
}

/** A list of IDs as one bind parameter (knex would spread a JS array into several). */
const idList = (ids: number[]) => ids.join(',');
const ID_ARRAY = `string_to_array(?, ',')::int[]`;

async function expiredIds(tx: EntityManager, rule: RetentionRule, asOf: string): Promise<number[]> {
  const placeholders = rule.expiredSql.split('?').length - 1;
  const rows = await tx.execute<{ id: number }[]>(rule.expiredSql, Array(placeholders).fill(asOf));
  return rows.map((r) => r.id);
}

async function apply(tx: EntityManager, rule: RetentionRule, ids: number[]): Promise<void> {
  if (rule.action === 'DELETE') {
    await tx.execute(`delete from ${rule.table} where id = any(${ID_ARRAY})`, [idList(ids)]);
    return;
  }
  // Pseudonymised people keep no special-category data at all.
  await tx.execute(`delete from need where person_id = any(${ID_ARRAY})`, [idList(ids)]);
  await tx.execute(PSEUDONYMISE_PERSON_SQL.replace('?::int[]', ID_ARRAY), [idList(ids)]);
}

/**
 * Deletes or pseudonymises every record whose retention period has run out as of `asOf`, in one
 * transaction, and logs each rule's effect in the audit log (action RETENTION). A dry run only counts.
 */
export async function applyRetention(
  em: EntityManager,
  options: { asOf: string; dryRun?: boolean },
): Promise<RetentionOutcome[]> {
  return em.transactional(async (tx) => {
    const outcomes: RetentionOutcome[] = [];
    for (const rule of retentionRules) {
      const ids = await expiredIds(tx, rule, options.asOf);
      outcomes.push({ ruleId: rule.id, entityType: rule.entityType, action: rule.action, count: ids.length });
      if (ids.length === 0 || options.dryRun) continue;
      await apply(tx, rule, ids);
      await tx.insertMany(AuditEvent, [
        {
          occurredAt: new Date(),
          action: AuditAction.RETENTION,
          actor: 'system',
          role: 'SYSTEM',
          organisationId: null,
          purpose: 'ADMINISTRATION',
          operation: 'retention',
          entityType: rule.entityType,
          entityIds: ids.map((id) => toGlobalId(rule.entityType, id)),
          details: [rule.id, rule.action, rule.period],
          subjectIds: rule.entityType === 'Person' ? ids.map((id) => toGlobalId('Person', id)) : [],
          categories: [categoryOfType(rule.entityType)!],
        },
      ]);
    }
    return outcomes;
  });
}
