import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { type AdminHarvestLot, type HarvestLotStatus, isPastBestBeforeLot, todayInBishkek } from "../../lib/harvest"

/** The badge colour of each status (also used where a lot shows by its number). */
export const lotStatusColor: Record<HarvestLotStatus, "grey" | "blue" | "green" | "orange" | "red"> = {
  planned: "grey",
  in_production: "blue",
  available: "green",
  sold_out: "orange",
  expired: "red",
}

/**
 * Where a harvest lot is in its life. Given the lot, an available lot past its best-before day
 * shows as expired (it is no longer sold; the daily job will mark it so).
 */
export function LotStatusBadge({
  status,
  lot,
}: {
  status: HarvestLotStatus
  lot?: Pick<AdminHarvestLot, "status" | "best_before">
}) {
  const { t } = useTranslation()
  if (lot && isPastBestBeforeLot(lot, todayInBishkek())) {
    return <StatusBadge color="red">{t("harvest.statuses.pastBestBefore")}</StatusBadge>
  }
  return <StatusBadge color={lotStatusColor[status]}>{t(`harvest.statuses.${status}`)}</StatusBadge>
}
