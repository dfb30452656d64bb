import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129074336 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_group" drop constraint if exists "producer_group_handle_unique";`)
    this.addSql(
      `create table if not exists "producer_group" ("id" text not null, "handle" text not null, "name" text not null, "village" text not null, "district" text check ("district" in ('ak-suu', 'jeti-oguz', 'ton', 'tyup', 'issyk-kul', 'karakol', 'balykchy')) not null, "founded_year" integer null, "member_count" integer not null, "women_member_count" integer not null, "craft" text not null, "story" text not null, "photo_url" text null, "certificate_number" text null, "certificate_issuer" text null, "certificate_valid_from" timestamptz null, "certificate_valid_to" timestamptz null, "status" text check ("status" in ('active', 'paused')) not null default 'active', "leader_name" text null, "leader_phone" text null, "payout_method" text check ("payout_method" in ('bank', 'mobile_wallet')) null, "payout_details" jsonb null, "commission_rate" numeric not null default 0.15, "raw_commission_rate" jsonb not null default '{"value":"0.15","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_handle_unique" ON "producer_group" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_group_deleted_at" ON "producer_group" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_group" cascade;`)
  }
}
