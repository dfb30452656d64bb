import { LOCALES, type Locale } from "@ovop/domain"
import type { SearchDocument } from "../document"
import { normalizeSearchText } from "../text"
import {
  indexName,
  inSeasonFilter,
  meilisearchFilters,
  meilisearchSettings,
  meilisearchSort,
  settingsChanges,
  toMeilisearchDocument,
} from "./meilisearch-settings"
import type { FacetCount, SearchAnswer, SearchProvider, SearchRequest } from "./types"

/** Where the Meilisearch server is (`MEILISEARCH_HOST`, `MEILISEARCH_API_KEY`) and the prefix of its index names. */
export type MeilisearchOptions = { host?: string; apiKey?: string; indexPrefix?: string }

/** How long a write waits for Meilisearch to apply it (the sync is asynchronous: seconds are fine). */
const TASK_TIMEOUT_MS = 30_000
/** Documents read per request when a rebuild looks for the ones to delete. */
const PAGE = 1000

/**
 * Meilisearch (`MEILISEARCH_HOST` set): an index per locale, `ovop_products_<locale>`, with the
 * settings of `meilisearch-settings.ts` applied by `prepare()` at boot and before a rebuild.
 * Typos, prefix search and Japanese segmentation are Meilisearch's own.
 */
export class MeilisearchProvider implements SearchProvider {
  readonly name = "meilisearch"
  private client_?: ReturnType<typeof connect>

  constructor(private readonly options: MeilisearchOptions) {}

  private client() {
    this.client_ ??= connect(this.options)
    return this.client_
  }

  private index(locale: Locale) {
    return indexName(locale, this.options.indexPrefix)
  }

  async prepare(): Promise<void> {
    const client = await this.client()
    for (const locale of LOCALES) {
      const uid = this.index(locale)
      try {
        await client.getIndex(uid)
      } catch (error) {
        // Only a missing index is made here; a server that refuses the key or does not answer stops.
        if (errorCode(error) !== "index_not_found") throw error
        succeeded(await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT_MS }))
      }
      const index = client.index(uid)
      const changes = settingsChanges(await index.getSettings(), meilisearchSettings(locale))
      if (Object.keys(changes).length) {
        succeeded(await index.updateSettings(changes).waitTask({ timeout: TASK_TIMEOUT_MS }))
      }
    }
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const client = await this.client()
    for (const locale of LOCALES) {
      const own = documents.filter((document) => document.locale === locale).map(toMeilisearchDocument)
      if (own.length)
        succeeded(await client.index(this.index(locale)).addDocuments(own).waitTask({ timeout: TASK_TIMEOUT_MS }))
    }
  }

  async remove(productIds: string[]): Promise<void> {
    if (!productIds.length) return
    const client = await this.client()
    for (const locale of LOCALES) {
      succeeded(
        await client.index(this.index(locale)).deleteDocuments(productIds).waitTask({ timeout: TASK_TIMEOUT_MS }),
      )
    }
  }

  /**
   * Every index holds exactly `documents`: they are written first (an upsert), then the documents
   * no longer in the catalogue are deleted, so a search during a rebuild never finds an empty index.
   */
  async replaceAll(documents: SearchDocument[]): Promise<void> {
    const client = await this.client()
    await this.upsert(documents)
    for (const locale of LOCALES) {
      const index = client.index(this.index(locale))
      const keep = new Set(documents.filter((document) => document.locale === locale).map((document) => document.id))
      const stale: string[] = []
      for (let offset = 0; ; offset += PAGE) {
        const page = await index.getDocuments({ fields: ["id"], limit: PAGE, offset })
        for (const { id } of page.results) if (!keep.has(String(id))) stale.push(String(id))
        if (page.results.length < PAGE) break
      }
      if (stale.length) succeeded(await index.deleteDocuments(stale).waitTask({ timeout: TASK_TIMEOUT_MS }))
    }
  }

  async search(request: SearchRequest): Promise<SearchAnswer> {
    const client = await this.client()
    const indexUid = this.index(request.locale)
    const q = normalizeSearchText(request.q, request.locale)
    const filter = meilisearchFilters(request)
    const { results } = await client.multiSearch({
      queries: [
        {
          indexUid,
          q,
          filter,
          // An empty query: the seasonal favourites, in season first is not expressible as a sort,
          // so the newest first within the season filter's counts (README: providers per language).
          sort: meilisearchSort(request) ?? (q ? undefined : ["created_at_ts:desc"]),
          limit: request.limit,
          offset: request.offset,
          facets: ["category_facet", "group_facet"],
        },
        { indexUid, q, filter: [...filter, inSeasonFilter(request.now)], limit: 0 },
      ],
    })
    const [main, inSeason] = results
    const count = main?.estimatedTotalHits ?? main?.totalHits ?? 0
    const inSeasonCount = inSeason?.estimatedTotalHits ?? inSeason?.totalHits ?? 0
    return {
      hits: (main?.hits ?? []).map(stripIndexFields),
      count,
      facets: {
        category: facetCounts(main?.facetDistribution?.category_facet),
        group: facetCounts(main?.facetDistribution?.group_facet),
        in_season: { true: inSeasonCount, false: Math.max(0, count - inSeasonCount) },
      },
    }
  }
}

/** A Meilisearch task that ended: its status, and the error of a failed one. */
type EndedTask = { uid: number; type?: string; status: string; error?: { code?: string; message?: string } | null }

/**
 * Meilisearch applies writes as tasks and `waitTask` answers a failed task as it does a
 * succeeded one: a failed write (bad settings, a document it refuses) is raised here, not lost.
 */
export function succeeded(task: EndedTask): EndedTask {
  if (task.status === "succeeded") return task
  const reason = task.error?.message ?? task.error?.code ?? task.status
  throw new Error(`Meilisearch task ${task.uid} (${task.type ?? "write"}) ${task.status}: ${reason}`)
}

/** The Meilisearch error code of a refused request (`index_not_found`...), if it is one. */
function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  return typeof cause?.code === "string" ? cause.code : undefined
}

/** The client (an ES module, loaded only when Meilisearch is configured). */
async function connect(options: MeilisearchOptions) {
  const { Meilisearch } = await import("meilisearch")
  return new Meilisearch({ host: options.host ?? "", apiKey: options.apiKey })
}

/** The API's document from an index's: without the normalized text and facet keys. */
function stripIndexFields(hit: Record<string, unknown>): SearchDocument {
  const { title_norm, short_norm, body_norm, category_facet, group_facet, ...document } = hit
  return document as SearchDocument
}

/** Facet counts from Meilisearch's distribution of "handle|name" keys. */
export function facetCounts(distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([key, count]) => {
      const [value = "", ...label] = key.split("|")
      return { value, label: label.join("|"), count }
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}
