import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129101352 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "preorder" drop constraint if exists "preorder_key_unique";`)
    this.addSql(
      `create table if not exists "preorder" ("id" text not null, "key" text not null, "lot_id" text not null, "variant_id" text not null, "cart_id" text not null, "order_id" text null, "order_item_id" text null, "quantity" integer not null, "allocated_quantity" integer not null default 0, "refund_quantity" integer not null default 0, "if_short" text check ("if_short" in ('wait', 'refund')) not null default 'wait', "status" text check ("status" in ('waiting', 'allocated', 'moved', 'refund_due', 'released')) not null default 'waiting', "moved_from_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "preorder_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_preorder_key_unique" ON "preorder" ("key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_deleted_at" ON "preorder" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_lot_id_status" ON "preorder" ("lot_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_order_id" ON "preorder" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "harvest_lot" add column if not exists "preordered_quantity" integer not null default 0, add column if not exists "allocated_quantity" integer not null default 0;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "preorder" cascade;`)

    this.addSql(
      `alter table if exists "harvest_lot" drop column if exists "preordered_quantity", drop column if exists "allocated_quantity";`,
    )
  }
}
