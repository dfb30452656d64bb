import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A group may be paid in cash against a signed receipt (issue 16: the cash receipt sheet). */
export class Migration20261206163000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_group" drop constraint if exists "producer_group_payout_method_check";`,
    )
    this.addSql(
      `alter table if exists "producer_group" add constraint "producer_group_payout_method_check" check ("payout_method" in ('bank', 'mobile_wallet', 'cash'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_group" drop constraint if exists "producer_group_payout_method_check";`,
    )
    this.addSql(
      `alter table if exists "producer_group" add constraint "producer_group_payout_method_check" check ("payout_method" in ('bank', 'mobile_wallet'));`,
    )
  }
}
