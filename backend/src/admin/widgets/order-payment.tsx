import "../lib/kgs-currency"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { bankTransferData, providerNameKey } from "../lib/payment-providers"

type Payment = { id: string; provider_id: string; data?: Record<string, unknown> | null }

/**
 * How the order is paid, by name (Medusa's payment section prints the provider's raw id), and for
 * a bank transfer the reference to match and the account it was sent to, marked "Demo data" when
 * it is the local default's demo account.
 */
function OrderPaymentWidget({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) {
  const { t } = useTranslation()
  const payments = (order.payment_collections ?? []).flatMap(
    (collection) => (collection.payments ?? []) as unknown as Payment[],
  )
  if (!payments.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("payments.title")}</Heading>
      </div>
      {payments.map((payment) => {
        const nameKey = providerNameKey(payment.provider_id)
        const transfer = bankTransferData(payment.data)
        return (
          <div key={payment.id} className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small" weight="plus">
              {nameKey ? t(nameKey) : payment.provider_id}
            </Text>
            {transfer && (
              <dl className="txt-compact-small grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="text-ui-fg-subtle">{t("payments.reference")}</dt>
                <dd className="font-medium">{transfer.reference}</dd>
                {transfer.bank && (
                  <>
                    <dt className="text-ui-fg-subtle">{t("payments.account")}</dt>
                    <dd>
                      {transfer.bank.bank_name}, {transfer.bank.account_holder}, {transfer.bank.account_number}, BIK{" "}
                      {transfer.bank.bik}
                    </dd>
                  </>
                )}
              </dl>
            )}
            {transfer?.bank?.demo && (
              <div className="flex flex-col gap-y-1">
                <Badge size="2xsmall" color="orange" className="self-start">
                  {t("payments.demo")}
                </Badge>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("payments.demoNote")}
                </Text>
              </div>
            )}
          </div>
        )
      })}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderPaymentWidget
