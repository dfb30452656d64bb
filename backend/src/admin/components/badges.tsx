import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CertificateState, ProducerGroupStatus } from "../lib/producer-groups"

const statusColor: Record<ProducerGroupStatus, "green" | "orange"> = { active: "green", paused: "orange" }

/** A group's status: green when it sells, orange while paused. */
export function ProducerGroupStatusBadge({ status }: { status: ProducerGroupStatus }) {
  const { t } = useTranslation()
  return <StatusBadge color={statusColor[status]}>{t(`producerGroups.statuses.${status}`)}</StatusBadge>
}

const certificateColor: Record<CertificateState, "green" | "red" | "blue" | "grey"> = {
  valid: "green",
  expired: "red",
  not_yet_valid: "blue",
  none: "grey",
}

/** Where a group's brand certificate stands today. */
export function CertificateStateBadge({ state }: { state: CertificateState }) {
  const { t } = useTranslation()
  return <StatusBadge color={certificateColor[state]}>{t(`producerGroups.certificateStates.${state}`)}</StatusBadge>
}
