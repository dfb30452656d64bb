import { Input, Select, Textarea } from "@medusajs/ui"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import type { FieldErrors, GeneralField, GeneralFormValues } from "../lib/forms"
import { DISTRICTS, type District } from "../lib/producer-groups"
import { FormField } from "./form-field"

type GeneralFieldsProps = {
  values: GeneralFormValues
  errors: FieldErrors<GeneralField>
  onChange: (values: GeneralFormValues) => void
  /** A new group may leave the handle to the server; a stored one keeps its handle. */
  handleOptional: boolean
}

/** The general fields of a group, shared by the create form and the edit drawer. */
export function GeneralFields({ values, errors, onChange, handleOptional }: GeneralFieldsProps) {
  const { t } = useTranslation()
  const idPrefix = useId()
  const id = (field: GeneralField) => `${idPrefix}-${field}`
  const text = (field: Exclude<GeneralField, "district">) => ({
    id: id(field),
    value: values[field],
    "aria-invalid": Boolean(errors[field]),
    onChange: (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value }),
  })

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id={id("name")} label={t("producerGroups.fields.name")} error={errors.name}>
          <Input {...text("name")} autoComplete="off" />
        </FormField>
        <FormField
          id={id("handle")}
          label={t("producerGroups.fields.handle")}
          optional={handleOptional}
          hint={t(handleOptional ? "producerGroups.fields.handleHintNew" : "producerGroups.fields.handleHint")}
          error={errors.handle}
        >
          <Input {...text("handle")} autoComplete="off" placeholder="kyzyl-suu-jam" />
        </FormField>
        <FormField id={id("village")} label={t("producerGroups.fields.village")} error={errors.village}>
          <Input {...text("village")} autoComplete="off" />
        </FormField>
        <FormField id={id("district")} label={t("producerGroups.fields.district")} error={errors.district}>
          <Select
            value={values.district || undefined}
            // The items below are the districts, so the value is one of them.
            onValueChange={(district) => onChange({ ...values, district: district as District })}
          >
            <Select.Trigger id={id("district")} aria-invalid={Boolean(errors.district)}>
              <Select.Value placeholder={t("producerGroups.fields.districtPlaceholder")} />
            </Select.Trigger>
            <Select.Content>
              {DISTRICTS.map((district) => (
                <Select.Item key={district} value={district}>
                  {t(`producerGroups.districts.${district}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id={id("member_count")} label={t("producerGroups.fields.memberCount")} error={errors.member_count}>
          <Input {...text("member_count")} type="number" min={0} step={1} inputMode="numeric" />
        </FormField>
        <FormField
          id={id("women_member_count")}
          label={t("producerGroups.fields.womenMemberCount")}
          hint={t("producerGroups.fields.womenMemberCountHint")}
          error={errors.women_member_count}
        >
          <Input {...text("women_member_count")} type="number" min={0} step={1} inputMode="numeric" />
        </FormField>
        <FormField
          id={id("founded_year")}
          label={t("producerGroups.fields.foundedYear")}
          optional
          error={errors.founded_year}
        >
          <Input {...text("founded_year")} type="number" min={1900} step={1} inputMode="numeric" />
        </FormField>
      </div>
      <FormField
        id={id("craft")}
        label={t("producerGroups.fields.craft")}
        hint={t("producerGroups.fields.craftHint")}
        error={errors.craft}
      >
        <Input {...text("craft")} />
      </FormField>
      <FormField
        id={id("story")}
        label={t("producerGroups.fields.story")}
        hint={t("producerGroups.fields.storyHint")}
        error={errors.story}
      >
        <Textarea {...text("story")} rows={6} />
      </FormField>
    </div>
  )
}
