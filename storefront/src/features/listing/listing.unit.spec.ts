import { describe, expect, it } from "vitest"
import {
  applyFilter,
  countText,
  filterQuery,
  type ListingItem,
  linkQuery,
  matchesFilter,
  noFilter,
  parseFilter,
  parsePrice,
} from "./listing"

type Card = ListingItem & { handle: string }

/** A card of the ru catalogue (prices in som); ranks are its places in the featured and name orders. */
const card = (
  handle: string,
  group: string,
  inSeason: boolean,
  price: number | null,
  ranks: [number, number],
): Card => ({
  handle,
  group,
  inSeason,
  price,
  featuredRank: ranks[0],
  nameRank: ranks[1],
})

/** The cards in the featured order of mid-May: the crafts, sold all year, first. */
const cards: Card[] = [
  card("kyzyl-suu-felt-slippers", "kyzyl-suu-felt-makers", true, 1800, [0, 4]),
  card("kadji-sai-felt-yak", "kadji-sai-felt-toys", true, 650, [1, 2]),
  card("karakol-walnut-crescents", "karakol-womens-bakery", true, 480, [2, 3]),
  card("tosor-apricot-jam", "tosor-apricot-women", false, 380, [3, 0]),
  card("tosor-whole-dried-apricots", "tosor-apricot-women", false, 260, [4, 1]),
  card("unpriced-shyrdak", "tort-kul-shyrdak-masters", true, null, [5, 5]),
]
const groups = [...new Set(cards.map((card) => card.group))]
const handles = (list: Card[]) => list.map((card) => card.handle)
const query = (text: string) => parseFilter(new URLSearchParams(text), groups)

describe("parsePrice", () => {
  it("reads prices as shoppers type them, with spaces and decimal commas", () => {
    expect(parsePrice("1 200")).toBe(1200)
    expect(parsePrice("1\u00a0200")).toBe(1200)
    expect(parsePrice("6,50")).toBe(6.5)
    expect(parsePrice("6.5")).toBe(6.5)
  })

  it("ignores what is not a price", () => {
    for (const text of ["", "  ", "-5", "abc", "1e3", "5 som", null, undefined]) expect(parsePrice(text)).toBeNull()
  })
})

describe("parseFilter and filterQuery", () => {
  it("reads the form's query and writes back only what differs from the page as built", () => {
    const filter = query("group=tosor-apricot-women&season=now&min=250&max=&sort=price-asc")
    expect(filter).toEqual({
      group: "tosor-apricot-women",
      inSeason: true,
      minPrice: 250,
      maxPrice: null,
      sort: "price-asc",
    })
    expect(filterQuery(filter)).toBe("?group=tosor-apricot-women&season=now&min=250&sort=price-asc")
  })

  it("gives the page as built, and an empty query, for nothing chosen", () => {
    expect(query("group=&min=&max=&sort=featured")).toEqual(noFilter)
    expect(filterQuery(noFilter)).toBe("")
  })

  it("drops a group the page does not list and an unknown sort, and turns a backwards range round", () => {
    expect(query("group=saruu-herders-jerky&sort=cheapest&min=900&max=300")).toEqual({
      ...noFilter,
      minPrice: 300,
      maxPrice: 900,
    })
  })

  it("round-trips a filter through its query", () => {
    const filter = { group: "kadji-sai-felt-toys", inSeason: false, minPrice: 6.5, maxPrice: 20, sort: "name" } as const
    expect(query(filterQuery(filter).slice(1))).toEqual(filter)
  })
})

describe("matchesFilter", () => {
  it("keeps a price on either bound and leaves unpriced products out of any price range", () => {
    const jam = cards[3] as Card
    const shyrdak = cards[5] as Card
    expect(matchesFilter(jam, { ...noFilter, minPrice: 380, maxPrice: 380 })).toBe(true)
    expect(matchesFilter(jam, { ...noFilter, minPrice: 381 })).toBe(false)
    expect(matchesFilter(shyrdak, noFilter)).toBe(true)
    expect(matchesFilter(shyrdak, { ...noFilter, maxPrice: 100_000 })).toBe(false)
  })
})

describe("applyFilter", () => {
  it("keeps the featured order when nothing is chosen", () => {
    expect(handles(applyFilter(cards, noFilter))).toEqual(handles(cards))
  })

  it("narrows to one producer group", () => {
    expect(handles(applyFilter(cards, query("group=tosor-apricot-women")))).toEqual([
      "tosor-apricot-jam",
      "tosor-whole-dried-apricots",
    ])
  })

  it("keeps only what is sold from stock now", () => {
    expect(handles(applyFilter(cards, query("season=now")))).toEqual([
      "kyzyl-suu-felt-slippers",
      "kadji-sai-felt-yak",
      "karakol-walnut-crescents",
      "unpriced-shyrdak",
    ])
  })

  it("combines the filters", () => {
    expect(handles(applyFilter(cards, query("season=now&min=500&max=1000")))).toEqual(["kadji-sai-felt-yak"])
    expect(applyFilter(cards, query("group=tosor-apricot-women&season=now"))).toEqual([])
  })

  it("sorts by price either way with unpriced products last", () => {
    expect(handles(applyFilter(cards, query("sort=price-asc")))).toEqual([
      "tosor-whole-dried-apricots",
      "tosor-apricot-jam",
      "karakol-walnut-crescents",
      "kadji-sai-felt-yak",
      "kyzyl-suu-felt-slippers",
      "unpriced-shyrdak",
    ])
    expect(handles(applyFilter(cards, query("sort=price-desc")))).toEqual([
      "kyzyl-suu-felt-slippers",
      "kadji-sai-felt-yak",
      "karakol-walnut-crescents",
      "tosor-apricot-jam",
      "tosor-whole-dried-apricots",
      "unpriced-shyrdak",
    ])
  })

  it("keeps the featured order between products of one price, and sorts by name", () => {
    const twins = [
      { ...(cards[1] as Card), handle: "second", featuredRank: 7 },
      { ...(cards[1] as Card), handle: "first", featuredRank: 6 },
    ]
    expect(handles(applyFilter(twins, query("sort=price-asc")))).toEqual(["first", "second"])
    expect(handles(applyFilter(cards, query("sort=name")))[0]).toBe("tosor-apricot-jam")
  })

  it("does not reorder the list it is given", () => {
    const before = handles(cards)
    applyFilter(cards, query("sort=price-asc"))
    expect(handles(cards)).toEqual(before)
  })
})

describe("countText", () => {
  const ru = {
    one: "{count} товар",
    few: "{count} товара",
    many: "{count} товаров",
    other: "{count} товара",
  }

  it("picks the Russian form the number asks for", () => {
    const rules = new Intl.PluralRules("ru-KG")
    expect([1, 3, 5, 21, 45].map((count) => countText(count, ru, rules))).toEqual([
      "1 товар",
      "3 товара",
      "5 товаров",
      "21 товар",
      "45 товаров",
    ])
  })

  it("falls back to the `other` form where a language has no such category", () => {
    expect(countText(1, { other: "{count}点の商品" }, new Intl.PluralRules("ja-JP"))).toBe("1点の商品")
    expect(countText(1, { one: "{count} product", other: "{count} products" }, new Intl.PluralRules("en-US"))).toBe(
      "1 product",
    )
  })
})

describe("linkQuery", () => {
  const filter = {
    group: "ananyevo-beekeepers",
    inSeason: true,
    minPrice: 300,
    maxPrice: 900,
    sort: "price-asc" as const,
  }

  it("drops a group the target category does not list, keeping the filters every list has", () => {
    expect(linkQuery(filter, ["kyzyl-suu-felt-makers"])).toBe("?season=now&min=300&max=900&sort=price-asc")
  })

  it("keeps the group where the target lists it", () => {
    expect(linkQuery(filter, ["kyzyl-suu-felt-makers", "ananyevo-beekeepers"])).toBe(
      "?group=ananyevo-beekeepers&season=now&min=300&max=900&sort=price-asc",
    )
  })

  it("carries nothing for no filter", () => {
    expect(linkQuery(noFilter, [""])).toBe("")
  })
})
