import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206155217 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payout_entry" drop constraint if exists "payout_entry_part_id_event_key_unique";`,
    )
    this.addSql(
      `alter table if exists "payout_batch_line" drop constraint if exists "payout_batch_line_batch_id_producer_group_id_unique";`,
    )
    this.addSql(
      `create table if not exists "exchange_rate" ("id" text not null, "currency_code" text not null, "rate_to_kgs" numeric not null, "effective_on" text not null, "set_by" text not null, "note" text null, "raw_rate_to_kgs" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exchange_rate_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_deleted_at" ON "exchange_rate" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_currency_code_effective_on" ON "exchange_rate" ("currency_code", "effective_on") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "payout_batch" ("id" text not null, "period_start" text not null, "period_end" text not null, "status" text check ("status" in ('draft', 'approved', 'paid', 'reconciled')) not null default 'draft', "created_by" text not null, "approved_by" text null, "approved_at" timestamptz null, "paid_at" timestamptz null, "reconciled_by" text null, "reconciled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_status" ON "payout_batch" ("status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "payout_batch_line" ("id" text not null, "producer_group_id" text not null, "balance" integer not null, "amount" integer not null, "method" text check ("method" in ('bank', 'mobile_wallet', 'cash')) null, "reference" text null, "paid_on" text null, "paid_by" text null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_line_batch_id" ON "payout_batch_line" ("batch_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_line_deleted_at" ON "payout_batch_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_line_batch_id_producer_group_id_unique" ON "payout_batch_line" ("batch_id", "producer_group_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_line_producer_group_id" ON "payout_batch_line" ("producer_group_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "payout_entry" ("id" text not null, "kind" text check ("kind" in ('credit', 'debit')) not null, "producer_group_id" text null, "order_id" text not null, "part_id" text not null, "part_kind" text check ("part_kind" in ('item', 'shipping')) not null, "event_key" text not null, "payment_id" text not null, "currency_code" text not null, "share" numeric not null, "tax" numeric not null, "gross" numeric not null, "commission" numeric not null, "commission_rate" numeric not null, "fee" numeric not null, "net" numeric not null, "association" numeric not null, "rate_to_kgs" numeric not null, "kgs_net" integer not null, "kgs_commission" integer not null, "kgs_fee" integer not null, "kgs_association" integer not null, "occurred_at" timestamptz not null, "raw_share" jsonb not null, "raw_tax" jsonb not null, "raw_gross" jsonb not null, "raw_commission" jsonb not null, "raw_commission_rate" jsonb not null, "raw_fee" jsonb not null, "raw_net" jsonb not null, "raw_association" jsonb not null, "raw_rate_to_kgs" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_entry_deleted_at" ON "payout_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_entry_part_id_event_key_unique" ON "payout_entry" ("part_id", "event_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_entry_producer_group_id_occurred_at" ON "payout_entry" ("producer_group_id", "occurred_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_entry_order_id" ON "payout_entry" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "payout_batch_line" add constraint "payout_batch_line_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "payout_batch_line" drop constraint if exists "payout_batch_line_batch_id_foreign";`,
    )

    this.addSql(`drop table if exists "exchange_rate" cascade;`)

    this.addSql(`drop table if exists "payout_batch" cascade;`)

    this.addSql(`drop table if exists "payout_batch_line" cascade;`)

    this.addSql(`drop table if exists "payout_entry" cascade;`)
  }
}
