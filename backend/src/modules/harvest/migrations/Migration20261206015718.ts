import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206015718 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "preorder_line" drop constraint if exists "preorder_line_line_item_id_unique";`)
    this.addSql(`alter table if exists "preorder_line" drop constraint if exists "preorder_line_key_unique";`)
    this.addSql(
      `create table if not exists "preorder_line" ("id" text not null, "key" text not null, "cart_id" text not null, "line_item_id" text not null, "lot_id" text not null, "variant_id" text not null, "if_short" text check ("if_short" in ('wait', 'refund')) not null default 'wait', "unit_price" numeric not null, "currency_code" text not null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "preorder_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_preorder_line_key_unique" ON "preorder_line" ("key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_preorder_line_line_item_id_unique" ON "preorder_line" ("line_item_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_line_deleted_at" ON "preorder_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_line_cart_id" ON "preorder_line" ("cart_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "preorder_line" cascade;`)
  }
}
