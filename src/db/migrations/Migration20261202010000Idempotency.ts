import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 10: idempotency keys. A row is written in the mutation's own transaction (so it exists exactly
 * when the mutation committed) and completed with the answer once it is sent.
 */
export class Migration20261202010000Idempotency extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`create table "idempotency_key" ("actor" text not null, "key" text not null, "request_hash" text not null,
      "status" smallint null, "response" jsonb null, "created_at" timestamptz not null default now(),
      constraint "idempotency_key_pkey" primary key ("actor", "key"));`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key";`);
  }
}
