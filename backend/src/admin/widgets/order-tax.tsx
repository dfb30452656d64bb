import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { formatMoney, isImportChargesLine, isTaxBreakdown, JAPAN, resolveLocale } from "@ovop/domain"
import { useTranslation } from "react-i18next"

/**
 * The tax the order's prices include, per rate, as checkout stored it (`metadata.ovop_tax`,
 * README: Money and tax): the figures of the confirmation email and the order page, to the unit.
 */
function OrderTaxWidget({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) {
  const { t, i18n } = useTranslation()
  const breakdown = order.metadata?.ovop_tax
  // Money in the dashboard's language (English or Russian), by the shop's one money rule.
  const locale = resolveLocale(i18n.language) === "ru" ? "ru" : "en"
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  // Japan: the duty-and-tax line the order was charged (duty paid), or no Japanese tax at all (duty unpaid).
  const dutyLines = (order.items ?? []).filter((item) => isImportChargesLine(item))
  const importCharges = dutyLines.reduce((sum, item) => sum + Number(item.total ?? 0), 0)
  const toJapan = order.shipping_address?.country_code?.toLowerCase() === JAPAN.country
  const japanNote = !toJapan ? null : dutyLines.length ? (
    <div className="px-6 py-4">
      <Text size="small" weight="plus">
        {t("orderTax.dutyPaid")}: {money(importCharges)}
      </Text>
    </div>
  ) : (
    <div className="px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {t("orderTax.dutyUnpaid")}
      </Text>
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("orderTax.title")}</Heading>
      </div>
      {isTaxBreakdown(breakdown) && breakdown.rates.length ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <table className="txt-compact-small w-full">
            <thead>
              <tr className="text-ui-fg-subtle">
                <th className="text-left font-normal">{t("orderTax.rate")}</th>
                <th className="text-right font-normal">{t("orderTax.gross")}</th>
                <th className="text-right font-normal">{t("orderTax.tax")}</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.rates.map((rate) => (
                <tr key={rate.rate}>
                  <td>
                    {rate.rate}%{rate.code ? ` (${rate.code})` : ""}
                  </td>
                  <td className="text-right">{money(rate.gross)}</td>
                  <td className="text-right">{money(rate.tax)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text size="small" weight="plus">
            {t("orderTax.total")}: {money(breakdown.tax_total)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("orderTax.note")}
          </Text>
        </div>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("orderTax.none")}
          </Text>
        </div>
      )}
      {japanNote}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderTaxWidget
