import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { readSeedCatalogue } from "./catalogue"

const catalogueDir = path.resolve(import.meta.dirname, "../../../../seed/data/ovop")
const copies: string[] = []

type Json = Record<string, unknown> & { handle: string }

/** A copy of the real catalogue with one file changed by `edit`. */
function catalogueWith(file: string, edit: (records: Json[]) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-catalogue-"))
  copies.push(dir)
  for (const name of fs.readdirSync(catalogueDir)) fs.copyFileSync(path.join(catalogueDir, name), path.join(dir, name))
  const records = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Json[]
  edit(records)
  fs.writeFileSync(path.join(dir, file), JSON.stringify(records))
  return dir
}

const record = (records: Json[], handle: string): Json => {
  const found = records.find((r) => r.handle === handle)
  if (!found) throw new Error(`no ${handle} in the catalogue`)
  return found
}

afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe("readSeedCatalogue", () => {
  it("accepts the catalogue as shipped", () => {
    const catalogue = readSeedCatalogue(catalogueDir)
    expect(catalogue.products.length).toBeGreaterThan(0)
    expect(catalogue.groups.length).toBeGreaterThan(0)
  })

  it("refuses a district, status or payout method the producer group model does not know, naming group and field", () => {
    const dir = catalogueWith("producer-groups.json", (groups) => {
      const group = record(groups, "tosor-apricot-women")
      group.district = "bishkek"
      group.status = "closed"
      ;(group.staff as { payout: { method: string } }).payout.method = "cheque"
    })
    const refusal = () => readSeedCatalogue(dir)
    expect(refusal).toThrow(/producer-groups\.json "tosor-apricot-women", district: must be one of ak-suu, jeti-oguz/)
    expect(refusal).toThrow(/"tosor-apricot-women", status: must be one of active, paused/)
    expect(refusal).toThrow(/"tosor-apricot-women", staff\.payout\.method: must be one of bank, mobile_wallet, cash/)
  })

  it("refuses a product with a missing translation, a bad month or an unknown currency, naming product and field", () => {
    const dir = catalogueWith("products.json", (products) => {
      const product = record(products, "tosor-apricot-jam")
      delete (product.title as Record<string, string>).ky
      product.season_months = [7, 13]
      const [variant] = product.variants as { prices: Record<string, number> }[]
      if (variant) variant.prices.eur = 5
    })
    const refusal = () => readSeedCatalogue(dir)
    expect(refusal).toThrow(/products\.json "tosor-apricot-jam", title\.ky: /)
    expect(refusal).toThrow(/"tosor-apricot-jam", season_months\[1\]: must be a month 1-12/)
    expect(refusal).toThrow(/"tosor-apricot-jam", variants\[0\]\.prices: .*eur/)
  })

  it("refuses Japanese spelled against the glossary, naming the record, the field and the glossary's spelling", () => {
    const dir = catalogueWith("producer-groups.json", (groups) => {
      const group = record(groups, "bokonbaevo-natural-dye-spinners")
      ;(group.village as Record<string, string>).ja = "ボコンバエヴォ村"
    })
    expect(() => readSeedCatalogue(dir)).toThrow(
      /"bokonbaevo-natural-dye-spinners", village\.ja: writes ボコンバエヴォ, which the Japanese glossary .* writes ボコンバエボ/,
    )
  })

  it("refuses a product naming a group, category, allergen or option value the catalogue does not have", () => {
    const dir = catalogueWith("products.json", (products) => {
      const product = record(products, "tosor-apricot-jam")
      product.group = "no-such-group"
      product.category = "no-such-category"
      product.allergens = ["plutonium"]
      const [variant] = product.variants as { option_value: string }[]
      if (variant) variant.option_value = "9 kg"
    })
    const refusal = () => readSeedCatalogue(dir)
    expect(refusal).toThrow(/"tosor-apricot-jam", group: "no-such-group" is not in producer-groups\.json/)
    expect(refusal).toThrow(/"tosor-apricot-jam", category: "no-such-category" is not in categories\.json/)
    expect(refusal).toThrow(/"tosor-apricot-jam", allergens\[0\]: "plutonium" is not in allergens\.json/)
    expect(refusal).toThrow(/"tosor-apricot-jam", variants\[0\]\.option_value: "9 kg" is not among option\.values/)
  })

  it("refuses a SKU used twice", () => {
    const dir = catalogueWith("products.json", (products) => {
      const [first, second] = products.map((p) => p.variants as { sku: string }[])
      if (first?.[0] && second?.[0]) second[0].sku = first[0].sku
    })
    expect(() => readSeedCatalogue(dir)).toThrow(/products\.json \(variant SKUs\): ".+" appears more than once/)
  })
})
