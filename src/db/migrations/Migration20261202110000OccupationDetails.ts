import { Migration } from '@mikro-orm/migrations';

/** Issue 9, item 2: occupations are recorded through the graph, with school and grade, and net income beside gross. */
export class Migration20261202110000OccupationDetails extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "occupation"
      add column "net_monthly_income_cents" int null,
      add column "school" text null,
      add column "grade" smallint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "occupation" drop column "net_monthly_income_cents", drop column "school", drop column "grade";`,
    );
  }
}
