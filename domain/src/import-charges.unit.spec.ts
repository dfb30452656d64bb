import { describe, expect, it } from "vitest"
import {
  dutyRateRow,
  estimateImportCharges,
  type ImportRules,
  importRuleTexts,
  isJapanDutyPaid,
  JAPAN,
  JAPAN_IMPORT_RULES,
} from "./import-charges"

const rules = JAPAN_IMPORT_RULES
const JAM = "200799"
const YARN = "510910"

describe("estimateImportCharges: what a buyer in Japan pays at delivery", () => {
  it("owes nothing while the taxable value, 60% of the goods plus the shipping, is at most 10,000 yen", () => {
    // 12,000 yen of jam is valued at 7,200 yen; with EMS 2,800 yen that is 10,000 yen: exempt.
    const atThreshold = estimateImportCharges([{ hsCode: JAM, amount: 12_000 }], 2_800, rules)
    expect(atThreshold).toMatchObject({ taxable_value: 10_000, exempt: true, duty: 0, customs_fee: 0, total: 0 })
    expect(atThreshold.consumption_tax).toEqual([])
    // Two yen more of jam (7,201 yen of value) crosses it.
    const over = estimateImportCharges([{ hsCode: JAM, amount: 12_002 }], 2_800, rules)
    expect(over.exempt).toBe(false)
    expect(over.total).toBeGreaterThan(0)
  })

  it("values goods for personal use at 60% of their price: 16,000 yen of goods alone stays exempt", () => {
    const estimate = estimateImportCharges([{ hsCode: YARN, amount: 16_000 }], 0, rules)
    expect(estimate).toMatchObject({ taxable_value: 9_600, exempt: true, total: 0 })
  })

  it("taxes food at the reduced 8% and other goods at the standard 10%, after duty by HS code", () => {
    // Jam 20,000 yen -> 12,000 + 2,000 of the shipping = 14,000; duty 15% = 2,100; tax 8% of 16,100 = 1,288.
    // Yarn 10,000 yen -> 6,000 + 1,000 of the shipping = 7,000; duty 3% = 210; tax 10% of 7,210 = 721.
    const estimate = estimateImportCharges(
      [
        { hsCode: JAM, amount: 20_000 },
        { hsCode: YARN, amount: 10_000 },
      ],
      3_000,
      rules,
    )
    expect(estimate).toEqual({
      currency_code: "jpy",
      stated_as_of: "2026-12",
      taxable_value: 21_000,
      exempt: false,
      approximate: false,
      duty: 2_310,
      consumption_tax: [
        { ratePercent: 10, base: 7_210, tax: 721 },
        { ratePercent: 8, base: 16_100, tax: 1_288 },
      ],
      customs_fee: 200,
      total: 2_310 + 721 + 1_288 + 200,
    })
  })

  it("rounds every charge down to whole yen", () => {
    // 13 jars at 1,070 yen = 13,910 yen -> 8,346 + EMS 2,800 = 11,146 yen of taxable value;
    // duty 15% = 1,671.9 -> 1,671 yen; tax 8% of 12,817 = 1,025.36 -> 1,025 yen.
    const estimate = estimateImportCharges([{ hsCode: JAM, amount: 13 * 1_070 }], 2_800, rules)
    expect(estimate).toMatchObject({ taxable_value: 11_146, duty: 1_671, customs_fee: 200, total: 2_896 })
    expect(estimate.consumption_tax).toEqual([{ ratePercent: 8, base: 12_817, tax: 1_025 }])
    for (const amount of [estimate.duty, estimate.total, ...estimate.consumption_tax.map((rate) => rate.tax)]) {
      expect(Number.isInteger(amount)).toBe(true)
    }
  })

  it("says when the order is over the simplified rates' 200,000 yen, where customs may assess more", () => {
    expect(estimateImportCharges([{ hsCode: YARN, amount: 400_000 }], 2_800, rules).approximate).toBe(true)
    expect(estimateImportCharges([{ hsCode: YARN, amount: 300_000 }], 2_800, rules).approximate).toBe(false)
  })

  it("reads its rates from the rules, so a changed rule is one edit of the data", () => {
    const changed: ImportRules = { ...rules, exemptUpTo: 20_000 }
    expect(estimateImportCharges([{ hsCode: JAM, amount: 20_000 }], 2_800, changed).exempt).toBe(true)
    expect(estimateImportCharges([{ hsCode: JAM, amount: 20_000 }], 2_800, rules).exempt).toBe(false)
  })

  it("owes nothing for an empty cart, whatever its shipping", () => {
    expect(estimateImportCharges([], 20_000, rules)).toMatchObject({ taxable_value: 0, exempt: true, total: 0 })
  })
})

describe("JAPAN: the country and currency the rules are for", () => {
  it("names the rules' country and currency", () => {
    expect(JAPAN).toEqual({ country: JAPAN_IMPORT_RULES.country, currencyCode: JAPAN_IMPORT_RULES.currencyCode })
  })
})

describe("dutyRateRow: the duty row of an HS code", () => {
  it("takes the longest matching prefix: a fruit nectar is food, a spirit is not", () => {
    expect(dutyRateRow("220299", rules)).toMatchObject({ dutyPercent: 15, reducedConsumptionTax: true })
    expect(dutyRateRow("2208.90", rules)).toMatchObject({ reducedConsumptionTax: false })
    expect(dutyRateRow("040900", rules)?.reducedConsumptionTax).toBe(true)
    expect(dutyRateRow(YARN, rules)).toBeNull()
    expect(dutyRateRow(null, rules)).toBeNull()
  })
})

describe("isJapanDutyPaid: the shipping terms to Japan", () => {
  it("is duty unpaid unless OVOP_JAPAN_DUTY_PAID says true, and refuses a value it cannot read", () => {
    expect(isJapanDutyPaid({})).toBe(false)
    expect(isJapanDutyPaid({ OVOP_JAPAN_DUTY_PAID: "false" })).toBe(false)
    expect(isJapanDutyPaid({ OVOP_JAPAN_DUTY_PAID: "true" })).toBe(true)
    expect(isJapanDutyPaid({ OVOP_JAPAN_DUTY_PAID: "1" })).toBe(true)
    expect(() => isJapanDutyPaid({ OVOP_JAPAN_DUTY_PAID: "yes" })).toThrow(/OVOP_JAPAN_DUTY_PAID/)
  })
})

describe("importRuleTexts: the rules' figures as a reader sees them", () => {
  it("formats the thresholds in yen and the date in the reader's language", () => {
    expect(importRuleTexts(JAPAN_IMPORT_RULES, "ja")).toMatchObject({
      share: "60",
      threshold: "10,000円",
      ceiling: "200,000円",
      standard: "10",
      reduced: "8",
      asOf: "2026年12月",
    })
    expect(importRuleTexts(JAPAN_IMPORT_RULES, "en").asOf).toBe("December 2026")
  })
})
