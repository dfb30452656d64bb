import { describe, expect, it } from "vitest"
import {
  filtersFromUrl,
  type SearchSettings,
  SearchUnavailable,
  searchProducts,
  searchRequestUrl,
  toSearchHit,
} from "./search-api"

const russianPage: SearchSettings = {
  backendUrl: "http://localhost:9000",
  publishableKey: "pk_retail",
  locale: "ru",
  currencyCode: "kgs",
}

/** White sainfoin honey as the search route answers in Russian in som. */
const sainfoinHoney = {
  handle: "ananyevo-white-sainfoin-honey",
  title: "Белый эспарцетовый мёд",
  subtitle: "",
  price: { amount: 450, currency_code: "kgs" },
  in_season: true,
}

describe("filtersFromUrl", () => {
  it("reads the words and the filters, dropping what is not a handle", () => {
    expect(filtersFromUrl("?q=%20мёд%20&category=honey&group=Bad%20Value&in_season=true")).toEqual({
      q: "мёд",
      category: "honey",
      group: undefined,
      inSeason: true,
    })
  })

  it("cuts a query at 200 characters", () => {
    expect(filtersFromUrl(`?q=${"а".repeat(250)}`).q).toHaveLength(200)
  })
})

describe("searchRequestUrl", () => {
  it("asks the search route in the page's language and currency, with the filters", () => {
    const url = new URL(searchRequestUrl({ q: "абрикос & мёд", category: "honey", inSeason: true }, russianPage))
    expect(url.pathname).toBe("/store/search")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: "абрикос & мёд",
      locale: "ru",
      currency: "kgs",
      category: "honey",
      in_season: "true",
      limit: "48",
    })
  })
})

describe("toSearchHit", () => {
  it("keeps the title, the price in the currency and the season", () => {
    expect(toSearchHit(sainfoinHoney)).toEqual({
      handle: "ananyevo-white-sainfoin-honey",
      title: "Белый эспарцетовый мёд",
      subtitle: null,
      price: { amount: 450, currencyCode: "kgs", from: false },
      inSeason: true,
    })
  })
})

describe("searchProducts", () => {
  it("sends the retail key and maps hits, count and facets", async () => {
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      expect(new Headers(init?.headers).get("x-publishable-api-key")).toBe("pk_retail")
      return new Response(
        JSON.stringify({
          count: 1,
          hits: [sainfoinHoney],
          facets: {
            category: [{ value: "honey", label: "Мёд", count: 1 }],
            group: [],
            in_season: { true: 1, false: 0 },
          },
        }),
      )
    }) as typeof fetch
    const result = await searchProducts({ q: "мед" }, russianPage, fetchImpl)
    expect(result.count).toBe(1)
    expect(result.hits[0]?.title).toBe("Белый эспарцетовый мёд")
    expect(result.facets).toEqual({ category: [{ value: "honey", label: "Мёд", count: 1 }], group: [], inSeason: 1 })
  })

  it("says search is unavailable when the engine is down or the store does not answer", async () => {
    const down = (async () =>
      new Response(JSON.stringify({ code: "search_unavailable" }), { status: 503 })) as typeof fetch
    await expect(searchProducts({ q: "мед" }, russianPage, down)).rejects.toBeInstanceOf(SearchUnavailable)
    const offline = (async () => {
      throw new TypeError("Failed to fetch")
    }) as typeof fetch
    await expect(searchProducts({ q: "мед" }, russianPage, offline)).rejects.toBeInstanceOf(SearchUnavailable)
  })
})
