import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import { categoryOfField, personalCategories } from '../../auth/field-categories';
import { Role } from '../../auth/roles';
import type { Context } from '../../server/context';
import { toGlobalId } from '../../server/relay/global-id';
import type { Logger } from '../../server/logger';
import { AuditAction, AuditEvent } from './audit-event.entity';

/** Whose data a parent object is: a person, or a household as a whole. */
function subjectOf(typeName: string, source: Record<string, any>): { type: 'Person' | 'Household'; id: number } | undefined {
  if (typeName === 'Person') return { type: 'Person', id: source.id };
  if (typeName === 'Household') return { type: 'Household', id: source.id };
  if (source.person?.id) return { type: 'Person', id: source.person.id };
  if (source.household?.id) return { type: 'Household', id: source.household.id };
  return undefined;
}

class ReadLedger {
  private readonly read = { Person: new Map<number, Set<string>>(), Household: new Map<number, Set<string>>() };

  note(info: GraphQLResolveInfo, source: unknown): void {
    const typeName = info.parentType.name;
    const category = categoryOfField(typeName, info.fieldName);
    if (!category || !personalCategories.has(category) || !source || typeof source !== 'object') return;
    const subject = subjectOf(typeName, source as Record<string, any>);
    if (!subject?.id) return;
    const categories = this.read[subject.type].get(subject.id) ?? new Set<string>();
    categories.add(category);
    this.read[subject.type].set(subject.id, categories);
  }

  entries(context: Context, operation: string | null) {
    return (['Person', 'Household'] as const)
      .filter((type) => this.read[type].size > 0)
      .map((type) => {
        const categories = new Set<string>();
        for (const set of this.read[type].values()) set.forEach((c) => categories.add(c));
        return {
          occurredAt: new Date(),
          action: AuditAction.READ,
          actor: context.viewer.id,
          role: context.viewer.role,
          organisationId: context.viewer.organisationId,
          purpose: context.viewer.purpose,
          operation,
          entityType: type,
          entityIds: [...this.read[type].keys()].map((id) => toGlobalId(type, id)),
          details: [...categories].sort(),
        };
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
              ledger.note(info, source);
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
            if (operation?.operation === 'mutation') {
              // The change is committed (and audited in its transaction); answering an error now would
              // make the client retry a write that happened. The answer goes out; what it showed is
              // logged (IDs and categories, no personal data) so the audit can be completed.
              logger.error({ err: error, unauditedRead: entries }, 'audit of a committed mutation\'s answer failed; answer sent');
              return;
            }
            logger.error({ err: error }, 'audit of a read failed; the data is withheld');
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [{ message: 'The read could not be audited, so its data is withheld.', extensions: { code: 'AUDIT_UNAVAILABLE' } }],
              },
            };
          }
        },
      };
    },
  };
}
