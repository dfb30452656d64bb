import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The search documents of the PostgreSQL provider, with trigram indexes on their matched text. */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(
      `create table if not exists "search_document" ("id" text not null, "locale" text not null, "product_id" text not null, "document" jsonb not null, "title_text" text not null, "short_text" text not null, "body_text" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_document_locale_product_id_unique" ON "search_document" ("locale", "product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_title_trgm" ON "search_document" USING gin ("title_text" gin_trgm_ops);`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_short_trgm" ON "search_document" USING gin ("short_text" gin_trgm_ops);`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`)
  }
}
