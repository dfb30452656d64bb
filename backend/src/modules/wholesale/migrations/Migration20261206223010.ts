import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Card payments of wholesale orders through Stripe: a payment's method (staff's transfers, cards) and
// its payment intent (one payment per intent, ever), and the intents made for an order's instalments.
// Written in the form `db:generate` writes (the snapshot now also holds the quotes of the migration before).
export class Migration20261206223010 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "wholesale_payment" add column if not exists "method" text check ("method" in ('transfer', 'card')) not null default 'transfer', add column if not exists "stripe_payment_intent_id" text null;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_payment_stripe_payment_intent_id_unique" ON "wholesale_payment" ("stripe_payment_intent_id") WHERE stripe_payment_intent_id IS NOT NULL AND deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_card_intent" ("id" text not null, "quote_id" text not null, "order_id" text not null, "installment" text check ("installment" in ('prepayment', 'deposit', 'balance', 'invoice')) not null, "amount" numeric not null, "currency_code" text not null, "stripe_payment_intent_id" text not null, "customer_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_card_intent_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_card_intent_stripe_payment_intent_id_unique" ON "wholesale_card_intent" ("stripe_payment_intent_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_card_intent_deleted_at" ON "wholesale_card_intent" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_card_intent_quote_id" ON "wholesale_card_intent" ("quote_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "wholesale_card_intent" cascade;`)
    this.addSql(`drop index if exists "IDX_wholesale_payment_stripe_payment_intent_id_unique";`)
    this.addSql(
      `alter table if exists "wholesale_payment" drop column if exists "method", drop column if exists "stripe_payment_intent_id";`,
    )
  }
}
