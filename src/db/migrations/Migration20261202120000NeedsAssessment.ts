import { Migration } from '@mikro-orm/migrations';

/** Issue 9, item 3: the date of a person's assessment of special reception needs (EU 2013/33 Art. 22, 2024/1346 Art. 25). */
export class Migration20261202120000NeedsAssessment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "needs_assessed_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop column "needs_assessed_on";`);
  }
}
