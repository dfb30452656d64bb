import { describe, expect, it } from "vitest"
import type { QuoteWithLines } from "../modules/wholesale/types"
import { quoteEmailMessage } from "./wholesale-quote-emails"

// 144 jars at 560 yen and 18,000 yen freight, CPT Tokyo, asked on 1 December, valid to the 20th.
const quote = {
  id: "wquo_1",
  company_id: "comp_1",
  customer_id: "cus_1",
  currency_code: "jpy",
  status: "quoted",
  incoterm: "CPT",
  destination_city: "Tokyo",
  destination_country_code: "jp",
  freight: 18_000,
  valid_until: "2026-12-20",
  ships_on: "2027-01-10",
  closing_reason: null,
  created_at: new Date("2026-12-01T04:00:00Z"),
  lines: [{ quantity: 144, requested_unit_price: 590, quoted_unit_price: 560 }],
  messages: [],
} as unknown as QuoteWithLines

const to = (locale: "en" | "ja" | "ru" | "ky") => ({
  locale,
  name: "Hanako Sato",
  company: "Kyoto Imports",
  storefront: "https://shop.example.kg",
})

describe("quote emails", () => {
  it("gives the answer's total, freight, place, validity and the wholesale page in the company's language", () => {
    const ja = quoteEmailMessage(quote, "quoted", to("ja"), { message: "船便で約3週間です。" })
    // 144 × 560 + 18,000 = 98,640 yen.
    expect(ja.subject).toContain("98,640")
    expect(ja.text).toContain("18,000")
    expect(ja.text).toContain("CPT Tokyo, JP")
    expect(ja.text).toContain("船便で約3週間です。\n\n")
    expect(ja.text).toContain("https://shop.example.kg/ja/wholesale/")
    expect(ja.text).not.toMatch(/\{\w+\}/)

    const ru = quoteEmailMessage(quote, "quoted", to("ru"))
    expect(ru.subject).toMatch(/^Ваше коммерческое предложение/)
    expect(ru.text).toContain("https://shop.example.kg/ru/wholesale/")
    // No message from staff: no empty paragraph left where it would be.
    expect(ru.text).not.toContain("\n\n\n")
    expect(ru.text).not.toMatch(/\{\w+\}/)
  })

  it("carries staff's message, or the reason a quote was closed", () => {
    const message = quoteEmailMessage(quote, "message", to("en"), { message: "Can you take 12 more cases?" })
    expect(message.text).toContain("Can you take 12 more cases?")
    const cancelled = quoteEmailMessage({ ...quote, closing_reason: "The harvest was short." }, "cancelled", to("ky"))
    expect(cancelled.text).toContain("The harvest was short.")
    expect(cancelled.text).toContain("https://shop.example.kg/ky/wholesale/")
    expect(cancelled.text).not.toMatch(/\{\w+\}/)
  })
})
