import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206115202 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "wholesale_terms" drop constraint if exists "wholesale_terms_variant_id_unique";`,
    )
    this.addSql(
      `alter table if exists "wholesale_minimum_order" drop constraint if exists "wholesale_minimum_order_currency_code_unique";`,
    )
    this.addSql(`alter table if exists "company_user" drop constraint if exists "company_user_customer_id_unique";`)
    this.addSql(
      `create table if not exists "company" ("id" text not null, "name" text not null, "country_code" text not null, "registration_number" text not null, "preferred_language" text check ("preferred_language" in ('en', 'ja', 'ru', 'ky')) not null, "payment_terms" text check ("payment_terms" in ('prepayment', 'deposit_30', 'net_30')) not null default 'prepayment', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "company_user" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('buyer_admin', 'buyer')) not null default 'buyer', "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_user_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_user_customer_id_unique" ON "company_user" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_user_company_id" ON "company_user" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_user_deleted_at" ON "company_user" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_application" ("id" text not null, "customer_id" text not null, "email" text not null, "company_name" text not null, "country_code" text not null, "registration_number" text not null, "contact_person" text not null, "expected_yearly_volume_usd" integer not null, "preferred_language" text check ("preferred_language" in ('en', 'ja', 'ru', 'ky')) not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "decided_at" timestamptz null, "decided_by" text null, "company_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_application_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_application_deleted_at" ON "wholesale_application" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_application_customer_id" ON "wholesale_application" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_application_status" ON "wholesale_application" ("status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_minimum_order" ("id" text not null, "currency_code" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_minimum_order_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_minimum_order_currency_code_unique" ON "wholesale_minimum_order" ("currency_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_minimum_order_deleted_at" ON "wholesale_minimum_order" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "wholesale_terms" ("id" text not null, "variant_id" text not null, "case_pack" integer not null, "min_quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_terms_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_terms_variant_id_unique" ON "wholesale_terms" ("variant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wholesale_terms_deleted_at" ON "wholesale_terms" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "company_user" add constraint "company_user_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_user" drop constraint if exists "company_user_company_id_foreign";`)

    this.addSql(`drop table if exists "company" cascade;`)

    this.addSql(`drop table if exists "company_user" cascade;`)

    this.addSql(`drop table if exists "wholesale_application" cascade;`)

    this.addSql(`drop table if exists "wholesale_minimum_order" cascade;`)

    this.addSql(`drop table if exists "wholesale_terms" cascade;`)
  }
}
