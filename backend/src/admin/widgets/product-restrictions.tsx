import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { parseRestrictions, RESTRICTIONS_METADATA_KEY, resolveLocale, restrictionsOf } from "@ovop/domain"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type RestrictionSource = { metadata?: Record<string, unknown> | null; categories?: RestrictionCategory[] | null }
type RestrictionCategory = { name?: string | null; handle?: string | null; metadata?: Record<string, unknown> | null }

/**
 * Goods that may not enter (read-only): the countries the product may not be sent to, its own and
 * its categories' (`metadata.ovop_restrictions`, README: Goods that may not enter), with the reason
 * in the dashboard's language, and any entry that cannot be read (which restricts nothing).
 */
function ProductRestrictionsWidget({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) {
  const { t, i18n } = useTranslation()
  const locale = resolveLocale(i18n.language) === "ru" ? "ru" : "en"
  // The product page's own product lacks its categories' metadata: read it once.
  const { data, isLoading, isError } = useQuery({
    queryKey: ["ovop-product-restrictions", product.id],
    queryFn: async (): Promise<RestrictionSource> =>
      (
        await sdk.admin.product.retrieve(product.id, {
          fields: "id,metadata,categories.name,categories.handle,categories.metadata",
        })
      ).product as RestrictionSource,
  })
  const restrictions = data ? restrictionsOf(data) : []
  const problems = data
    ? [
        ...parseRestrictions(data.metadata?.[RESTRICTIONS_METADATA_KEY]).problems,
        ...(data.categories ?? []).flatMap((category) =>
          parseRestrictions(category.metadata?.[RESTRICTIONS_METADATA_KEY]).problems.map(
            (problem) => `${category.handle}: ${problem}`,
          ),
        ),
      ]
    : []
  const country = (code: string) =>
    new Intl.DisplayNames([locale === "ru" ? "ru" : "en"], { type: "region" }).of(code.toUpperCase()) ?? code
  const categoryName = (handle: string) => data?.categories?.find((c) => c.handle === handle)?.name ?? handle

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("restrictions.title")}</Heading>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {isLoading ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("restrictions.loading")}
          </Text>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            {t("restrictions.loadError")}
          </Text>
        ) : restrictions.length ? (
          restrictions.map((restriction) => (
            <div key={restriction.country_code}>
              <Text size="small" weight="plus">
                {country(restriction.country_code)} ({restriction.reason_code})
              </Text>
              <Text size="small">{restriction.reason[locale]}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {restriction.source.kind === "product"
                  ? t("restrictions.fromProduct")
                  : t("restrictions.fromCategory", { category: categoryName(restriction.source.handle) })}
              </Text>
            </div>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("restrictions.none")}
          </Text>
        )}
        {problems.map((problem) => (
          <Text key={problem} size="xsmall" className="text-ui-fg-error">
            {t("restrictions.problem", { problem })}
          </Text>
        ))}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("restrictions.howToEdit")}
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductRestrictionsWidget
