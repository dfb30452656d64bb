import { describe, expect, it } from "vitest"
import { somAfterSign, withSomWord } from "./som-word"

// What Chromium's Intl writes for KGS with currencyDisplay "narrowSymbol" (the dashboard's choice).
const narrow = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "KGS", currencyDisplay: "narrowSymbol" }).format(amount)

describe("withSomWord", () => {
  it("writes сом for the som sign, kept off the digits when it leads them", () => {
    expect(withSomWord("\u20c01,260.00")).toBe("сом\u00a01,260.00")
    expect(withSomWord("-\u20c01,260.00")).toBe("-сом\u00a01,260.00")
    expect(withSomWord("1\u00a0260,00\u00a0\u20c0")).toBe("1\u00a0260,00\u00a0сом")
  })

  it("leaves every other amount as it is", () => {
    expect(withSomWord("$6.50")).toBe("$6.50")
    expect(withSomWord("1 070 ¥")).toBe("1 070 ¥")
  })

  it("never leaves the sign in what this runtime's Intl writes, in English or Russian", () => {
    for (const locale of ["en-US", "ru-RU"]) expect(withSomWord(narrow(locale, 1260))).not.toMatch(/\u20c0/)
  })
})

describe("somAfterSign", () => {
  it("adds a no-break space only when the number follows the sign", () => {
    expect(somAfterSign("\u20c0", "integer")).toBe("сом\u00a0")
    expect(somAfterSign("\u20c0", "literal")).toBe("сом")
    expect(somAfterSign("\u20c0", undefined)).toBe("сом")
    expect(somAfterSign("$", "integer")).toBe("$")
  })
})
