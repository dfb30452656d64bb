import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Quotes (request for quote), their lines and messages, payments received on the orders they
// became, and the company's "trusted" flag (net 30). Written in the form `db:generate` writes.
export class Migration20261206160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "trusted" boolean not null default false;`)

    this.addSql(
      `create table if not exists "wholesale_quote" ("id" text not null, "company_id" text not null, "customer_id" text not null, "cart_id" text not null, "region_id" text not null, "sales_channel_id" text not null, "currency_code" text not null, "status" text check ("status" in ('requested', 'quoted', 'accepted', 'declined', 'expired', 'withdrawn', 'cancelled')) not null default 'requested', "requested_delivery_date" text not null, "destination_country_code" text not null, "destination_city" text not null, "incoterm" text check ("incoterm" in ('EXW', 'FCA', 'CPT', 'DAP')) not null, "consignee" text not null, "freight" numeric null, "raw_freight" jsonb null, "valid_until" text null, "ships_on" text null, "payment_terms" text check ("payment_terms" in ('prepayment', 'deposit_30', 'net_30')) null, "quoted_at" timestamptz null, "quoted_by" text null, "closing_reason" text null, "closed_at" timestamptz null, "order_id" text null, "accepted_on" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_quote_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_deleted_at" ON "wholesale_quote" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_company_id" ON "wholesale_quote" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_status" ON "wholesale_quote" ("status") WHERE deleted_at IS NULL;`,
    )
    // One quote per order: an accept replayed can never attach a second order.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_quote_order_id_unique" ON "wholesale_quote" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_quote_line" ("id" text not null, "variant_id" text not null, "product_id" text null, "title" text not null, "sku" text null, "quantity" integer not null, "case_pack" integer not null, "requested_unit_price" numeric not null, "raw_requested_unit_price" jsonb not null, "quoted_unit_price" numeric null, "raw_quoted_unit_price" jsonb null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_quote_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_line_quote_id" ON "wholesale_quote_line" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_line_deleted_at" ON "wholesale_quote_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_quote_message" ("id" text not null, "author_type" text check ("author_type" in ('buyer', 'staff')) not null, "author_id" text not null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_quote_message_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_message_quote_id" ON "wholesale_quote_message" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_quote_message_deleted_at" ON "wholesale_quote_message" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_payment" ("id" text not null, "quote_id" text not null, "order_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "currency_code" text not null, "received_on" text not null, "reference" text not null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_payment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_payment_deleted_at" ON "wholesale_payment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_payment_order_id" ON "wholesale_payment" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_payment_quote_id" ON "wholesale_payment" ("quote_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "wholesale_quote_line" add constraint "wholesale_quote_line_quote_id_foreign" foreign key ("quote_id") references "wholesale_quote" ("id") on update cascade on delete cascade;`,
    )
    this.addSql(
      `alter table if exists "wholesale_quote_message" add constraint "wholesale_quote_message_quote_id_foreign" foreign key ("quote_id") references "wholesale_quote" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "wholesale_quote_line" drop constraint if exists "wholesale_quote_line_quote_id_foreign";`,
    )
    this.addSql(
      `alter table if exists "wholesale_quote_message" drop constraint if exists "wholesale_quote_message_quote_id_foreign";`,
    )
    this.addSql(`drop table if exists "wholesale_payment" cascade;`)
    this.addSql(`drop table if exists "wholesale_quote_message" cascade;`)
    this.addSql(`drop table if exists "wholesale_quote_line" cascade;`)
    this.addSql(`drop table if exists "wholesale_quote" cascade;`)
    this.addSql(`alter table if exists "company" drop column if exists "trusted";`)
  }
}
