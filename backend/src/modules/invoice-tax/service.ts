import type { ITaxProvider, TaxTypes } from "@medusajs/framework/types"

/** Asked for in `additional_context` by `orderTaxBreakdown`: the rates that apply, as tax lines. */
export const INVOICE_TAX_RATES_CONTEXT = "ovop_invoice_tax_rates"

/**
 * The tax provider of the shop's tax-inclusive regions (Kyrgyzstan, Japan): it gives Medusa's
 * cart and order flows no tax lines, so every amount Medusa stores and totals stays what the
 * whole tax-inclusive prices make it (Medusa would split each line by its rate and keep fractions
 * of a yen). The tax those prices include is computed once per rate per order by the domain's
 * `taxBreakdown` and kept on the order (`metadata.ovop_tax`, see `lib/order-tax.ts`).
 *
 * Asked with `additional_context.ovop_invoice_tax_rates`, it answers the rates Medusa matched
 * for each line (default rate, province, product and shipping-option rules), as Medusa's system
 * provider does: that is how the breakdown reads the rates staff configure on the tax regions.
 */
export default class InvoiceTaxProvider implements ITaxProvider {
  static identifier = "invoice"

  /** The provider's identifier (`tp_invoice_ovop` once registered with id `ovop`). */
  getIdentifier(): string {
    return InvoiceTaxProvider.identifier
  }

  /** No tax lines for Medusa's flows; the matched rates when the order breakdown asks for them. */
  async getTaxLines(
    itemLines: TaxTypes.ItemTaxCalculationLine[],
    shippingLines: TaxTypes.ShippingTaxCalculationLine[],
    context: TaxTypes.TaxCalculationContext,
  ): Promise<(TaxTypes.ItemTaxLineDTO | TaxTypes.ShippingTaxLineDTO)[]> {
    if (context.additional_context?.[INVOICE_TAX_RATES_CONTEXT] !== true) return []
    const provider_id = this.getIdentifier()
    const lineOf = (rate: TaxTypes.TaxRateDTO) => ({
      rate_id: rate.id,
      rate: rate.rate || 0,
      name: rate.name,
      code: rate.code,
      provider_id,
    })
    return [
      ...itemLines.flatMap((line) => line.rates.map((rate) => ({ ...lineOf(rate), line_item_id: line.line_item.id }))),
      ...shippingLines.flatMap((line) =>
        line.rates.map((rate) => ({ ...lineOf(rate), shipping_line_id: line.shipping_line.id })),
      ),
    ]
  }
}
