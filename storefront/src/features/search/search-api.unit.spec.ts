import { describe, expect, it } from "vitest"
import { type SearchSettings, searchProducts, searchRequestUrl, toSearchHit } from "./search-api"

const russianPage: SearchSettings = {
  backendUrl: "http://localhost:9000",
  publishableKey: "pk_retail",
  locale: "ru",
  regionId: "reg_kyrgyzstan",
}

/** White sainfoin honey as the store API answers in Russian with Kyrgyz prices. */
const sainfoinHoney = {
  handle: "white-sainfoin-honey",
  title: "Белый эспарцетовый мёд",
  subtitle: "",
  variants: [
    { calculated_price: { calculated_amount: 950, currency_code: "kgs" } },
    { calculated_price: { calculated_amount: 450, currency_code: "kgs" } },
  ],
}

describe("searchRequestUrl", () => {
  it("asks the store API for the words in the page's language and region", () => {
    const url = new URL(searchRequestUrl("apricot jam & honey", russianPage))
    expect(url.pathname).toBe("/store/products")
    expect(url.searchParams.get("q")).toBe("apricot jam & honey")
    expect(url.searchParams.get("locale")).toBe("ru")
    expect(url.searchParams.get("region_id")).toBe("reg_kyrgyzstan")
    expect(url.searchParams.get("fields")).toContain("calculated_price")
  })
})

describe("toSearchHit", () => {
  it("shows the lowest price, marked 'from' when the sizes differ", () => {
    expect(toSearchHit(sainfoinHoney)).toEqual({
      handle: "white-sainfoin-honey",
      title: "Белый эспарцетовый мёд",
      subtitle: null,
      price: { amount: 450, currencyCode: "kgs", from: true },
    })
    expect(toSearchHit({ handle: "felt-slippers", title: "Felt slippers", variants: null }).price).toBeNull()
  })
})

describe("searchProducts", () => {
  it("sends the publishable key and maps the answer", async () => {
    const asked: { url: string; key: string | null }[] = []
    const store = (async (url: string, init?: RequestInit) => {
      asked.push({ url, key: new Headers(init?.headers).get("x-publishable-api-key") })
      return new Response(JSON.stringify({ products: [sainfoinHoney], count: 1 }), { status: 200 })
    }) as typeof fetch
    const hits = await searchProducts("honey", russianPage, store)
    expect(hits.map((hit) => hit.handle)).toEqual(["white-sainfoin-honey"])
    expect(asked[0]?.key).toBe("pk_retail")
  })

  it("throws when the store cannot answer, so the page can say so", async () => {
    const down = (async () => new Response("{}", { status: 503 })) as unknown as typeof fetch
    await expect(searchProducts("honey", russianPage, down)).rejects.toThrow("503")
  })
})
