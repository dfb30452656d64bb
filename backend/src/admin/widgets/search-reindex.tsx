import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

/**
 * Above the product list: rebuilds every language's search index from the catalogue
 * (`POST /admin/search/reindex`), for when the index may have missed a change. Edits reach the
 * index by themselves within seconds; this is the manual rebuild.
 */
function SearchReindexWidget() {
  const { t } = useTranslation()
  const reindex = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ reindexed: number; engine: string }>("/admin/search/reindex", { method: "POST" }),
  })
  return (
    <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div>
        <Heading level="h2">{t("search.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
          {reindex.isSuccess
            ? t("search.done", { count: reindex.data.reindexed, engine: reindex.data.engine })
            : reindex.isError
              ? t("search.failed")
              : t("search.hint")}
        </Text>
      </div>
      <Button size="small" variant="secondary" isLoading={reindex.isPending} onClick={() => reindex.mutate()}>
        {t("search.rebuild")}
      </Button>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default SearchReindexWidget
