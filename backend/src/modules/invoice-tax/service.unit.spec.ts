import type { TaxTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import InvoiceTaxProvider, { INVOICE_TAX_RATES_CONTEXT } from "./service"

const consumptionTax = { id: "txr_jct", rate: 10, code: "JCT", name: "Consumption tax" } as TaxTypes.TaxRateDTO
const itemLines = [
  { line_item: { id: "cali_jam", product_id: "prod_jam" }, rates: [consumptionTax] },
] as TaxTypes.ItemTaxCalculationLine[]
const shippingLines = [
  { shipping_line: { id: "casm_ems", shipping_option_id: "so_ems" }, rates: [consumptionTax] },
] as TaxTypes.ShippingTaxCalculationLine[]
const tokyo = { address: { country_code: "jp" } }

describe("InvoiceTaxProvider", () => {
  const provider = new InvoiceTaxProvider()

  it("gives Medusa's cart and order flows no tax lines, so their amounts stay whole", async () => {
    expect(await provider.getTaxLines(itemLines, shippingLines, tokyo)).toEqual([])
  })

  it("answers the matched rates when the order's breakdown asks for them", async () => {
    const lines = await provider.getTaxLines(itemLines, shippingLines, {
      ...tokyo,
      additional_context: { [INVOICE_TAX_RATES_CONTEXT]: true },
    })
    expect(lines).toEqual([
      {
        rate_id: "txr_jct",
        rate: 10,
        code: "JCT",
        name: "Consumption tax",
        provider_id: "invoice",
        line_item_id: "cali_jam",
      },
      {
        rate_id: "txr_jct",
        rate: 10,
        code: "JCT",
        name: "Consumption tax",
        provider_id: "invoice",
        shipping_line_id: "casm_ems",
      },
    ])
  })
})
