import { Badge, Button, Container, Heading, Input, Tabs, Text, Textarea, toast } from "@medusajs/ui"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  checkTranslationForm,
  type FieldErrors,
  hasNoErrors,
  missingTranslatedFields,
  type TranslationFormValues,
  translationFormFrom,
  translationText,
} from "../../lib/forms"
import {
  type AdminProducerGroupDetail,
  TRANSLATED_FIELDS,
  TRANSLATION_LOCALES,
  type TranslatedField,
  type TranslationLocale,
} from "../../lib/producer-groups"
import { useUpdateProducerGroup } from "../../lib/queries"
import { FormField } from "../form-field"
import { ServerErrorAlert } from "../server-error"

/** How much of a language is filled in, for the tab and the form's heading. */
function CompletenessBadge({ missing }: { missing: number }) {
  const { t } = useTranslation()
  return missing === 0 ? (
    <Badge size="2xsmall" color="green">
      {t("producerGroups.detail.translations.complete")}
    </Badge>
  ) : (
    <Badge size="2xsmall" color="orange">
      {t("producerGroups.detail.translations.missing", { count: missing })}
    </Badge>
  )
}

/**
 * The group's text in Japanese, Russian and Kyrgyz, one tab each; English is the group's own
 * fields. Each tab says what it still lacks; the store falls back to English for missing text.
 */
export function TranslationsSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t } = useTranslation()
  const [locale, setLocale] = useState<TranslationLocale>("ru")

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("producerGroups.detail.translations.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("producerGroups.detail.translations.description")}
        </Text>
      </div>
      <Tabs
        value={locale}
        // The triggers below are the locales, so the value is one of them.
        onValueChange={(value) => setLocale(value as TranslationLocale)}
        className="px-6 py-4"
      >
        <Tabs.List>
          {TRANSLATION_LOCALES.map((code) => (
            <Tabs.Trigger key={code} value={code} className="gap-x-2">
              {t(`producerGroups.locales.${code}`)}
              <CompletenessBadge missing={missingTranslatedFields(group.translations[code]).length} />
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {TRANSLATION_LOCALES.map((code) => (
          <Tabs.Content key={code} value={code} className="pt-4">
            {/* Keyed by the stored text, so the form restarts from what was saved. */}
            <TranslationForm key={JSON.stringify(group.translations[code] ?? {})} group={group} locale={code} />
          </Tabs.Content>
        ))}
      </Tabs>
    </Container>
  )
}

/** The form of one language; a field left empty is shown as missing. */
function TranslationForm({ group, locale }: { group: AdminProducerGroupDetail; locale: TranslationLocale }) {
  const { t } = useTranslation()
  const idPrefix = useId()
  const update = useUpdateProducerGroup(group.id)
  const stored = translationFormFrom(group.translations[locale])
  const [values, setValues] = useState<TranslationFormValues>(stored)
  const [errors, setErrors] = useState<FieldErrors<TranslatedField>>({})
  const missing = new Set(missingTranslatedFields(values))
  const changed = TRANSLATED_FIELDS.some((field) => values[field].trim() !== stored[field].trim())

  const field = (name: TranslatedField) => ({
    id: `${idPrefix}-${name}`,
    value: values[name],
    "aria-invalid": Boolean(errors[name]),
    onChange: (event: { target: { value: string } }) => {
      const next = { ...values, [name]: event.target.value }
      setValues(next)
      setErrors(checkTranslationForm(next))
    },
  })

  const submit = () => {
    const found = checkTranslationForm(values)
    setErrors(found)
    if (!hasNoErrors(found)) return
    update.mutate(
      { translations: { [locale]: translationText(values) } },
      { onSuccess: () => toast.success(t("producerGroups.detail.translations.saved")) },
    )
  }

  const label = (name: TranslatedField) =>
    missing.has(name)
      ? `${t(`producerGroups.fields.${name}`)} · ${t("producerGroups.detail.translations.missingField")}`
      : t(`producerGroups.fields.${name}`)

  return (
    <form
      noValidate
      className="flex flex-col gap-y-4"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <FormField
        id={`${idPrefix}-name`}
        label={label("name")}
        hint={t("producerGroups.detail.translations.english", { text: group.name })}
        error={errors.name}
      >
        <Input {...field("name")} lang={locale} />
      </FormField>
      <FormField
        id={`${idPrefix}-village`}
        label={label("village")}
        hint={t("producerGroups.detail.translations.english", { text: group.village })}
        error={errors.village}
      >
        <Input {...field("village")} lang={locale} />
      </FormField>
      <FormField
        id={`${idPrefix}-craft`}
        label={label("craft")}
        hint={t("producerGroups.detail.translations.english", { text: group.craft })}
        error={errors.craft}
      >
        <Input {...field("craft")} lang={locale} />
      </FormField>
      <FormField
        id={`${idPrefix}-story`}
        label={label("story")}
        hint={t("producerGroups.detail.translations.storyHint")}
        error={errors.story}
      >
        <Textarea {...field("story")} lang={locale} rows={6} placeholder={group.story} />
      </FormField>
      <ServerErrorAlert error={update.error} />
      <div className="flex items-center justify-end gap-x-2">
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={!changed || update.isPending}
          onClick={() => {
            setValues(stored)
            setErrors({})
          }}
        >
          {t("producerGroups.detail.translations.discard")}
        </Button>
        <Button size="small" type="submit" disabled={!changed} isLoading={update.isPending}>
          {t("producerGroups.detail.translations.save")}
        </Button>
      </div>
    </form>
  )
}
