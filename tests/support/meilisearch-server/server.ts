import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for a Meilisearch server (no Meilisearch can run on our machines): the part of
 * its REST protocol the shop's provider speaks, in memory. Indexes and documents; settings read
 * back as Meilisearch answers them (set-like lists sorted, defaults filled in); writes as tasks
 * polled at `/tasks/:uid`; `/multi-search` with the shop's filter grammar, sort and facets, which
 * are refused, as Meilisearch refuses them, on attributes the index's settings do not allow.
 * Matching is simple on purpose (each query word a prefix of a word of a searchable attribute,
 * no typos or ranking): relevance is tested against the real server (meilisearch.int.spec.ts).
 */

type Doc = Record<string, unknown>
type Task = {
  uid: number
  indexUid: string | null
  type: string
  status: "succeeded" | "failed"
  error: { message: string; code: string; type: string; link: string } | null
}
type Index = { uid: string; primaryKey: string; settings: Record<string, unknown>; documents: Map<string, Doc> }

/** Settings as a new Meilisearch index answers them. */
const defaultSettings = (): Record<string, unknown> => ({
  displayedAttributes: ["*"],
  searchableAttributes: ["*"],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  stopWords: [],
  synonyms: {},
  distinctAttribute: null,
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
  pagination: { maxTotalHits: 1000 },
  localizedAttributes: null,
})
const SORTED_ON_READ = ["filterableAttributes", "sortableAttributes", "stopWords"]

export type RecordedRequest = { method: string; path: string; body: unknown }

export type MeilisearchServer = {
  url: string
  /** Every request received, in order. */
  requests: RecordedRequest[]
  indexes: Map<string, Index>
  /** The next write task of this type (`documentAdditionOrUpdate`, `settingsUpdate`...) fails. */
  failNext(taskType: string): void
  close(): Promise<void>
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export async function startMeilisearchServer(
  options: { apiKey?: string; port?: number } = {},
): Promise<MeilisearchServer> {
  const indexes = new Map<string, Index>()
  const tasks: Task[] = []
  const requests: RecordedRequest[] = []
  const failing = new Set<string>()

  const task = (indexUid: string | null, type: string, apply: () => void) => {
    let error: Task["error"] = null
    try {
      if (failing.delete(type)) throw new ApiError(400, "internal", `${type} made to fail by the test`)
      apply()
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause
      error = { message: cause.message, code: cause.code, type: "invalid_request", link: "" }
    }
    const uid = tasks.length
    tasks.push({ uid, indexUid, type, status: error ? "failed" : "succeeded", error })
    return { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() }
  }
  const indexOf = (uid: string) => {
    const index = indexes.get(uid)
    if (!index) throw new ApiError(404, "index_not_found", `Index \`${uid}\` not found.`)
    return index
  }
  const create = (uid: string, primaryKey = "id") => {
    if (indexes.has(uid)) throw new ApiError(409, "index_already_exists", `Index \`${uid}\` already exists.`)
    indexes.set(uid, { uid, primaryKey, settings: defaultSettings(), documents: new Map() })
  }

  const route = (method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] => {
    const parts = path.split("/").filter(Boolean)
    const [head, uid, sub, action] = parts
    if (head === "tasks" && uid !== undefined && method === "GET") {
      const found = tasks[Number(uid)]
      if (!found) throw new ApiError(404, "task_not_found", `Task \`${uid}\` not found.`)
      return [200, found]
    }
    if (head === "multi-search" && method === "POST") {
      const queries = (body as { queries: SearchQuery[] }).queries
      return [200, { results: queries.map((query) => search(indexOf(query.indexUid), query)) }]
    }
    if (head !== "indexes") throw new ApiError(404, "not_found", `no route ${method} /${path}`)
    if (uid === undefined && method === "POST") {
      const { uid: newUid, primaryKey } = body as { uid: string; primaryKey?: string }
      return [202, task(newUid, "indexCreation", () => create(newUid, primaryKey))]
    }
    if (uid === undefined) throw new ApiError(405, "method_not_allowed", `${method} /indexes`)
    if (sub === undefined && method === "GET") {
      const index = indexOf(uid)
      return [200, { uid, primaryKey: index.primaryKey, createdAt: "", updatedAt: "" }]
    }
    if (sub === "settings" && method === "GET") return [200, readSettings(indexOf(uid))]
    if (sub === "settings" && method === "PATCH") {
      const changes = body as Record<string, unknown>
      const unknown = Object.keys(changes).filter((key) => !(key in defaultSettings()))
      if (unknown.length) throw new ApiError(400, "bad_request", `Unknown field \`${unknown[0]}\``)
      return [202, task(uid, "settingsUpdate", () => Object.assign(indexOf(uid).settings, changes))]
    }
    if (sub === "documents" && action === undefined && method === "POST") {
      return [
        202,
        task(uid, "documentAdditionOrUpdate", () => {
          if (!indexes.has(uid)) create(uid)
          const index = indexOf(uid)
          for (const document of body as Doc[]) {
            const id = document[index.primaryKey]
            if (typeof id !== "string" && typeof id !== "number")
              throw new ApiError(
                400,
                "missing_document_id",
                `Document doesn't have a \`${index.primaryKey}\` attribute`,
              )
            index.documents.set(String(id), document)
          }
        }),
      ]
    }
    if (sub === "documents" && action === undefined && method === "GET") {
      const documents = [...indexOf(uid).documents.values()]
      const offset = Number(query.get("offset") ?? 0)
      const limit = Number(query.get("limit") ?? 20)
      const fields = query.get("fields")?.split(",")
      const shown = (document: Doc) =>
        fields ? Object.fromEntries(Object.entries(document).filter(([key]) => fields.includes(key))) : document
      return [
        200,
        { results: documents.slice(offset, offset + limit).map(shown), offset, limit, total: documents.length },
      ]
    }
    if (sub === "documents" && action === "delete-batch" && method === "POST") {
      return [
        202,
        task(uid, "documentDeletion", () => {
          for (const id of body as string[]) indexOf(uid).documents.delete(String(id))
        }),
      ]
    }
    if (sub === "documents" && action === undefined && method === "DELETE") {
      return [202, task(uid, "documentDeletion", () => indexOf(uid).documents.clear())]
    }
    throw new ApiError(404, "not_found", `no route ${method} /${path}`)
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8")
      const url = new URL(request.url ?? "/", "http://x")
      const path = url.pathname
      const method = request.method ?? "GET"
      let status: number
      let answer: unknown
      try {
        const body = raw ? JSON.parse(raw) : undefined
        requests.push({ method, path, body })
        if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) {
          throw request.headers.authorization
            ? new ApiError(403, "invalid_api_key", "The provided API key is invalid.")
            : new ApiError(401, "missing_authorization_header", "The Authorization header is missing.")
        }
        ;[status, answer] = route(method, path, url.searchParams, body)
      } catch (error) {
        if (!(error instanceof ApiError)) {
          status = 500
          answer = { message: String(error), code: "internal", type: "internal", link: "" }
        } else {
          status = error.status
          answer = { message: error.message, code: error.code, type: "invalid_request", link: "" }
        }
      }
      response.writeHead(status, { "content-type": "application/json" })
      response.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    indexes,
    failNext: (taskType) => void failing.add(taskType),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // Kept-alive connections of the client would hold the server open for seconds.
        server.closeAllConnections()
      }),
  }
}

function readSettings(index: Index): Record<string, unknown> {
  const settings = structuredClone(index.settings)
  for (const key of SORTED_ON_READ) if (Array.isArray(settings[key])) (settings[key] as string[]).sort()
  return settings
}

type SearchQuery = {
  indexUid: string
  q?: string
  filter?: string[]
  sort?: string[]
  limit?: number
  offset?: number
  facets?: string[]
}

function search(index: Index, query: SearchQuery) {
  const allowed = (key: string) => index.settings[key] as string[]
  const filter = (query.filter ?? []).map((expression) => parseFilter(expression, allowed("filterableAttributes")))
  for (const facet of query.facets ?? [])
    if (!allowed("filterableAttributes").includes(facet))
      throw new ApiError(400, "invalid_search_facets", `Attribute \`${facet}\` is not filterable.`)
  const sort = (query.sort ?? []).map((rule) => {
    const [field = "", direction] = rule.split(":")
    if (!allowed("sortableAttributes").includes(field))
      throw new ApiError(400, "invalid_search_sort", `Attribute \`${field}\` is not sortable.`)
    return { field, descending: direction === "desc" }
  })
  const searchable = allowed("searchableAttributes")
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean)
  const matches = [...index.documents.values()].filter((document) => {
    if (!filter.every((test) => test(document))) return false
    const text = Object.entries(document)
      .filter(([key]) => searchable.includes("*") || searchable.includes(key))
      .map(([, value]) => String(value ?? "").toLowerCase())
      .join(" ")
      .split(/[\s,.;:()]+/)
    return words.every((word) => text.some((token) => token.startsWith(word)))
  })
  for (const { field, descending } of [...sort].reverse()) {
    matches.sort((a, b) => {
      const order = Number(a[field] ?? 0) - Number(b[field] ?? 0)
      return descending ? -order : order
    })
  }
  const facetDistribution: Record<string, Record<string, number>> = {}
  for (const facet of query.facets ?? []) {
    const counts: Record<string, number> = {}
    for (const document of matches) {
      const value = document[facet]
      if (value !== null && value !== undefined) counts[String(value)] = (counts[String(value)] ?? 0) + 1
    }
    facetDistribution[facet] = counts
  }
  const offset = query.offset ?? 0
  const limit = query.limit ?? 20
  return {
    indexUid: index.uid,
    hits: matches.slice(offset, offset + limit),
    query: query.q ?? "",
    processingTimeMs: 0,
    limit,
    offset,
    estimatedTotalHits: matches.length,
    ...(query.facets && { facetDistribution }),
  }
}

type Test = (document: Doc) => boolean

/**
 * The filter grammar the shop sends: `field = "text"`, `field = 12`, `field = true`, `field >= n`,
 * `field <= n`, `A OR B`, `(…)` and `NOT …`. An attribute that is not filterable is refused.
 */
export function parseFilter(expression: string, filterable: readonly string[]): Test {
  const tokens = expression.match(/"(?:[^"\\]|\\.)*"|>=|<=|!=|[()=<>]|[^\s()=<>!"]+/g) ?? []
  let at = 0
  const peek = () => tokens[at]
  const next = () => {
    const token = tokens[at++]
    if (token === undefined) throw new ApiError(400, "invalid_search_filter", `Unexpected end of filter: ${expression}`)
    return token
  }
  const orExpression = (): Test => {
    const parts = [notExpression()]
    while (peek()?.toUpperCase() === "OR") {
      next()
      parts.push(notExpression())
    }
    return (document) => parts.some((part) => part(document))
  }
  const notExpression = (): Test => {
    if (peek()?.toUpperCase() === "NOT") {
      next()
      const inner = notExpression()
      return (document) => !inner(document)
    }
    if (peek() === "(") {
      next()
      const inner = orExpression()
      if (next() !== ")") throw new ApiError(400, "invalid_search_filter", `Expected ) in ${expression}`)
      return inner
    }
    const field = next()
    if (!filterable.includes(field))
      throw new ApiError(400, "invalid_search_filter", `Attribute \`${field}\` is not filterable.`)
    const operator = next()
    const raw = next()
    const value: unknown = raw.startsWith('"')
      ? raw.slice(1, -1).replace(/\\(.)/g, "$1")
      : raw === "true" || raw === "false"
        ? raw === "true"
        : Number(raw)
    const matches = (held: unknown): boolean => {
      if (Array.isArray(held)) return held.some(matches)
      switch (operator) {
        case "=":
          return held === value
        case "!=":
          return held !== value
        case ">=":
          return typeof held === "number" && held >= Number(value)
        case "<=":
          return typeof held === "number" && held <= Number(value)
        default:
          throw new ApiError(400, "invalid_search_filter", `Unknown operator ${operator} in ${expression}`)
      }
    }
    return (document) => matches(document[field])
  }
  const test = orExpression()
  if (at !== tokens.length) throw new ApiError(400, "invalid_search_filter", `Unexpected ${peek()} in ${expression}`)
  return test
}
