import type { SearchDocument } from "../document"
import { matchText } from "../document"
import { buildSearchStatement } from "./postgres-query"
import type { FacetCount, SearchAnswer, SearchProvider, SearchRequest } from "./types"

/** A statement and its values, as the module's entity manager runs them. */
export type Statement = { sql: string; params: unknown[] }

/** How the provider reaches the module's database: reads, and writes in one transaction. */
export type PostgresAccess = {
  read(statement: Statement): Promise<Record<string, unknown>[]>
  writeAll(statements: Statement[]): Promise<void>
}

/** Rows written per insert statement when the whole index is rebuilt. */
const INSERT_BATCH = 100

/**
 * The embedded default: the documents in the module's `search_document` table, matched with
 * LIKE on normalized text and pg_trgm's `word_similarity` for typos (`postgres-query.ts`), all
 * locales in one table (`locale` is the index).
 */
export class PostgresSearchProvider implements SearchProvider {
  readonly name = "postgres"

  constructor(private readonly db: PostgresAccess) {}

  /** The table and pg_trgm come with the module's migration: nothing to do at boot. */
  async prepare(): Promise<void> {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    await this.db.writeAll([
      {
        sql: `delete from search_document where product_id = any(?::text[])`,
        params: [[...new Set(documents.map((d) => d.id))]],
      },
      ...insertStatements(documents),
    ])
  }

  async remove(productIds: string[]): Promise<void> {
    if (!productIds.length) return
    await this.db.writeAll([
      { sql: `delete from search_document where product_id = any(?::text[])`, params: [productIds] },
    ])
  }

  async replaceAll(documents: SearchDocument[]): Promise<void> {
    await this.db.writeAll([{ sql: `delete from search_document`, params: [] }, ...insertStatements(documents)])
  }

  async search(request: SearchRequest): Promise<SearchAnswer> {
    const [row] = await this.db.read(buildSearchStatement(request))
    return {
      hits: (row?.hits ?? []) as SearchDocument[],
      count: Number(row?.count ?? 0),
      facets: {
        category: (row?.category ?? []) as FacetCount[],
        group: (row?.group ?? []) as FacetCount[],
        in_season: { true: Number(row?.in_season_true ?? 0), false: Number(row?.in_season_false ?? 0) },
      },
    }
  }
}

function insertStatements(documents: SearchDocument[]): Statement[] {
  const statements: Statement[] = []
  for (let start = 0; start < documents.length; start += INSERT_BATCH) {
    const batch = documents.slice(start, start + INSERT_BATCH)
    const params: unknown[] = []
    const rows = batch.map((document) => {
      const text = matchText(document)
      params.push(`sdoc_${document.locale}_${document.id}`, document.locale, document.id, JSON.stringify(document))
      params.push(text.title, text.short, text.body)
      return "(?, ?, ?, ?::jsonb, ?, ?, ?)"
    })
    statements.push({
      sql: `insert into search_document (id, locale, product_id, document, title_text, short_text, body_text) values ${rows.join(", ")}`,
      params,
    })
  }
  return statements
}
