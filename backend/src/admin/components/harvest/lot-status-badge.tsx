import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { HarvestLotStatus } from "../../lib/harvest"

/** The badge colour of each status (also used where a lot shows by its number). */
export const lotStatusColor: Record<HarvestLotStatus, "grey" | "blue" | "green" | "orange" | "red"> = {
  planned: "grey",
  in_production: "blue",
  available: "green",
  sold_out: "orange",
  expired: "red",
}

/** Where a harvest lot is in its life. */
export function LotStatusBadge({ status }: { status: HarvestLotStatus }) {
  const { t } = useTranslation()
  return <StatusBadge color={lotStatusColor[status]}>{t(`harvest.statuses.${status}`)}</StatusBadge>
}
