import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129090005 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "back_in_stock_request" drop constraint if exists "back_in_stock_request_variant_id_email_unique";`,
    )
    this.addSql(
      `create table if not exists "back_in_stock_request" ("id" text not null, "variant_id" text not null, "email" text not null, "locale" text check ("locale" in ('en', 'ja', 'ru', 'ky')) not null default 'en', "notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "back_in_stock_request_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_request_deleted_at" ON "back_in_stock_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_back_in_stock_request_variant_id_email_unique" ON "back_in_stock_request" ("variant_id", "email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_request_variant_id_notified_at" ON "back_in_stock_request" ("variant_id", "notified_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "back_in_stock_request" cascade;`)
  }
}
