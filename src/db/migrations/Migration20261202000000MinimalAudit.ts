import { Migration } from '@mikro-orm/migrations';

/** Redacts the values of the given keys (or of every key but `keep`) in one audit document. */
const redact = (column: string, condition: string) => `${column} = (
    select jsonb_object_agg(key, case when ${condition} then '"[redacted]"'::jsonb else value end)
    from jsonb_each(${column}))`;

/**
 * Issue 16: the audit log names the subjects (persons, households) and data categories of every entry,
 * and holds no special-category value or income any more. Entries written before keep their meaning;
 * the values earlier versions copied into them are redacted once, here — the only time the append-only
 * trigger is set aside.
 */
export class Migration20261202000000MinimalAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "subject_ids" text[] not null default '{}',
      add column "categories" text[] not null default '{}';`);
    this.addSql(`create index "audit_event_subject_ids_index" on "audit_event" using gin ("subject_ids");`);

    this.addSql(`alter table "audit_event" disable trigger "audit_event_append_only";`);
    this.addSql(
      `update "audit_event" set "subject_ids" = "entity_ids", "categories" = "details" where "action" = 'READ';`,
    );
    this.addSql(
      `update "audit_event" set "subject_ids" = "entity_ids" where "action" <> 'READ' and "entity_type" in ('Person', 'Household');`,
    );
    const rules: [string, string][] = [
      ['Need', `key not in ('id', 'person')`],
      ['CaseworkerDecision', `key not in ('id', 'household')`],
      ['Person', `key in ('disabilityDegree', 'religion', 'ethnicity', 'asylumReasons')`],
      ['Occupation', `key = 'monthlyIncomeCents'`],
    ];
    for (const [entityType, condition] of rules) {
      for (const column of ['before', 'after']) {
        this.addSql(`update "audit_event" set ${redact(`"${column}"`, condition)}
          where "entity_type" = '${entityType}' and jsonb_typeof("${column}") = 'object';`);
      }
    }
    this.addSql(`alter table "audit_event" enable trigger "audit_event_append_only";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_event_subject_ids_index";`);
    this.addSql(`alter table "audit_event" drop column "subject_ids", drop column "categories";`);
  }
}
