import { describe, expect, it } from "vitest"
import { refusalMessage } from "./messages"
import {
  addDays,
  checkApplicationTransition,
  companyMemberChangeRefusal,
  minimumOrderValueRefusal,
  nearestWholeCases,
  paymentSchedule,
  tierFor,
  tierQuantityRange,
  volumeTiers,
  WHOLESALE_APPLICATION_STATUSES,
  WHOLESALE_APPLICATION_TRANSITIONS,
  wholesaleLineRefusal,
  wholesaleTierPrices,
} from "./wholesale"

const apricotJam = { product: "Apricot jam 250 g", product_id: "prod_apricot" }
const jamTerms = { case_pack: 12, min_quantity: 24 }

describe("volume tiers", () => {
  const tiers = volumeTiers([4.2, 3.85, 3.5], "usd")

  it("price a line by its number of cases: 1-11, 12-47, 48 and more", () => {
    expect(tierFor(tiers, 1)?.amount).toBe(4.2)
    expect(tierFor(tiers, 11)?.amount).toBe(4.2)
    expect(tierFor(tiers, 12)?.amount).toBe(3.85)
    expect(tierFor(tiers, 47)?.amount).toBe(3.85)
    expect(tierFor(tiers, 48)?.amount).toBe(3.5)
    expect(tierFor(tiers, 5000)?.amount).toBe(3.5)
  })

  it("have no price below the first tier, and keep the currency's smallest unit", () => {
    expect(tierFor(tiers, 0)).toBeNull()
    expect(volumeTiers([520.4, 480.6], "jpy").map((tier) => tier.amount)).toEqual([520, 481])
  })

  it("become unit quantity ranges for Medusa's price list prices, without gaps or overlaps", () => {
    const ranges = tiers.map((tier) => tierQuantityRange(tier, 12))
    expect(ranges).toEqual([
      { min_quantity: 1, max_quantity: 132 },
      { min_quantity: 133, max_quantity: 564 },
      { min_quantity: 565, max_quantity: null },
    ])
    // Whole cases land in their tier: 11 cases in the first, 12 in the second, 48 in the third.
    const rangeOf = (units: number) =>
      ranges.findIndex((r) => units >= r.min_quantity && (r.max_quantity === null || units <= r.max_quantity))
    expect([rangeOf(132), rangeOf(144), rangeOf(564), rangeOf(576)]).toEqual([0, 1, 1, 2])
  })

  it("come from a retail price by factors, in the currency's smallest unit", () => {
    expect(wholesaleTierPrices(6.5, [0.6, 0.55, 0.5], "usd")).toEqual([3.9, 3.58, 3.25])
    expect(wholesaleTierPrices(950, [0.6, 0.55, 0.5], "jpy")).toEqual([570, 523, 475])
  })
})

describe("wholesale lines", () => {
  it("refuse a quantity that is not whole cases, naming the case pack, in every language", () => {
    const refused = wholesaleLineRefusal({ ...apricotJam, quantity: 30, terms: jamTerms })
    expect(refused).toEqual({
      code: "not_whole_cases",
      params: { ...apricotJam, quantity: 30, case_pack: 12 },
    })
    if (!refused) throw new Error("refused")
    expect(refusalMessage(refused, "en")).toBe("Apricot jam 250 g is sold in cases of 12; 30 is not a multiple of 12")
    const inJapanese = wholesaleLineRefusal({ product: "杏ジャム 250 g", quantity: 30, terms: jamTerms })
    if (!inJapanese) throw new Error("refused")
    expect(refusalMessage(inJapanese, "ja")).toBe(
      "杏ジャム 250 gは12個入りのケース単位での販売です。30は12の倍数ではありません",
    )
    expect(refusalMessage(refused, "ru")).toContain("коробками по 12 шт.; 30 не кратно 12")
    expect(refusalMessage(refused, "ky")).toContain("12 даанадан")
  })

  it("name the minimum order quantity before the case pack", () => {
    expect(wholesaleLineRefusal({ ...apricotJam, quantity: 12, terms: jamTerms })).toEqual({
      code: "below_minimum_quantity",
      params: { ...apricotJam, quantity: 12, minimum: 24 },
    })
    expect(wholesaleLineRefusal({ ...apricotJam, quantity: 20, terms: jamTerms })?.code).toBe("below_minimum_quantity")
  })

  it("accept whole cases at or above the minimum", () => {
    expect(wholesaleLineRefusal({ ...apricotJam, quantity: 24, terms: jamTerms })).toBeNull()
    expect(wholesaleLineRefusal({ ...apricotJam, quantity: 600, terms: jamTerms })).toBeNull()
    expect(
      wholesaleLineRefusal({ product: "Felt slippers", quantity: 7, terms: { case_pack: 1, min_quantity: 1 } }),
    ).toBeNull()
  })

  it("suggest the whole-case quantities around a refused one", () => {
    expect(nearestWholeCases(30, jamTerms)).toEqual({ below: 24, above: 36 })
    expect(nearestWholeCases(5, jamTerms)).toEqual({ below: 0, above: 24 })
  })
})

describe("minimum order value", () => {
  it("refuses an order below it, naming both amounts as money", () => {
    const refused = minimumOrderValueRefusal(
      { amount: 480.5, currencyCode: "usd" },
      { amount: 500, currencyCode: "USD" },
    )
    expect(refused).toEqual({
      code: "below_minimum_order_value",
      params: { total: 480.5, minimum: 500, currency: "USD" },
    })
    if (!refused) throw new Error("refused")
    expect(refusalMessage(refused, "en")).toBe("the minimum wholesale order is $500.00; this order comes to $480.50")
    const yen = minimumOrderValueRefusal(
      { amount: 49_999, currencyCode: "jpy" },
      { amount: 50_000, currencyCode: "jpy" },
    )
    if (!yen) throw new Error("refused")
    expect(refusalMessage(yen, "ja")).toBe("卸売の最低注文金額は50,000円です。このご注文は49,999円です")
  })

  it("accepts an order at the minimum to the smallest unit", () => {
    expect(
      minimumOrderValueRefusal({ amount: 500, currencyCode: "usd" }, { amount: 500, currencyCode: "usd" }),
    ).toBeNull()
    expect(
      minimumOrderValueRefusal({ amount: 499.999, currencyCode: "usd" }, { amount: 500, currencyCode: "usd" }),
    ).toBeNull()
  })

  it("will not compare amounts in two currencies", () => {
    expect(() =>
      minimumOrderValueRefusal({ amount: 1, currencyCode: "jpy" }, { amount: 1, currencyCode: "usd" }),
    ).toThrow(/USD/i)
  })
})

describe("payment terms", () => {
  const days = { ordered: "2026-12-06", ships: "2027-01-20" }

  it("prepayment: everything on the order's day", () => {
    expect(paymentSchedule("prepayment", { amount: 1234.56, currencyCode: "usd" }, days)).toEqual([
      { kind: "prepayment", amount: 1234.56, due: "2026-12-06" },
    ])
  })

  it("30 % deposit now, the balance by shipment, adding up to the unit", () => {
    const usd = paymentSchedule("deposit_30", { amount: 1000.01, currencyCode: "usd" }, days)
    expect(usd).toEqual([
      { kind: "deposit", amount: 300, due: "2026-12-06" },
      { kind: "balance", amount: 700.01, due: "2027-01-20" },
    ])
    const yen = paymentSchedule("deposit_30", { amount: 123_457, currencyCode: "jpy" }, days)
    expect(yen.map((installment) => installment.amount)).toEqual([37_037, 86_420])
    expect(yen.reduce((sum, installment) => sum + installment.amount, 0)).toBe(123_457)
  })

  it("net 30: thirty days after the invoice, across a month and a year end", () => {
    expect(
      paymentSchedule("net_30", { amount: 500, currencyCode: "usd" }, { ordered: "2026-12-01", ships: "2026-12-10" }),
    ).toEqual([{ kind: "invoice", amount: 500, due: "2027-01-09" }])
    expect(
      paymentSchedule("net_30", { amount: 500, currencyCode: "usd" }, { ...days, invoiced: "2027-01-31" })[0]?.due,
    ).toBe("2027-03-02")
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
  })

  it("refuses a shipment before the order and a malformed day", () => {
    expect(() =>
      paymentSchedule("prepayment", { amount: 1, currencyCode: "usd" }, { ordered: "2026-12-06", ships: "2026-12-01" }),
    ).toThrow()
    expect(() => addDays("6 Dec 2026", 1)).toThrow(/YYYY-MM-DD/)
  })
})

describe("application transitions", () => {
  it("let staff decide a pending application once", () => {
    expect(checkApplicationTransition("pending", "approved")).toEqual({ allowed: true })
    expect(checkApplicationTransition("pending", "rejected")).toEqual({ allowed: true })
  })

  it("never change a decision", () => {
    for (const from of ["approved", "rejected"] as const) {
      for (const to of WHOLESALE_APPLICATION_STATUSES) expect(checkApplicationTransition(from, to).allowed).toBe(false)
    }
    expect(checkApplicationTransition("rejected", "approved")).toEqual({
      allowed: false,
      reason: "the application was rejected already; it cannot change any more",
    })
  })

  it("name only statuses that exist", () => {
    for (const next of Object.values(WHOLESALE_APPLICATION_TRANSITIONS)) {
      for (const status of next) expect(WHOLESALE_APPLICATION_STATUSES).toContain(status)
    }
  })
})

describe("company users", () => {
  const admin = { id: "cusr_admin", role: "buyer_admin" as const }
  const buyer = { id: "cusr_buyer", role: "buyer" as const }
  const secondAdmin = { id: "cusr_admin2", role: "buyer_admin" as const }

  it("keeps at least one buyer admin: the only one can neither step down nor be removed", () => {
    expect(companyMemberChangeRefusal([admin, buyer], { kind: "remove", id: admin.id })).toMatch(
      /only buyer admin cannot be removed/,
    )
    expect(companyMemberChangeRefusal([admin, buyer], { kind: "role", id: admin.id, role: "buyer" })).toMatch(
      /only buyer admin cannot become a buyer/,
    )
  })

  it("lets a buyer admin go when another remains", () => {
    expect(companyMemberChangeRefusal([admin, secondAdmin], { kind: "remove", id: admin.id })).toBeNull()
    expect(companyMemberChangeRefusal([admin, secondAdmin], { kind: "role", id: admin.id, role: "buyer" })).toBeNull()
  })

  it("lets buyers be promoted and removed", () => {
    expect(companyMemberChangeRefusal([admin, buyer], { kind: "role", id: buyer.id, role: "buyer_admin" })).toBeNull()
    expect(companyMemberChangeRefusal([admin, buyer], { kind: "remove", id: buyer.id })).toBeNull()
  })

  it("accepts a role the user already has (a repeated request) and refuses a stranger", () => {
    expect(companyMemberChangeRefusal([admin], { kind: "role", id: admin.id, role: "buyer_admin" })).toBeNull()
    expect(companyMemberChangeRefusal([admin], { kind: "remove", id: "cusr_other" })).toMatch(/not one of the company/)
  })
})
