import { Badge, Input, Label, Table, Text } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { formatMonth } from "../../lib/harvest"
import { useLowStock } from "../../lib/harvest-queries"
import { DEFAULT_LOW_STOCK_THRESHOLD, MAX_LOW_STOCK_THRESHOLD, parseThreshold } from "../../lib/preorders"
import { ListTable } from "../list-table"
import { LotStatusBadge } from "./lot-status-badge"

// How long typing may pause before the list follows the new threshold.
const THRESHOLD_DELAY_MS = 400

/**
 * Variants running low on the shelf (at or below a threshold staff can change), lowest first,
 * each with the next planned or producing lot, so staff see what is coming and what to plan.
 * The threshold lives in the URL, so a reload or a shared link keeps it.
 */
export function LowStockSection() {
  const { t, i18n } = useTranslation()
  const inputId = useId()
  const [searchParams, setSearchParams] = useSearchParams()
  const threshold = parseThreshold(searchParams.get("threshold")) ?? DEFAULT_LOW_STOCK_THRESHOLD
  const [draft, setDraft] = useState(String(threshold))
  const draftValue = parseThreshold(draft)

  useEffect(() => {
    if (draftValue === undefined || draftValue === threshold) return
    const timer = setTimeout(() => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (draftValue === DEFAULT_LOW_STOCK_THRESHOLD) next.delete("threshold")
          else next.set("threshold", String(draftValue))
          return next
        },
        { replace: true },
      )
    }, THRESHOLD_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draftValue, threshold, setSearchParams])

  const { data, isLoading, isError, isFetching } = useLowStock(threshold)
  const variants = data?.variants ?? []

  return (
    <div className="divide-y">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle max-w-xl">
          {t("harvest.lowStock.description")}
        </Text>
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" htmlFor={inputId}>
            {t("harvest.lowStock.thresholdLabel")}
          </Label>
          <Input
            id={inputId}
            size="small"
            className="w-32"
            type="number"
            min={0}
            max={MAX_LOW_STOCK_THRESHOLD}
            step={1}
            inputMode="numeric"
            value={draft}
            aria-invalid={draftValue === undefined}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => setDraft(event.target.value)}
          />
          <Text
            id={`${inputId}-hint`}
            size="xsmall"
            className={draftValue === undefined ? "text-ui-fg-error" : "text-ui-fg-muted"}
          >
            {draftValue === undefined
              ? t("harvest.lowStock.thresholdInvalid", { max: MAX_LOW_STOCK_THRESHOLD })
              : t("harvest.lowStock.thresholdHint")}
          </Text>
        </div>
      </div>

      <ListTable
        scope="harvest"
        className="overflow-x-auto"
        busy={isFetching}
        isLoading={isLoading}
        isError={isError}
        errorText={t("harvest.lowStock.loadError")}
        isEmpty={variants.length === 0}
        empty={{
          title: t("harvest.lowStock.emptyTitle"),
          message: t("harvest.lowStock.emptyMessage", { count: threshold }),
        }}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("harvest.fields.product")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.lowStock.skuColumn")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.lowStock.onShelfColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.lowStock.nextLotColumn")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.lowStock.forecastColumn")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.lowStock.preorderedColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.shippingMonth")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {variants.map((variant) => {
              const next = variant.next_lot
              const variantTitle = variant.variant_title?.trim()
              return (
                <Table.Row key={variant.variant_id}>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span className="text-ui-fg-base font-medium">
                        {variant.product_title ?? t("harvest.common.unknownVariant")}
                      </span>
                      {variantTitle && variantTitle !== variant.product_title && (
                        <span className="text-ui-fg-subtle txt-compact-xsmall">{variantTitle}</span>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{variant.sku ?? "—"}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    <Badge size="2xsmall" color={variant.on_shelf === 0 ? "red" : "orange"}>
                      {variant.on_shelf === 0 ? t("harvest.lowStock.soldOut") : variant.on_shelf}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {next ? (
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="text-ui-fg-base font-medium">{next.lot_number}</span>
                        <LotStatusBadge status={next.status} />
                      </div>
                    ) : (
                      <span className="text-ui-fg-muted">{t("harvest.lowStock.nothingPlanned")}</span>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{next ? next.forecast_quantity : "—"}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{next ? next.preordered_quantity : "—"}</Table.Cell>
                  <Table.Cell>{next ? formatMonth(next.expected_shipping_month, i18n.language) : "—"}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </ListTable>
    </div>
  )
}
