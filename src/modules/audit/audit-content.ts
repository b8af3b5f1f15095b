import { categoryOfField, categoryOfType, DataCategory } from '../../auth/field-categories';
import { rowRules } from '../../auth/row-scope-rules';
import { toGlobalId } from '../../graph/relay/global-id';

/**
 * What a change entry of the audit log may hold. The data-protection officer must be able to answer
 * "who changed the health data of person X, when, for which purpose" — not read the diagnosis itself.
 * So an entry names its subjects and categories, and carries no value of a special category, of the
 * facts behind a priority, or of income: those become REDACTED (a hash of a degree of disability or an
 * income would be guessed in a few tries, so there is none).
 */
export const REDACTED = '[redacted]';

const REDACTED_CATEGORIES = new Set<DataCategory>([DataCategory.SPECIAL_CATEGORY, DataCategory.PRIORITY_REASONS]);
/** Income is no special category in law, but the audit needs only that it changed. */
const REDACTED_PROPERTIES = new Set(['Occupation.monthlyIncomeCents', 'Occupation.netMonthlyIncomeCents']);
/** Properties that identify the record or its subject: always kept. */
const IDENTIFYING = new Set(['id', 'person', 'household']);

function redacted(entity: string, property: string): boolean {
  if (IDENTIFYING.has(property)) return false;
  // An entity property has its GraphQL field's category; one the graph does not show (a decision's input
  // snapshot) has its type's.
  const category = categoryOfField(entity, property) ?? categoryOfType(entity);
  return (
    REDACTED_PROPERTIES.has(`${entity}.${property}`) || (category !== undefined && REDACTED_CATEGORIES.has(category))
  );
}

/** A record's data as plain JSON for the log: references as their IDs, protected values redacted. */
export function auditedData(entity: string, data: Record<string, unknown> | undefined): object | null {
  if (!data) return null;
  const json = JSON.parse(
    JSON.stringify(data, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  ) as Record<string, unknown>;
  for (const property of Object.keys(json)) if (redacted(entity, property)) json[property] = REDACTED;
  return json;
}

/** The data categories of the changed properties, sorted. */
export function categoriesOf(entity: string, properties: string[]): string[] {
  const categories = new Set(
    properties.map((p) => categoryOfField(entity, p) ?? categoryOfType(entity)).filter((c) => c !== undefined),
  );
  return [...categories].sort();
}

/** Global IDs of the persons or households a record is about, following its row rule. */
export function subjectsOf(entity: string, record: Record<string, unknown>): string[] {
  const rule = rowRules[entity];
  if (!rule || 'unscoped' in rule) return [];
  const type = rule.subject === 'person' ? 'Person' : 'Household';
  const ids = rule.via.map((path) => {
    let value: unknown = record;
    for (const property of path.split('.')) {
      if (property === 'id') break;
      value = (value as Record<string, unknown> | null | undefined)?.[property];
    }
    return (value as { id?: unknown } | null | undefined)?.id;
  });
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))].map((id) => toGlobalId(type, id));
}
