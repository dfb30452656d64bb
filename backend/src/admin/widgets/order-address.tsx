import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { formatPostalAddress, resolveLocale } from "@ovop/domain"
import { useState } from "react"
import { useTranslation } from "react-i18next"

/**
 * The order's delivery address laid out as its country writes it (`formatPostalAddress`), for the
 * parcel's label: Medusa's own address card prints every country in one Western order, while a
 * Japanese address reads 〒, prefecture, city, street, building, then the name with 様.
 */
function OrderAddressWidget({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) {
  const { t, i18n } = useTranslation()
  const [copied, setCopied] = useState(false)
  // The dashboard's language (English or Russian) names the country of an address abroad.
  const locale = resolveLocale(i18n.language) === "ru" ? "ru" : "en"
  const lines = order.shipping_address ? formatPostalAddress(order.shipping_address, locale) : []

  const copy = async () => {
    await navigator.clipboard.writeText(lines.join("\n"))
    setCopied(true)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("orderAddress.title")}</Heading>
        {lines.length ? (
          <Button size="small" variant="secondary" onClick={() => void copy()}>
            {copied ? t("orderAddress.copied") : t("orderAddress.copy")}
          </Button>
        ) : null}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {lines.length ? (
          <address
            className="txt-compact-small not-italic"
            lang={order.shipping_address?.country_code === "jp" ? "ja" : undefined}
          >
            {lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an address's lines have no id, and two may read alike.
              <Text key={index} size="small">
                {line}
              </Text>
            ))}
          </address>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("orderAddress.none")}
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("orderAddress.note")}
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderAddressWidget
