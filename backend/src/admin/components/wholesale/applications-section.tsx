import { Badge, Button, Input, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDay } from "../../lib/format"
import {
  type AdminWholesaleApplication,
  approveApplication,
  listApplications,
  rejectApplication,
} from "../../lib/wholesale"
import { ServerErrorAlert } from "../server-error"

const FILTERS = ["pending", "approved", "rejected", "all"] as const

/** Buyer applications: pending first by default; staff approve or reject with a reason. */
export function ApplicationsSection() {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<string>("pending")
  const list = useQuery({
    queryKey: ["ovop", "wholesale-applications", status],
    queryFn: () => listApplications(status === "all" ? undefined : status),
  })
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="w-48">
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger aria-label={t("wholesale.applications.filter")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {FILTERS.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`wholesale.applicationStatuses.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {list.isLoading && <Text size="small">{t("producerGroups.common.loading")}</Text>}
      <ServerErrorAlert error={list.error} />
      {list.data && !list.data.wholesale_applications.length && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("wholesale.applications.none")}
        </Text>
      )}
      {!!list.data?.wholesale_applications.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("wholesale.applications.company")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.applications.contact")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.applications.volume")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.applications.applied")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.applications.status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.wholesale_applications.map((application) => (
              <Table.Row key={application.id}>
                <Table.Cell>
                  {application.company_name} ({application.country_code.toUpperCase()}),{" "}
                  {application.registration_number}
                </Table.Cell>
                <Table.Cell>
                  {application.contact_person}, {application.email}
                </Table.Cell>
                <Table.Cell>
                  {new Intl.NumberFormat(i18n.language, { style: "currency", currency: "USD" }).format(
                    application.expected_yearly_volume_usd,
                  )}
                </Table.Cell>
                <Table.Cell>{formatDay(application.created_at, i18n.language)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{t(`wholesale.applicationStatuses.${application.status}`)}</Badge>
                  {application.rejection_reason && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {application.rejection_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{application.status === "pending" && <Decision application={application} />}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

/** Approve, or reject with the reason the applicant will read. */
function Decision({ application }: { application: AdminWholesaleApplication }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const done = (message: string) => {
    toast.success(message)
    return client.invalidateQueries({ queryKey: ["ovop", "wholesale-applications"] })
  }
  const approve = useMutation({
    mutationFn: () => approveApplication(application.id),
    onSuccess: () => done(t("wholesale.applications.approved")),
  })
  const reject = useMutation({
    mutationFn: () => rejectApplication(application.id, reason),
    onSuccess: () => done(t("wholesale.applications.rejected")),
  })
  const prompt = usePrompt()
  // A rejection is sent at once and cannot be taken back: the dashboard asks first.
  const confirmReject = async () => {
    const confirmed = await prompt({
      title: t("wholesale.applications.confirmRejectTitle", { company: application.company_name }),
      description: t("wholesale.applications.confirmRejectDescription"),
      confirmText: t("wholesale.applications.sendRejection"),
      cancelText: t("wholesale.applications.keep"),
    })
    if (confirmed) reject.mutate()
  }
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex gap-x-2">
        <Button size="small" isLoading={approve.isPending} onClick={() => approve.mutate()}>
          {t("wholesale.applications.approve")}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setRejecting(!rejecting)}>
          {t("wholesale.applications.reject")}
        </Button>
      </div>
      {rejecting && (
        <div className="flex gap-x-2">
          <Input
            size="small"
            aria-label={t("wholesale.applications.reason")}
            placeholder={t("wholesale.applications.reason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            disabled={!reason.trim()}
            isLoading={reject.isPending}
            onClick={() => void confirmReject()}
          >
            {t("wholesale.applications.sendRejection")}
          </Button>
        </div>
      )}
      <ServerErrorAlert error={approve.error ?? reject.error} />
    </div>
  )
}
