import { type Month, monthName, monthYearName } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { kyrgyzTexts } from "./kyrgyz-texts"

// The mechanical slips of Russian habits in Kyrgyz text (issue 13), found by a Kyrgyz editor:
// month names are common nouns in Kyrgyz and written in lower case; grams are "г", never "гр";
// the customs nomenclature is ТЭИ ТН in Kyrgyz (Тышкы экономикалык иштин товардык номенклатурасы),
// not the Russian ТН ВЭД; orders are "буйрутма", not the Russian "заказ".
const monthStems = "Январ|Феврал|Март|Апрел|Май|Мая|Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр"
// A capitalised month not at the start of a text or a sentence.
const capitalisedMonthMidSentence = new RegExp(`[^.!?…\\s«"„]\\s+(${monthStems})\\p{Ll}*`, "u")
const russianGrams = /\d\s*гр(?![\p{L}])/u
const russianNomenclature = /ТН\s*ВЭД/
const russianOrder = /(?<![\p{L}])[Зз]аказ/u

const texts = kyrgyzTexts()

describe("Kyrgyz texts", () => {
  it("reads every Kyrgyz file of the shop", () => {
    const files = new Set(texts.map((text) => text.where.split(/[.[]/)[0]))
    expect(texts.length).toBeGreaterThan(500)
    expect([...files].join(" ")).toMatch(/storefront\/src\/i18n\/ky/)
    expect([...files].join(" ")).toMatch(/domain\/messages\/emails\/ky/)
  })

  for (const [name, pattern] of [
    ["a capitalised month name mid-sentence", capitalisedMonthMidSentence],
    ["grams written 'гр'", russianGrams],
    ["the Russian 'ТН ВЭД'", russianNomenclature],
    ["the Russian 'заказ'", russianOrder],
  ] as const) {
    it(`has no ${name}`, () => {
      expect(texts.filter((text) => pattern.test(text.text)).map((text) => `${text.where}: ${text.text}`)).toEqual([])
    })
  }

  it("the patterns catch what they are meant to", () => {
    expect(capitalisedMonthMidSentence.test("Кайра сатыкка чыгат: Июль")).toBe(true)
    expect(capitalisedMonthMidSentence.test("Июль айында терилет")).toBe(false)
    expect(russianGrams.test("250 гр")).toBe(true)
    expect(russianGrams.test("250 г")).toBe(false)
    expect(russianOrder.test("Сиздин заказдар")).toBe(true)
  })

  it("months are written in lower case, alone and with a year", () => {
    for (const month of [1, 5, 7, 10, 12] as Month[]) {
      expect(monthName(month, "ky")).toBe(monthName(month, "ky").toLocaleLowerCase("ky"))
      expect(monthYearName(2026, month, "ky")).toBe(monthYearName(2026, month, "ky").toLocaleLowerCase("ky"))
    }
    expect(monthName(7, "ky")).toBe("июль")
    // English keeps its capitals.
    expect(monthName(7, "en")).toBe("July")
  })
})
