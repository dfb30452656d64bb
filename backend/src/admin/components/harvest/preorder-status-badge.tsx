import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { PreorderStatus } from "../../lib/preorders"

const preorderStatusColor: Record<PreorderStatus, "grey" | "blue" | "green" | "orange" | "red" | "purple"> = {
  waiting: "blue",
  allocated: "green",
  moved: "purple",
  refund_due: "red",
  released: "grey",
}

/** Where a pre-order booking stands: waiting, served, moved to the next lot, owed a refund or released. */
export function PreorderStatusBadge({ status }: { status: PreorderStatus }) {
  const { t } = useTranslation()
  return (
    <StatusBadge color={preorderStatusColor[status] ?? "grey"}>{t(`harvest.preorderStatuses.${status}`)}</StatusBadge>
  )
}
