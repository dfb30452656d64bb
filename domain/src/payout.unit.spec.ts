import { describe, expect, it } from "vitest"
import { toMinorUnits } from "./money"
import {
  type CreditedLine,
  checkBatchTransition,
  convertSplit,
  groupBalance,
  isBatchEditable,
  PAYOUT_BATCH_STATUSES,
  PAYOUT_BATCH_TRANSITIONS,
  type PaymentPart,
  type PaymentPartShare,
  paymentFee,
  rateOn,
  reverseCredits,
  splitPayment,
} from "./payout"

/** Every amount of a split, in the smallest unit, added up: must be the captured amount. */
const accounted = (split: readonly PaymentPartShare[], code: string) =>
  split.reduce(
    (sum, part) =>
      sum +
      toMinorUnits(part.net, code) +
      toMinorUnits(part.commission, code) +
      toMinorUnits(part.fee, code) +
      toMinorUnits(part.association, code),
    0,
  )

// An order of Tosor apricot jam and Ananyevo honey with courier delivery, taxed 12 % (VAT) in som.
const somOrder: PaymentPart[] = [
  { key: "line_jam", groupId: "pgrp_tosor", amount: 1350, tax: 144, commissionRate: 0.15 },
  { key: "line_honey", groupId: "pgrp_ananyevo", amount: 950, tax: 101, commissionRate: 0.1 },
  { key: "ship_courier", groupId: null, amount: 250, tax: 26, commissionRate: 0 },
]

describe("splitPayment", () => {
  it("gives each part of a fully captured som order exactly its total, the group its gross net of tax, commission and fee", () => {
    const split = splitPayment({ amount: 2550, fee: 77, currencyCode: "kgs", parts: somOrder })
    expect(split.map((part) => part.share)).toEqual([1350, 950, 250])
    const jam = split[0]
    expect(jam).toMatchObject({ tax: 144, gross: 1206, commission: 181 })
    // 1206 * 0.15 = 180.9 -> 181; the fee 77 spread 1350:950:250 -> 41, 29, 7 (largest remainder).
    expect(split.map((part) => part.fee)).toEqual([41, 29, 7])
    expect(jam?.net).toBe(1206 - 181 - 41)
    expect(split[2]).toMatchObject({ groupId: null, gross: 0, commission: 0, net: 0, association: 250 - 7 })
    expect(accounted(split, "kgs")).toBe(2550)
  })

  it("accounts for every cent of a partial dollar capture with odd proportions", () => {
    const parts: PaymentPart[] = [
      { key: "a", groupId: "g1", amount: 10.01, tax: 0, commissionRate: 0.15 },
      { key: "b", groupId: "g2", amount: 10.01, tax: 0, commissionRate: 0.125 },
      { key: "c", groupId: "g3", amount: 10.01, tax: 0, commissionRate: 0.2 },
    ]
    const split = splitPayment({ amount: 20, fee: 0.89, currencyCode: "usd", parts })
    expect(split.map((part) => part.share)).toEqual([6.67, 6.67, 6.66])
    expect(accounted(split, "usd")).toBe(2000)
    for (const part of split) expect(Number.isInteger(toMinorUnits(part.net, "usd") * 1)).toBe(true)
  })

  it("keeps yen whole: 8 % food, 10 % goods and shipping, rounding half away from zero", () => {
    const parts: PaymentPart[] = [
      { key: "honey", groupId: "pgrp_ananyevo", amount: 3333, tax: 246, commissionRate: 0.15 },
      { key: "felt", groupId: "pgrp_kochkor", amount: 7777, tax: 707, commissionRate: 0.15 },
      { key: "ems", groupId: null, amount: 2890, tax: 262, commissionRate: 0 },
    ]
    const split = splitPayment({ amount: 14000, fee: 503, currencyCode: "jpy", parts })
    for (const part of split) {
      for (const value of [part.share, part.tax, part.gross, part.commission, part.fee, part.net]) {
        expect(Number.isInteger(value)).toBe(true)
      }
    }
    // 3087 * 0.15 = 463.05 -> 463; 7070 * 0.15 = 1060.5 -> 1061 (half away from zero).
    expect(split.map((part) => part.commission)).toEqual([463, 1061, 0])
    expect(accounted(split, "jpy")).toBe(14000)
  })

  it("holds the identity for many random orders in som, dollars and yen", () => {
    let seed = 7
    const random = () => {
      seed = (seed * 48271) % 2147483647
      return seed / 2147483647
    }
    for (const code of ["kgs", "usd", "jpy"]) {
      for (let round = 0; round < 200; round++) {
        const unit = code === "usd" ? 100 : 1
        const parts: PaymentPart[] = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, index) => {
          const amount = Math.floor(random() * 500_000) / unit
          return {
            key: `p${index}`,
            groupId: random() < 0.8 ? `g${index % 3}` : null,
            amount,
            tax: Math.floor(amount * unit * 0.1) / unit,
            commissionRate: Math.floor(random() * 30) / 100,
          }
        })
        const total = parts.reduce((sum, part) => sum + toMinorUnits(part.amount, code), 0)
        const captured = Math.floor(total * (0.3 + random() * 0.7)) / unit
        const fee = Math.floor(captured * unit * 0.035) / unit
        const split = splitPayment({ amount: captured, fee, currencyCode: code, parts })
        expect(accounted(split, code), `${code} round ${round}`).toBe(toMinorUnits(captured, code))
        const feeTotal = split.reduce((sum, part) => sum + toMinorUnits(part.fee, code), 0)
        expect(feeTotal, `${code} round ${round}: the fee spread`).toBe(toMinorUnits(fee, code))
      }
    }
  })
})

describe("paymentFee", () => {
  it("takes a percentage rounded to the smallest unit, nothing without a rate", () => {
    expect(paymentFee(2550, "kgs", 3)).toBe(77) // 76.5 -> 77
    expect(paymentFee(19.99, "usd", 2.9)).toBe(0.58)
    expect(paymentFee(14000, "jpy", 0)).toBe(0)
  })
})

describe("rateOn", () => {
  const rates = [
    { currencyCode: "usd", rateToKgs: 87.5, effectiveOn: "2026-11-01" },
    { currencyCode: "usd", rateToKgs: 87.1, effectiveOn: "2026-12-01" },
    { currencyCode: "JPY", rateToKgs: 0.58, effectiveOn: "2026-11-15" },
  ]
  it("takes the latest rate on or before the day, 1 for the som, null when the table has none", () => {
    expect(rateOn(rates, "usd", "2026-11-30")).toBe(87.5)
    expect(rateOn(rates, "USD", "2026-12-01")).toBe(87.1)
    expect(rateOn(rates, "usd", "2027-03-01")).toBe(87.1)
    expect(rateOn(rates, "jpy", "2026-11-15")).toBe(0.58)
    expect(rateOn(rates, "jpy", "2026-11-14")).toBeNull()
    expect(rateOn(rates, "eur", "2026-12-06")).toBeNull()
    expect(rateOn([], "kgs", "2026-12-06")).toBe(1)
  })
})

describe("convertSplit", () => {
  it("converts the payment once and spreads the whole som over every amount so they add up", () => {
    const parts: PaymentPart[] = [
      { key: "honey", groupId: "g1", amount: 3333, tax: 246, commissionRate: 0.15 },
      { key: "ems", groupId: null, amount: 2890, tax: 262, commissionRate: 0 },
    ]
    const split = splitPayment({ amount: 6223, fee: 218, currencyCode: "jpy", parts })
    const converted = convertSplit(6223, "jpy", 0.583, split)
    expect(converted.total).toBe(3628) // 3628.009 som
    const sum = converted.shares.reduce(
      (total, share) => total + share.net + share.commission + share.fee + share.association,
      0,
    )
    expect(sum).toBe(3628)
    expect(converted.shares.every((share) => Object.values(share).every(Number.isInteger))).toBe(true)
  })

  it("converts dollars with cents, and leaves som as they are", () => {
    const split = splitPayment({
      amount: 19.99,
      fee: 0.58,
      currencyCode: "usd",
      parts: [{ key: "a", groupId: "g", amount: 19.99, tax: 0, commissionRate: 0.15 }],
    })
    expect(convertSplit(19.99, "usd", 87.45, split).total).toBe(1748) // 1748.13
    const som = splitPayment({ amount: 2550, fee: 0, currencyCode: "kgs", parts: somOrder })
    const converted = convertSplit(2550, "kgs", 1, som)
    expect(converted.shares.map((share) => share.net)).toEqual(som.map((part) => part.net))
  })
})

describe("reverseCredits", () => {
  const credited = (split: readonly PaymentPartShare[], code: string, rate: number): CreditedLine[] => {
    const { shares } = convertSplit(
      split.reduce((sum, part) => sum + part.share, 0),
      code,
      rate,
      split,
    )
    return split.map((part, index) => ({
      ...part,
      kgs: shares[index] ?? { net: 0, commission: 0, fee: 0, association: 0 },
    }))
  }

  it("reverses every amount exactly on a full refund, in the currency and in som", () => {
    const split = splitPayment({ amount: 2550, fee: 77, currencyCode: "kgs", parts: somOrder })
    const lines = credited(split, "kgs", 1)
    const reversed = reverseCredits(2550, "kgs", lines)
    expect(reversed).toEqual(lines)
  })

  it("spreads a partial refund in proportion and keeps each line's identity", () => {
    const split = splitPayment({ amount: 2550, fee: 77, currencyCode: "kgs", parts: somOrder })
    const reversed = reverseCredits(1000, "kgs", credited(split, "kgs", 1))
    expect(reversed.reduce((sum, line) => sum + line.share, 0)).toBe(1000)
    for (const line of reversed) {
      expect(line.net + line.commission + line.fee + line.association).toBe(line.share)
    }
    expect(reversed[0]?.share).toBe(529) // 1000 * 1350 / 2550 = 529.4
  })

  it("caps a refund at what is left and gives nothing for nothing", () => {
    const split = splitPayment({ amount: 19.99, fee: 0.58, currencyCode: "usd", parts: [somOrder[0] as PaymentPart] })
    const lines = credited(split, "usd", 87.45)
    expect(reverseCredits(50, "usd", lines)).toEqual(lines)
    expect(reverseCredits(0, "usd", lines)).toEqual([])
  })
})

describe("payout batch transitions", () => {
  const batch = { id: "pbat_1", created_by: "user_aigul" }

  it("allows exactly the moves in the table, never backwards", () => {
    for (const from of PAYOUT_BATCH_STATUSES) {
      for (const to of PAYOUT_BATCH_STATUSES) {
        expect(checkBatchTransition({ ...batch, status: from }, to, "user_bakyt").allowed, `${from} -> ${to}`).toBe(
          PAYOUT_BATCH_TRANSITIONS[from].includes(to),
        )
      }
    }
    expect(checkBatchTransition({ ...batch, status: "paid" }, "draft", "user_bakyt")).toMatchObject({
      allowed: false,
      refusal: { code: "batch_transition_not_allowed", params: { from: "paid", to: "draft" } },
      reason: "a paid batch can only become reconciled, not draft",
    })
  })

  it("refuses an approval by the staff member who created the batch", () => {
    expect(checkBatchTransition({ ...batch, status: "draft" }, "approved", "user_aigul")).toMatchObject({
      allowed: false,
      refusal: { code: "same_approver", params: { batch_id: "pbat_1", created_by: "user_aigul" } },
    })
    expect(checkBatchTransition({ ...batch, status: "draft" }, "approved", "user_bakyt")).toEqual({ allowed: true })
  })

  it("locks a paid or reconciled batch", () => {
    expect(PAYOUT_BATCH_STATUSES.filter(isBatchEditable)).toEqual(["draft", "approved"])
  })
})

describe("groupBalance", () => {
  it("is credits minus debits minus payouts, and a negative balance stays negative to carry forward", () => {
    expect(groupBalance({ credits: 10_000, debits: 1_500, paidOut: 6_000 })).toBe(2_500)
    expect(groupBalance({ credits: 1_000, debits: 3_000, paidOut: 0 })).toBe(-2_000)
  })
})
