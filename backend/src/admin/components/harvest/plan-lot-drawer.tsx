import { Input, Select, Text, Textarea } from "@medusajs/ui"
import { useMemo } from "react"
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
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"

/**
 * The "plan a lot" drawer: the variant is picked from the products, the rest is checked with
 * the API's rules before sending; the server's refusal (it names the field) is shown as well.
 */
export function PlanLotDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const products = useHarvestProducts()
  const create = useCreateHarvestLot()
  const { values, errors, change, validate, id, input } = useCheckedForm<PlanLotFormValues, PlanLotField>(
    emptyPlanLotForm,
    checkPlanLotForm,
  )

  // Products that have variants, alphabetically, for the picker.
  const choices = useMemo(
    () =>
      (products.data ?? [])
        .filter((product) => (product.variants ?? []).length > 0)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [products.data],
  )

  return (
    <FormDrawer
      title={t("harvest.plan.title")}
      description={t("harvest.plan.description")}
      validate={validate}
      body={() => planLotBody(values)}
      mutation={create}
      savedMessage={(lot) => t("harvest.plan.created", { lot: lot.lot_number })}
      onClose={onClose}
    >
      <FormField
        id={id("lot_number")}
        label={t("harvest.fields.lotNumber")}
        hint={t("harvest.plan.lotNumberHint")}
        error={errors.lot_number}
      >
        <Input {...input("lot_number")} autoComplete="off" />
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
        <Input {...input("forecast_quantity")} type="number" min={0} step={1} inputMode="numeric" />
      </FormField>
      <FormField
        id={id("produced_quantity")}
        label={t("harvest.fields.produced")}
        optional
        error={errors.produced_quantity}
      >
        <Input {...input("produced_quantity")} type="number" min={0} step={1} inputMode="numeric" />
      </FormField>
      <FormField
        id={id("production_date")}
        label={t("harvest.fields.productionDate")}
        optional
        error={errors.production_date}
      >
        <Input {...input("production_date")} type="date" />
      </FormField>
      <FormField id={id("best_before")} label={t("harvest.fields.bestBefore")} optional error={errors.best_before}>
        <Input {...input("best_before")} type="date" />
      </FormField>
      <FormField
        id={id("expected_shipping_month")}
        label={t("harvest.fields.shippingMonth")}
        optional
        hint={t("harvest.plan.shippingMonthHint")}
        error={errors.expected_shipping_month}
      >
        <Input {...input("expected_shipping_month")} type="month" placeholder="2025-09" />
      </FormField>
      <FormField id={id("note")} label={t("harvest.fields.note")} optional error={errors.note}>
        <Textarea {...input("note")} rows={3} />
      </FormField>
    </FormDrawer>
  )
}
