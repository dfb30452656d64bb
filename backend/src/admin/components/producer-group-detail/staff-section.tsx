import { LockClosedSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatPercent } from "../../lib/format"
import { checkStaffForm, type StaffField, type StaffFormValues, staffBody, staffFormFrom } from "../../lib/forms"
import {
  type AdminProducerGroupDetail,
  commissionFraction,
  PAYOUT_METHOD_VALUES,
  type PayoutMethod,
} from "../../lib/producer-groups"
import { useUpdateProducerGroup } from "../../lib/queries"
import { useCheckedForm } from "../../lib/use-checked-form"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"
import { SectionRow } from "../section-row"

// Radix Select items cannot have an empty value, so "no method yet" needs a name of its own.
const NO_METHOD = "none"

/** "Staff only": the marker on details the store never shows. */
function StaffOnlyBadge() {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color="orange" className="gap-x-1 whitespace-nowrap">
      <LockClosedSolid className="size-3" />
      {t("producerGroups.detail.staff.badge")}
    </Badge>
  )
}

/** The payout details of a group as one line ("Optima Bank, 1234…", "MegaPay, +996…"). */
function payoutDetailsText(group: AdminProducerGroupDetail): string {
  const details = group.payout_details ?? {}
  const parts =
    group.payout_method === "bank"
      ? [details.bank, details.account, details.bik && `BIC ${details.bik}`]
      : group.payout_method === "cash"
        ? []
        : [details.provider, details.phone]
  return parts.filter(Boolean).join(", ")
}

/** The leader, phone, payout and commission of a group: for staff, never shown in the store. */
export function StaffSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between gap-x-4">
          <Heading level="h2">{t("producerGroups.detail.staff.title")}</Heading>
          <Button size="small" variant="secondary" className="shrink-0" onClick={() => setEditing(true)}>
            {t("producerGroups.common.edit")}
          </Button>
        </div>
        <div className="flex flex-col items-start gap-y-1">
          <StaffOnlyBadge />
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.detail.staff.note")}
          </Text>
        </div>
      </div>
      <SectionRow label={t("producerGroups.fields.leaderName")} value={group.leader_name ?? ""} />
      <SectionRow label={t("producerGroups.fields.leaderPhone")} value={group.leader_phone ?? ""} />
      <SectionRow
        label={t("producerGroups.fields.payoutMethod")}
        value={
          group.payout_method
            ? t(`producerGroups.payoutMethods.${group.payout_method}`)
            : t("producerGroups.detail.staff.noPayoutMethod")
        }
      />
      {group.payout_method && (
        <SectionRow label={t("producerGroups.fields.payoutDetails")} value={payoutDetailsText(group)} />
      )}
      <SectionRow
        label={t("producerGroups.fields.commission")}
        value={formatPercent(commissionFraction(group), i18n.language)}
      />
      {editing && <EditStaffDrawer group={group} onClose={() => setEditing(false)} />}
    </Container>
  )
}

/** The drawer that edits the staff-only details. */
function EditStaffDrawer({ group, onClose }: { group: AdminProducerGroupDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const update = useUpdateProducerGroup(group.id)
  const { values, errors, change, validate, id, input } = useCheckedForm<StaffFormValues, StaffField>(
    () => staffFormFrom(group),
    checkStaffForm,
  )

  return (
    <FormDrawer
      title={t("producerGroups.detail.staff.editTitle")}
      description={t("producerGroups.detail.staff.note")}
      validate={validate}
      body={() => staffBody(values)}
      mutation={update}
      savedMessage={() => t("producerGroups.common.saved")}
      onClose={onClose}
    >
      <FormField
        id={id("leader_name")}
        label={t("producerGroups.fields.leaderName")}
        optional
        error={errors.leader_name}
      >
        <Input {...input("leader_name")} autoComplete="off" />
      </FormField>
      <FormField
        id={id("leader_phone")}
        label={t("producerGroups.fields.leaderPhone")}
        optional
        hint={t("producerGroups.fields.phoneHint")}
        error={errors.leader_phone}
      >
        <Input {...input("leader_phone")} type="tel" autoComplete="off" placeholder="+996 555 123 456" />
      </FormField>
      <FormField id={id("payout_method")} label={t("producerGroups.fields.payoutMethod")} error={errors.payout_method}>
        <Select
          value={values.payout_method || NO_METHOD}
          onValueChange={(method) =>
            // The items below are the methods and NO_METHOD, so the value is one of them.
            change({ ...values, payout_method: method === NO_METHOD ? "" : (method as PayoutMethod) })
          }
        >
          <Select.Trigger id={id("payout_method")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_METHOD}>{t("producerGroups.detail.staff.noPayoutMethod")}</Select.Item>
            {PAYOUT_METHOD_VALUES.map((method) => (
              <Select.Item key={method} value={method}>
                {t(`producerGroups.payoutMethods.${method}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      {values.payout_method === "bank" && (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField id={id("bank")} label={t("producerGroups.fields.bank")} optional error={errors.bank}>
            <Input {...input("bank")} />
          </FormField>
          <FormField id={id("account")} label={t("producerGroups.fields.account")} optional error={errors.account}>
            <Input {...input("account")} autoComplete="off" />
          </FormField>
          <FormField id={id("bik")} label={t("producerGroups.fields.bik")} optional error={errors.bik}>
            <Input {...input("bik")} inputMode="numeric" autoComplete="off" />
          </FormField>
        </div>
      )}
      {values.payout_method === "mobile_wallet" && (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField
            id={id("provider")}
            label={t("producerGroups.fields.walletProvider")}
            optional
            error={errors.provider}
          >
            <Input {...input("provider")} placeholder={t("producerGroups.fields.walletProviderPlaceholder")} />
          </FormField>
          <FormField
            id={id("wallet_phone")}
            label={t("producerGroups.fields.walletPhone")}
            optional
            error={errors.wallet_phone}
          >
            <Input {...input("wallet_phone")} type="tel" autoComplete="off" />
          </FormField>
        </div>
      )}
      <FormField
        id={id("commission_percent")}
        label={t("producerGroups.fields.commissionPercent")}
        hint={t("producerGroups.fields.commissionHint")}
        error={errors.commission_percent}
      >
        <Input {...input("commission_percent")} inputMode="decimal" autoComplete="off" />
      </FormField>
    </FormDrawer>
  )
}
