import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SearchDocument } from "./document"
import { SearchDocumentRecord } from "./models/search-document"
import { type MeilisearchOptions, MeilisearchProvider } from "./providers/meilisearch"
import { PostgresSearchProvider, type Statement } from "./providers/postgres"
import type { SearchAnswer, SearchProvider, SearchRequest } from "./providers/types"

/** Options of the module: Meilisearch when `meilisearch.host` is set, else the PostgreSQL provider. */
export type ProductSearchOptions = { meilisearch?: MeilisearchOptions }

/** Raised when the search engine cannot answer; the store answers 503 `search_unavailable`. */
export class SearchUnavailableError extends MedusaError {
  constructor(engine: string, cause: unknown) {
    super(
      MedusaError.Types.UNEXPECTED_STATE,
      `search_unavailable: the ${engine} search engine did not answer (${cause instanceof Error ? cause.message : String(cause)})`,
    )
  }
}

/**
 * The product search: one index per locale (en, ja, ru, ky) of the documents `document.ts` maps
 * from the catalogue, held by the PostgreSQL provider (the embedded default) or by Meilisearch.
 */
export default class ProductSearchModuleService extends MedusaService({ SearchDocumentRecord }) {
  protected readonly provider_: SearchProvider

  constructor(_container: Record<string, unknown>, options: ProductSearchOptions = {}) {
    // biome-ignore lint/complexity/noArguments: MedusaService reads every constructor argument.
    super(...arguments)
    this.provider_ = options.meilisearch?.host
      ? new MeilisearchProvider(options.meilisearch)
      : new PostgresSearchProvider({
          read: (statement) => this.readRows_(statement),
          writeAll: (statements) => this.writeAll_(statements),
        })
  }

  /** The engine answering searches: `postgres` or `meilisearch`. */
  engine(): string {
    return this.provider_.name
  }

  /** Makes the indexes ready (Meilisearch: applies the settings); idempotent. */
  async prepareIndexes(): Promise<void> {
    await this.provider_.prepare()
  }

  /** Adds or replaces documents (every locale's document of a product at once). */
  async indexDocuments(documents: SearchDocument[]): Promise<void> {
    await this.provider_.upsert(documents)
  }

  /** Removes the products from every locale's index. */
  async removeProducts(productIds: string[]): Promise<void> {
    await this.provider_.remove(productIds)
  }

  /** Replaces every index's content by these documents. */
  async replaceAllDocuments(documents: SearchDocument[]): Promise<void> {
    await this.provider_.prepare()
    await this.provider_.replaceAll(documents)
  }

  /** One page of matches with their count and facets; a failing engine raises `SearchUnavailableError`. */
  async searchProducts(request: SearchRequest): Promise<SearchAnswer & { engine: string }> {
    try {
      return { ...(await this.provider_.search(request)), engine: this.provider_.name }
    } catch (error) {
      throw new SearchUnavailableError(this.provider_.name, error)
    }
  }

  @InjectManager()
  protected async readRows_(
    statement: Statement,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<Record<string, unknown>[]> {
    const manager = sharedContext.manager as SqlEntityManager
    return manager.execute(statement.sql, statement.params)
  }

  @InjectTransactionManager()
  protected async writeAll_(
    statements: Statement[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    for (const statement of statements) await manager.execute(statement.sql, statement.params)
  }
}
