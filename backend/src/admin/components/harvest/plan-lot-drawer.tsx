import { Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useId, useMemo } from "react"
import { useTranslation } from "react-i18next"
import {
  checkPlanLotForm,
  emptyPlanLotForm,
  type PlanLotField,
  type PlanLotFormValues,
  planLotBody,
} from "../../lib/harvest"
import { useCreateHarvestLot, useHarvestProducts } from "../../lib/harvest-queries"
import { useCheckedForm } from "../../lib/use-checked-form"
import { EditDrawer } from "../edit-drawer"
import { FormField } from "../form-field"

/**
 * The "plan a lot" drawer: the variant is picked from the products, the rest is checked with
 * the API's rules before sending; the server's refusal (it names the field) is shown as well.
 */
export function PlanLotDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const idPrefix = useId()
  const products = useHarvestProducts()
  const create = useCreateHarvestLot()
  const { values, errors, change, validate } = useCheckedForm<PlanLotFormValues, PlanLotField>(
    emptyPlanLotForm,
    checkPlanLotForm,
  )
  const id = (name: PlanLotField) => `${idPrefix}-${name}`

  // Products that have variants, alphabetically, for the picker.
  const choices = useMemo(
    () =>
      (products.data ?? [])
        .filter((product) => (product.variants ?? []).length > 0)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [products.data],
  )

  const field = (name: Exclude<PlanLotField, "variant_id">) => ({
    id: id(name),
    value: values[name],
    "aria-invalid": Boolean(errors[name]),
    onChange: (event: { target: { value: string } }) => change({ ...values, [name]: event.target.value }),
  })

  const submit = () => {
    if (!validate()) return
    create.mutate(planLotBody(values), {
      onSuccess: (lot) => {
        toast.success(t("harvest.plan.created", { lot: lot.lot_number }))
        onClose()
      },
    })
  }

  return (
    <EditDrawer
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("harvest.plan.title")}
      description={t("harvest.plan.description")}
      onSubmit={submit}
      isSaving={create.isPending}
      serverError={create.error}
    >
      <FormField
        id={id("lot_number")}
        label={t("harvest.fields.lotNumber")}
        hint={t("harvest.plan.lotNumberHint")}
        error={errors.lot_number}
      >
        <Input {...field("lot_number")} autoComplete="off" />
      </FormField>
      <FormField
        id={id("variant_id")}
        label={t("harvest.fields.product")}
        hint={t("harvest.plan.variantHint")}
        error={errors.variant_id}
      >
        {products.isError ? (
          <Text size="small" className="text-ui-fg-error">
            {t("harvest.common.productsLoadError")}
          </Text>
        ) : (
          <Select value={values.variant_id} onValueChange={(value) => change({ ...values, variant_id: value })}>
            <Select.Trigger id={id("variant_id")} aria-invalid={Boolean(errors.variant_id)}>
              <Select.Value
                placeholder={products.isLoading ? t("harvest.common.loading") : t("harvest.plan.variantPlaceholder")}
              />
            </Select.Trigger>
            <Select.Content>
              {choices.map((product) => (
                <Select.Group key={product.id}>
                  <Select.Label>{product.title}</Select.Label>
                  {(product.variants ?? []).map((variant) => (
                    <Select.Item key={variant.id} value={variant.id}>
                      {variant.title || product.title}
                      {variant.sku ? ` (${variant.sku})` : ""}
                    </Select.Item>
                  ))}
                </Select.Group>
              ))}
            </Select.Content>
          </Select>
        )}
      </FormField>
      <FormField
        id={id("forecast_quantity")}
        label={t("harvest.fields.forecast")}
        hint={t("harvest.plan.forecastHint")}
        error={errors.forecast_quantity}
      >
        <Input {...field("forecast_quantity")} type="number" min={0} step={1} inputMode="numeric" />
      </FormField>
      <FormField
        id={id("produced_quantity")}
        label={t("harvest.fields.produced")}
        optional
        error={errors.produced_quantity}
      >
        <Input {...field("produced_quantity")} type="number" min={0} step={1} inputMode="numeric" />
      </FormField>
      <FormField
        id={id("production_date")}
        label={t("harvest.fields.productionDate")}
        optional
        error={errors.production_date}
      >
        <Input {...field("production_date")} type="date" />
      </FormField>
      <FormField id={id("best_before")} label={t("harvest.fields.bestBefore")} optional error={errors.best_before}>
        <Input {...field("best_before")} type="date" />
      </FormField>
      <FormField
        id={id("expected_shipping_month")}
        label={t("harvest.fields.shippingMonth")}
        optional
        hint={t("harvest.plan.shippingMonthHint")}
        error={errors.expected_shipping_month}
      >
        <Input {...field("expected_shipping_month")} type="month" placeholder="2025-09" />
      </FormField>
      <FormField id={id("note")} label={t("harvest.fields.note")} optional error={errors.note}>
        <Textarea {...field("note")} rows={3} />
      </FormField>
    </EditDrawer>
  )
}
