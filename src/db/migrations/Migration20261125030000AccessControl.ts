import { Migration } from '@mikro-orm/migrations';

/** Issue 4: API keys, the append-only audit log, and a legal transfer basis on case assignments. */
export class Migration20261125030000AccessControl extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" serial primary key, "occurred_at" timestamptz not null default now(), "action" text check ("action" in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'RETENTION')) not null, "actor" text not null, "role" text not null, "organisation_id" int null, "purpose" text not null, "operation" text null, "entity_type" text not null, "entity_ids" text[] not null, "details" text[] not null, "before" jsonb null, "after" jsonb null);`,
    );
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_organisation_id_index" on "audit_event" ("organisation_id");`);
    // Append-only: nobody, not even the hub's own database user, can change or remove an entry.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only'; end $$;`);
    this.addSql(`create trigger audit_event_append_only before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_append_only();`);

    this.addSql(
      `create table "api_key" ("id" serial primary key, "name" text not null, "organisation_id" int not null, "role" text check ("role" in ('ADMINISTRATOR', 'CASEWORKER', 'PROVIDER_STAFF', 'VOLUNTEER_COORDINATOR', 'HOUSING_OFFICER', 'PLANNER', 'DATA_PROTECTION_OFFICER')) not null, "key_hash" text not null, "prefix" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "api_key_organisation_id_index" on "api_key" ("organisation_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(
      `alter table "api_key" add constraint "api_key_organisation_id_foreign" foreign key ("organisation_id") references "provider" ("id") on update cascade;`,
    );

    this.addSql(`alter table "case_assignment" add column "legal_basis" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_assignment" drop column "legal_basis";`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_append_only();`);
  }
}
