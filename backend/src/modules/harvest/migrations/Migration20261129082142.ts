import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129082142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "harvest_lot" drop constraint if exists "harvest_lot_lot_number_unique";`)
    this.addSql(
      `create table if not exists "harvest_lot" ("id" text not null, "lot_number" text not null, "variant_id" text not null, "producer_group_id" text not null, "production_date" timestamptz null, "best_before" timestamptz null, "forecast_quantity" integer not null, "produced_quantity" integer null, "status" text check ("status" in ('planned', 'in_production', 'available', 'sold_out', 'expired')) not null default 'planned', "expected_shipping_month" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "harvest_lot_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_harvest_lot_lot_number_unique" ON "harvest_lot" ("lot_number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_harvest_lot_deleted_at" ON "harvest_lot" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_harvest_lot_variant_id_status" ON "harvest_lot" ("variant_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_harvest_lot_producer_group_id" ON "harvest_lot" ("producer_group_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "harvest_lot" cascade;`)
  }
}
