import { Alert, Button, Input, toast, usePrompt } from "@medusajs/ui"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import type { FieldError } from "../../lib/forms"
import {
  type AdminHarvestLot,
  checkProducedQuantity,
  type HarvestLotStatus,
  needsProducedQuantity,
  nextStatuses,
} from "../../lib/harvest"
import { useTransitionHarvestLot } from "../../lib/harvest-queries"
import { requestErrorMessage } from "../../lib/producer-groups"
import { EditDrawer } from "../edit-drawer"
import { FormField } from "../form-field"

/** A move the server refused, shown above the lot table until the next move. */
export type LotRefusal = { lotNumber: string; error: unknown }

/** The server's refusal of a move, under a lead-in in the dashboard's language. */
export function LotRefusalAlert({ refusal }: { refusal: LotRefusal | null }) {
  const { t } = useTranslation()
  if (!refusal) return null
  return (
    <Alert variant="error" role="alert">
      <span className="font-medium">{t("harvest.transition.refused", { lot: refusal.lotNumber })}</span>{" "}
      {requestErrorMessage(refusal.error) ?? t("harvest.common.requestFailed")}
    </Alert>
  )
}

/**
 * The moves a lot may make next, one button each (only what HARVEST_LOT_TRANSITIONS allows).
 * Becoming available asks for the produced quantity; writing off, a destructive move, is the
 * last and quietest button and asks for confirmation.
 */
export function LotActions({
  lot,
  onRefused,
}: {
  lot: AdminHarvestLot
  onRefused: (refusal: LotRefusal | null) => void
}) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const transition = useTransitionHarvestLot()
  const [askQuantity, setAskQuantity] = useState(false)
  // The destructive move last, so the everyday one comes first.
  const next = [...nextStatuses(lot.status)].sort((a, b) => Number(a === "expired") - Number(b === "expired"))

  const move = (to: HarvestLotStatus, producedQuantity?: number, onDone?: () => void) => {
    onRefused(null)
    transition.mutate(
      { id: lot.id, to, produced_quantity: producedQuantity },
      {
        onSuccess: () => {
          toast.success(t("harvest.transition.done", { lot: lot.lot_number, status: t(`harvest.statuses.${to}`) }))
          onDone?.()
        },
        onError: (error) => {
          // In the drawer the drawer shows it; otherwise above the table.
          if (!onDone) onRefused({ lotNumber: lot.lot_number, error })
        },
      },
    )
  }

  const click = async (to: HarvestLotStatus) => {
    if (needsProducedQuantity(lot.status, to)) {
      transition.reset()
      setAskQuantity(true)
      return
    }
    if (to === "expired") {
      const confirmed = await prompt({
        title: t("harvest.transition.confirmExpiredTitle", { lot: lot.lot_number }),
        description: t("harvest.transition.confirmExpiredDescription"),
        confirmText: t("harvest.transition.confirmExpired"),
        cancelText: t("harvest.common.cancel"),
      })
      if (!confirmed) return
    }
    move(to)
  }

  if (next.length === 0) return null
  return (
    <div className="flex flex-wrap gap-2">
      {next.map((to) => (
        <Button
          key={to}
          size="small"
          variant={to === "expired" ? "transparent" : "secondary"}
          disabled={transition.isPending}
          isLoading={transition.isPending && transition.variables?.to === to}
          onClick={(event) => {
            event.stopPropagation()
            void click(to)
          }}
        >
          {t(`harvest.transition.to.${to}`)}
        </Button>
      ))}
      {askQuantity && (
        <ProducedQuantityDrawer
          lot={lot}
          isSaving={transition.isPending}
          serverError={transition.error}
          onSubmit={(quantity) => move("available", quantity, () => setAskQuantity(false))}
          onClose={() => setAskQuantity(false)}
        />
      )}
    </div>
  )
}

/** Asks how many units a lot produced before it becomes available (they enter the stock). */
function ProducedQuantityDrawer({
  lot,
  isSaving,
  serverError,
  onSubmit,
  onClose,
}: {
  lot: AdminHarvestLot
  isSaving: boolean
  serverError: unknown
  onSubmit: (quantity: number) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const inputId = useId()
  const [value, setValue] = useState(lot.produced_quantity ? String(lot.produced_quantity) : "")
  const [error, setError] = useState<FieldError | undefined>()

  return (
    <EditDrawer
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("harvest.transition.producedTitle", { lot: lot.lot_number })}
      description={t("harvest.transition.producedDescription", { forecast: lot.forecast_quantity })}
      onSubmit={() => {
        const found = checkProducedQuantity(value)
        setError(found)
        if (!found) onSubmit(Number(value.trim()))
      }}
      isSaving={isSaving}
      serverError={serverError}
    >
      <FormField id={inputId} label={t("harvest.fields.produced")} error={error}>
        <Input
          id={inputId}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={value}
          aria-invalid={Boolean(error)}
          onChange={(event) => setValue(event.target.value)}
        />
      </FormField>
    </EditDrawer>
  )
}
