import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type PayoutSettings = { payout_settings: { default_commission_rate: number } }

/** "15" for 0.15: the rate as the percent staff type. */
const percentOf = (rate: number) => String(Math.round(rate * 10_000) / 100)

/**
 * On the store's settings page: the association's default commission, the rate a new producer
 * group is charged unless staff set its own (`/admin/payouts/settings`). Existing groups keep theirs.
 */
function DefaultCommissionWidget() {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const settings = useQuery({
    queryKey: ["payout-settings"],
    queryFn: () => sdk.client.fetch<PayoutSettings>("/admin/payouts/settings"),
  })
  const [percent, setPercent] = useState("")
  useEffect(() => {
    if (settings.data) setPercent(percentOf(settings.data.payout_settings.default_commission_rate))
  }, [settings.data])
  const save = useMutation({
    mutationFn: (rate: number) =>
      sdk.client.fetch<PayoutSettings>("/admin/payouts/settings", {
        method: "POST",
        body: { default_commission_rate: rate },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["payout-settings"] }),
  })
  const parsed = Number(percent.replace(",", "."))
  const valid = percent.trim() !== "" && Number.isFinite(parsed) && parsed >= 0 && parsed <= 50
  const current = settings.data
    ? new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 2 }).format(
        settings.data.payout_settings.default_commission_rate,
      )
    : ""
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("commissionDefault.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("commissionDefault.hint", { current })}
      </Text>
      <form
        className="mt-4 flex items-end gap-x-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) save.mutate(Math.round(parsed * 100) / 10_000)
        }}
      >
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="default-commission" size="small">
            {t("commissionDefault.label")}
          </Label>
          <Input
            id="default-commission"
            inputMode="decimal"
            autoComplete="off"
            value={percent}
            aria-invalid={!valid}
            onChange={(event) => setPercent(event.target.value)}
          />
        </div>
        <Button type="submit" size="small" variant="secondary" disabled={!valid} isLoading={save.isPending}>
          {t("commissionDefault.save")}
        </Button>
      </form>
      <Text size="small" className="mt-2" aria-live="polite">
        {!valid
          ? t("commissionDefault.invalid")
          : save.isSuccess
            ? t("commissionDefault.saved")
            : save.isError
              ? t("commissionDefault.failed")
              : ""}
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "store.details.after" })

export default DefaultCommissionWidget
