import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 9, item 1: legal statuses are recorded, corrected and ended through the graph. A correction adds
 * a row that points at the one it corrects; the old row is marked superseded, never overwritten. Rows
 * recorded before keep null in the new columns (who recorded them is not known).
 */
export class Migration20261202100000LegalStatusHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "legal_status"
      add column "decision_date" date null,
      add column "document_number" text null,
      add column "recorded_at" timestamptz null,
      add column "recorded_by" text null,
      add column "corrects_id" int null references "legal_status" ("id") on update cascade on delete set null,
      add column "correction_reason" text null,
      add column "superseded_at" timestamptz null;`);
    this.addSql(`create index "legal_status_corrects_id_index" on "legal_status" ("corrects_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "legal_status_corrects_id_index";`);
    this
      .addSql(`alter table "legal_status" drop column "decision_date", drop column "document_number", drop column "recorded_at",
      drop column "recorded_by", drop column "corrects_id", drop column "correction_reason", drop column "superseded_at";`);
  }
}
