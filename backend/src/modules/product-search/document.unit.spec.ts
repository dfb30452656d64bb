import { describe, expect, it } from "vitest"
import { type CatalogueProduct, documentInSeason, matchText, toSearchDocuments } from "./document"

const apricotJam: CatalogueProduct = {
  id: "prod_01",
  handle: "tosor-apricot-jam",
  thumbnail: null,
  created_at: "2026-07-01T00:00:00.000Z",
  fields: { title: "Tosor apricot jam", subtitle: "Whole apricot halves", description: "Cooked in copper." },
  translations: {
    ja: { title: "トソール村のあんずジャム" },
    ru: { title: "Абрикосовый джем из Тосора", subtitle: "Половинки абрикосов" },
    ky: { title: "Тосордун өрүк кыямы" },
  },
  category: {
    id: "pcat_1",
    handle: "jams-preserves",
    fields: { name: "Jams" },
    translations: { ru: { name: "Джемы" } },
  },
  producerGroup: {
    id: "pgrp_1",
    handle: "tosor-apricot-women",
    fields: { name: "Tosor apricot women", village: "Tosor" },
    translations: { ru: { name: "Женщины Тосора", village: "Тосор" } },
  },
  tags: ["summer"],
  seasonMonths: [8, 7, 9],
  prices: { KGS: 350, jpy: 1070, usd: 4.5 },
  inStock: true,
}

describe("toSearchDocuments", () => {
  const documents = toSearchDocuments(apricotJam)
  const byLocale = Object.fromEntries(documents.map((document) => [document.locale, document]))

  it("maps one document per locale, each in its language", () => {
    expect(documents.map((document) => document.locale)).toEqual(["en", "ja", "ru", "ky"])
    expect(byLocale.ja?.title).toBe("トソール村のあんずジャム")
    expect(byLocale.ru?.category).toBe("Джемы")
    expect(byLocale.ru?.village).toBe("Тосор")
  })

  it("falls back from Kyrgyz to Russian, then English, field by field", () => {
    expect(byLocale.ky?.title).toBe("Тосордун өрүк кыямы")
    expect(byLocale.ky?.subtitle).toBe("Половинки абрикосов")
    expect(byLocale.ky?.description).toBe("Cooked in copper.")
    expect(byLocale.ja?.subtitle).toBe("Whole apricot halves")
  })

  it("carries prices per currency (lower case, also flat), the season and the creation time", () => {
    expect(byLocale.en).toMatchObject({
      prices: { kgs: 350, jpy: 1070, usd: 4.5 },
      price_kgs: 350,
      season_months: [7, 8, 9],
      all_year: false,
      created_at_ts: Date.parse("2026-07-01T00:00:00.000Z") / 1000,
      category_handle: "jams-preserves",
      group_handle: "tosor-apricot-women",
    })
  })

  it("is in season by Bishkek's month", () => {
    const document = byLocale.en as NonNullable<typeof byLocale.en>
    expect(documentInSeason(document, new Date("2026-08-15T12:00:00Z"))).toBe(true)
    expect(documentInSeason(document, new Date("2026-12-15T12:00:00Z"))).toBe(false)
  })

  it("matches on normalized text by weight class", () => {
    expect(matchText(byLocale.ru as NonNullable<typeof byLocale.ru>)).toEqual({
      title: "абрикосовый джем из тосора",
      short: "половинки абрикосов джемы женщины тосора тосор summer",
      body: "cooked in copper",
    })
  })
})
