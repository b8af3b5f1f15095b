import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode, getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { categoryOfField, personalCategories } from '../../auth/field-categories';
import { Role } from '../../auth/roles';
import type { Context } from '../../auth/context';
import { toGlobalId } from '../../graph/relay/global-id';
import type { Logger } from '../../graph/logger';
import { AuditAction, AuditEvent } from './audit-event.entity';

/** What a resolved parent may carry: its own id, or a reference to a person or a household. */
interface ParentObject {
  id?: number;
  person?: { id?: number };
  household?: { id?: number };
}

/** Whose data a parent object is: a person, or a household as a whole. */
function subjectOf(typeName: string, source: ParentObject): { type: 'Person' | 'Household'; id?: number } | undefined {
  if (typeName === 'Person') return { type: 'Person', id: source.id };
  if (typeName === 'Household') return { type: 'Household', id: source.id };
  if (source.person?.id) return { type: 'Person', id: source.person.id };
  if (source.household?.id) return { type: 'Household', id: source.household.id };
  return undefined;
}

/** Recorded for a person or household whose existence a response revealed, whatever else it read of them. */
export const EXISTENCE = 'EXISTENCE';
const SUBJECT_TYPES = new Set(['Person', 'Household']);

/** The persons and households in a field's result (an object or a list of them). */
function subjectsIn(info: GraphQLResolveInfo, result: unknown): { type: 'Person' | 'Household'; id: number }[] {
  const named = getNamedType(info.returnType);
  const values: unknown[] = Array.isArray(result) ? result : [result];
  return values.flatMap((value) => {
    if (!value || typeof value !== 'object') return [];
    // An interface (Node) says nothing of the object: its class does.
    const type = isObjectType(named) ? named.name : value.constructor?.name;
    const id = (value as { id?: unknown }).id;
    return SUBJECT_TYPES.has(type) && typeof id === 'number' ? [{ type: type as 'Person' | 'Household', id }] : [];
  });
}

class ReadLedger {
  private readonly read = { Person: new Map<number, Set<string>>(), Household: new Map<number, Set<string>>() };

  private categoriesOf(type: 'Person' | 'Household', id: number): Set<string> {
    let categories = this.read[type].get(id);
    if (!categories) this.read[type].set(id, (categories = new Set<string>()));
    return categories;
  }

  /** A field of a person's or household's data was resolved. */
  noteField(info: GraphQLResolveInfo, source: unknown): void {
    const typeName = info.parentType.name;
    // An ID reveals that the subject exists, nothing more: noteResult records that.
    if (info.fieldName === 'id') return;
    const category = categoryOfField(typeName, info.fieldName);
    if (!category || !personalCategories.has(category) || !source || typeof source !== 'object') return;
    const subject = subjectOf(typeName, source as ParentObject);
    if (subject?.id) this.categoriesOf(subject.type, subject.id).add(category);
  }

  /** A field returned persons or households: their existence is revealed, even if only `__typename` is read. */
  noteResult(info: GraphQLResolveInfo, result: unknown): void {
    for (const subject of subjectsIn(info, result)) this.categoriesOf(subject.type, subject.id).add(EXISTENCE);
  }

  /** One entry per type and set of categories read, so each subject is listed with exactly what was read of it. */
  entries(context: Context, operation: string | null) {
    return (['Person', 'Household'] as const).flatMap((type) => {
      const groups = new Map<string, number[]>();
      for (const [id, categories] of this.read[type]) {
        // Reading any data of a subject reveals its existence anyway: EXISTENCE stands alone or not at all.
        const read = [...categories].filter((c) => c !== EXISTENCE).sort();
        const key = (read.length > 0 ? read : [EXISTENCE]).join(',');
        groups.set(key, [...(groups.get(key) ?? []), id]);
      }
      return [...groups].map(([key, ids]) => {
        const entityIds = ids.map((id) => toGlobalId(type, id));
        const categories = key.split(',');
        return {
          occurredAt: new Date(),
          action: AuditAction.READ,
          actor: context.viewer.id,
          role: context.viewer.role,
          organisationId: context.viewer.organisationId,
          purpose: context.viewer.purpose,
          operation,
          entityType: type,
          entityIds,
          details: categories,
          subjectIds: entityIds,
          categories,
        };
      });
    });
  }
}

/**
 * Audits every read of personal data by a non-administrative role: which persons and households, which
 * data categories, for which purpose, by whom. The entries are written before the response is sent;
 * if they cannot be written, the data is not sent either.
 */
export function auditReadsPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer.role === Role.ADMINISTRATOR) return;
      const ledger = new ReadLedger();
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, source }) {
              ledger.noteField(info, source);
              return (error, result) => {
                if (!error) ledger.noteResult(info, result);
              };
            },
          };
        },
        async willSendResponse({ response, operationName, operation }) {
          // A client that has gone receives nothing, so nothing was read (src/server/client-gone.ts).
          if (contextValue.signal?.aborted) return;
          const entries = ledger.entries(contextValue, operationName ?? null);
          if (entries.length === 0) return;
          try {
            await contextValue.em.fork().insertMany(AuditEvent, entries);
          } catch (error) {
            if (operation?.operation === OperationTypeNode.MUTATION) {
              // The change is committed (and audited in its transaction); answering an error now would
              // make the client retry a write that happened. The answer goes out; what it showed is
              // logged (IDs and categories, no personal data) so the audit can be completed.
              logger.error(
                { err: error, unauditedRead: entries },
                "audit of a committed mutation's answer failed; answer sent",
              );
              return;
            }
            logger.error({ err: error }, 'audit of a read failed; the data is withheld');
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The read could not be audited, so its data is withheld.',
                    extensions: { code: 'AUDIT_UNAVAILABLE' },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
