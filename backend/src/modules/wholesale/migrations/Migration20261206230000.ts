import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A quote's line booked against a coming harvest lot (beyond the shelf): the lot, its number and
// expected shipping month.
// Written in the form `db:generate` writes.
export class Migration20261206230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "wholesale_quote_line" add column if not exists "booked_lot_id" text null, add column if not exists "booked_lot_number" text null, add column if not exists "expected_shipping_month" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "wholesale_quote_line" drop column if exists "booked_lot_id", drop column if exists "booked_lot_number", drop column if exists "expected_shipping_month";`,
    )
  }
}
