import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129113144 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "preorder" add column if not exists "refunded_amount" numeric null, add column if not exists "refunded_at" timestamptz null, add column if not exists "refund_note" text null, add column if not exists "raw_refunded_amount" jsonb null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "preorder" drop column if exists "refunded_amount", drop column if exists "refunded_at", drop column if exists "refund_note", drop column if exists "raw_refunded_amount";`,
    )
  }
}
