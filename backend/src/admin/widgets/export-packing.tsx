import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type Packing = {
  cases_per_carton: number
  carton_cm: [number, number, number]
  carton_tare_kg: number
  case_tare_kg: number
}
type PackingAnswer = { export_packing: Packing; default: Packing }

/** The form's fields, in the order shown: each a whole number or a weight in kg. */
const FIELDS = [
  { key: "cases", whole: true, min: 1, max: 200 },
  { key: "length", whole: true, min: 5, max: 300 },
  { key: "width", whole: true, min: 5, max: 300 },
  { key: "height", whole: true, min: 5, max: 300 },
  { key: "cartonTare", whole: false, min: 0, max: 50 },
  { key: "caseTare", whole: false, min: 0, max: 50 },
] as const
type FieldKey = (typeof FIELDS)[number]["key"]
type Values = Record<FieldKey, string>

const valuesOf = (packing: Packing): Values => ({
  cases: String(packing.cases_per_carton),
  length: String(packing.carton_cm[0]),
  width: String(packing.carton_cm[1]),
  height: String(packing.carton_cm[2]),
  cartonTare: String(packing.carton_tare_kg),
  caseTare: String(packing.case_tare_kg),
})

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")))

/** True when `text` is a value the field takes: whole, or kg to the gram, within its bounds. */
function fits(field: (typeof FIELDS)[number], text: string): boolean {
  const value = numberOf(text)
  if (!Number.isFinite(value) || value < field.min || value > field.max) return false
  return field.whole ? Number.isInteger(value) : Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6
}

/**
 * On the store's settings page: how the association packs export orders (cases per master carton,
 * the carton's size and weight, a case's own weight), used by the packing list and the invoices'
 * gross weights (`/admin/wholesale/packing`). Orders already accepted keep the packing they had.
 */
function ExportPackingWidget() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const settings = useQuery({
    queryKey: ["export-packing"],
    queryFn: () => sdk.client.fetch<PackingAnswer>("/admin/wholesale/packing"),
  })
  const [values, setValues] = useState<Values | null>(null)
  useEffect(() => {
    if (settings.data) setValues(valuesOf(settings.data.export_packing))
  }, [settings.data])
  const save = useMutation({
    mutationFn: (packing: Packing) =>
      sdk.client.fetch<PackingAnswer>("/admin/wholesale/packing", { method: "POST", body: packing }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["export-packing"] }),
  })
  const invalid = values ? FIELDS.filter((field) => !fits(field, values[field.key])) : []
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("exportPacking.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("exportPacking.hint")}
      </Text>
      {values && (
        <form
          className="mt-4 flex flex-col gap-y-3"
          onSubmit={(event) => {
            event.preventDefault()
            if (invalid.length) return
            save.mutate({
              cases_per_carton: numberOf(values.cases),
              carton_cm: [numberOf(values.length), numberOf(values.width), numberOf(values.height)],
              carton_tare_kg: numberOf(values.cartonTare),
              case_tare_kg: numberOf(values.caseTare),
            })
          }}
        >
          <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
            {FIELDS.map((field) => (
              <div key={field.key} className="flex flex-col gap-y-1">
                <Label htmlFor={`export-packing-${field.key}`} size="small">
                  {t(`exportPacking.fields.${field.key}`)}
                </Label>
                <Input
                  id={`export-packing-${field.key}`}
                  inputMode={field.whole ? "numeric" : "decimal"}
                  autoComplete="off"
                  value={values[field.key]}
                  aria-invalid={!fits(field, values[field.key])}
                  onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
                />
              </div>
            ))}
          </div>
          <div className="flex items-center gap-x-2">
            <Button
              type="submit"
              size="small"
              variant="secondary"
              disabled={invalid.length > 0}
              isLoading={save.isPending}
            >
              {t("exportPacking.save")}
            </Button>
            {settings.data && (
              <Button
                type="button"
                size="small"
                variant="transparent"
                onClick={() => setValues(valuesOf(settings.data.default))}
              >
                {t("exportPacking.useDefault")}
              </Button>
            )}
          </div>
        </form>
      )}
      <Text size="small" className="mt-2" aria-live="polite">
        {invalid.length
          ? t("exportPacking.invalid", {
              fields: invalid.map((field) => t(`exportPacking.fields.${field.key}`)).join(", "),
            })
          : save.isSuccess
            ? t("exportPacking.saved")
            : save.isError
              ? t("exportPacking.failed")
              : ""}
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "store.details.after" })

export default ExportPackingWidget
