import { Migration } from '@mikro-orm/migrations';

/** Issue 3: published criteria-catalogue versions and caseworker decisions on priorities and matches. */
export class Migration20261125020000PriorityAndDecisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "published_catalogue" ("id" serial primary key, "catalogue_id" text not null, "version" text not null, "effective_from" date not null, "effective_until" date null, "document" jsonb not null, "published_by" text not null, "published_at" timestamptz not null);`,
    );
    this.addSql(`create index "published_catalogue_effective_from_index" on "published_catalogue" ("effective_from");`);
    this.addSql(
      `alter table "published_catalogue" add constraint "published_catalogue_catalogue_id_version_unique" unique ("catalogue_id", "version");`,
    );
    this.addSql(
      `create table "caseworker_decision" ("id" serial primary key, "household_id" int not null, "kind" text check ("kind" in ('PRIORITY', 'MATCH')) not null, "action" text check ("action" in ('CONFIRM', 'OVERRIDE')) not null, "proposed" jsonb not null, "decided" jsonb not null, "reason" text null, "rule_id" text not null, "rule_version" text not null, "decided_by" text not null, "decided_by_role" text not null, "decided_by_organisation" text not null, "decided_at" timestamptz not null, "as_of" date not null, "input_snapshot" jsonb not null, constraint caseworker_decision_override_reason check (action <> 'OVERRIDE' or coalesce(btrim(reason), '') <> ''));`,
    );
    this.addSql(`create index "caseworker_decision_household_id_index" on "caseworker_decision" ("household_id");`);
    this.addSql(
      `alter table "caseworker_decision" add constraint "caseworker_decision_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "caseworker_decision" cascade;`);
    this.addSql(`drop table if exists "published_catalogue" cascade;`);
  }
}
