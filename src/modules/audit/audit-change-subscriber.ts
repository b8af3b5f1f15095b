import type { ChangeSet, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { ChangeSetType } from '@mikro-orm/core';
import { currentViewer } from '../../auth/request-context';
import { toGlobalId } from '../../graph/relay/global-id';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { auditedData, categoriesOf, subjectsOf } from './audit-content';

const actions: Record<string, AuditAction | undefined> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

/** The properties a change sets (all of them for a deletion: everything the record held is gone). */
function changed(changeSet: ChangeSet<object>): string[] {
  const data = changeSet.type === ChangeSetType.DELETE ? changeSet.originalEntity : changeSet.payload;
  return Object.keys(data ?? {});
}

/**
 * Audits every change made through the ORM. The entries are written right after the flush's statements,
 * on the same transaction context: inside `em.transactional` (every mutation) the change and its audit
 * entries commit together or not at all. After the flush, new rows have their IDs. What an entry may hold
 * (subjects, categories, redacted values) is decided in audit-content.ts.
 */
export class AuditChangeSubscriber implements EventSubscriber {
  async afterFlush(args: FlushEventArgs): Promise<void> {
    const viewer = currentViewer();
    const entries = (args.uow.getChangeSets() as ChangeSet<{ id?: number } & object>[])
      .filter((cs) => !(cs.entity instanceof AuditEvent) && actions[cs.type])
      .map((changeSet) => ({
        occurredAt: new Date(),
        action: actions[changeSet.type]!,
        actor: viewer?.id ?? 'system',
        role: viewer?.role ?? 'SYSTEM',
        organisationId: viewer?.organisationId ?? null,
        purpose: viewer?.purpose ?? 'ADMINISTRATION',
        operation: null,
        entityType: changeSet.meta.className,
        entityIds: changeSet.entity.id ? [toGlobalId(changeSet.meta.className, changeSet.entity.id)] : [],
        details: changed(changeSet),
        subjectIds: subjectsOf(changeSet.meta.className, changeSet.entity as Record<string, unknown>),
        categories: categoriesOf(changeSet.meta.className, changed(changeSet)),
        before:
          changeSet.type === ChangeSetType.CREATE
            ? null
            : auditedData(changeSet.meta.className, changeSet.originalEntity as Record<string, unknown>),
        after:
          changeSet.type === ChangeSetType.DELETE
            ? null
            : auditedData(changeSet.meta.className, {
                ...(changeSet.originalEntity ?? {}),
                ...changeSet.payload,
                id: changeSet.entity.id,
              }),
      }));
    if (entries.length > 0) await args.em.insertMany(AuditEvent, entries);
  }
}
