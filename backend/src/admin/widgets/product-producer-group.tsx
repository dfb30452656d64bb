// Runs the KGS patch of the dashboard's currency table as the dashboard loads its extensions.
import "../lib/kgs-currency"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Drawer, Heading, Input, RadioGroup, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ProducerGroupStatusBadge } from "../components/badges"
import { ServerErrorAlert } from "../components/server-error"
import type { ProductProducerGroup } from "../lib/producer-groups"
import { useProducerGroupList, useProductProducerGroup, useSetProductProducerGroup } from "../lib/queries"

const SEARCH_DELAY_MS = 300
const PICKER_PAGE_SIZE = 50

/** The product's producer group, with a searchable picker to choose or change it. */
function ProductProducerGroupWidget({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) {
  const { t } = useTranslation()
  const { data: group, isLoading, isError } = useProductProducerGroup(product.id)
  const [picking, setPicking] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("producerGroups.productWidget.title")}</Heading>
        <Button size="small" variant="secondary" disabled={isLoading || isError} onClick={() => setPicking(true)}>
          {t(group ? "producerGroups.productWidget.change" : "producerGroups.productWidget.choose")}
        </Button>
      </div>
      <div className="px-6 py-4">
        {isLoading ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.common.loading")}
          </Text>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            {t("producerGroups.productWidget.loadError")}
          </Text>
        ) : group ? (
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center justify-between gap-x-2">
              <Link
                to={`/producer-groups/${group.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus truncate"
              >
                {group.name}
              </Link>
              <ProducerGroupStatusBadge status={group.status} />
            </div>
            {group.status === "paused" && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("producerGroups.productWidget.pausedNotice")}
              </Text>
            )}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.productWidget.none")}
          </Text>
        )}
      </div>
      {picking && (
        <ProducerGroupPicker productId={product.id} current={group ?? null} onClose={() => setPicking(false)} />
      )}
    </Container>
  )
}

type ProducerGroupPickerProps = {
  productId: string
  current: ProductProducerGroup | null
  onClose: () => void
}

/** A drawer listing the groups, searchable by name, in which one is picked for the product. */
function ProducerGroupPicker({ productId, current, onClose }: ProducerGroupPickerProps) {
  const { t } = useTranslation()
  const [searchText, setSearchText] = useState("")
  const [q, setQ] = useState("")
  const [selectedId, setSelectedId] = useState(current?.id ?? "")
  const setGroup = useSetProductProducerGroup(productId)

  // The list follows the search box once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(searchText.trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [searchText])

  const { data, isLoading, isError } = useProducerGroupList({
    q: q || undefined,
    limit: PICKER_PAGE_SIZE,
    offset: 0,
  })
  const groups = data?.producer_groups ?? []
  const more = (data?.count ?? 0) - groups.length

  const save = () => {
    if (!selectedId || selectedId === current?.id) {
      onClose()
      return
    }
    setGroup.mutate(selectedId, {
      onSuccess: () => {
        toast.success(t("producerGroups.productWidget.saved"))
        onClose()
      },
    })
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("producerGroups.productWidget.pickerTitle")}</Heading>
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-3 overflow-hidden">
          <Input
            type="search"
            size="small"
            autoFocus
            placeholder={t("producerGroups.productWidget.searchPlaceholder")}
            aria-label={t("producerGroups.productWidget.searchPlaceholder")}
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
          {/* Block layout: as flex items the choices would shrink to fit and be cut off. */}
          <div className="-m-1 flex-1 space-y-2 overflow-y-auto p-1">
            {isLoading && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("producerGroups.common.loading")}
              </Text>
            )}
            {isError && (
              <Text size="small" className="text-ui-fg-error">
                {t("producerGroups.list.loadError")}
              </Text>
            )}
            {!isLoading && !isError && groups.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("producerGroups.productWidget.noResults")}
              </Text>
            )}
            <RadioGroup
              value={selectedId}
              onValueChange={setSelectedId}
              aria-label={t("producerGroups.productWidget.title")}
            >
              {groups.map((option) => (
                <RadioGroup.ChoiceBox
                  key={option.id}
                  value={option.id}
                  label={option.name}
                  description={[
                    `${option.village}, ${t(`producerGroups.districts.${option.district}`)}`,
                    option.status === "paused" ? t("producerGroups.statuses.paused") : undefined,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                />
              ))}
            </RadioGroup>
            {more > 0 && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("producerGroups.productWidget.more", { count: more })}
              </Text>
            )}
          </div>
          <ServerErrorAlert error={setGroup.error} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("producerGroups.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={save} disabled={!selectedId} isLoading={setGroup.isPending}>
            {t("producerGroups.common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

// In the product page's side column, under Medusa's own sections.
export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductProducerGroupWidget
