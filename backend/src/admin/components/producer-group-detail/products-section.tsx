import { Photo } from "@medusajs/icons"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { AdminProducerGroupDetail } from "../../lib/producer-groups"

const productStatusColor: Record<string, "green" | "grey" | "orange" | "red"> = {
  published: "green",
  draft: "grey",
  proposed: "orange",
  rejected: "red",
}

/** The group's products, each a link to its product page. */
export function ProductsSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{t("producerGroups.detail.products.title")}</Heading>
          <Badge size="2xsmall">{group.products.length}</Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {t("producerGroups.detail.products.description")}
        </Text>
      </div>
      {group.products.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.detail.products.empty")}
          </Text>
        </div>
      ) : (
        <ul className="divide-y">
          {group.products.map((product) => (
            <li key={product.id}>
              <Link
                to={`/products/${product.id}`}
                className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 px-6 py-3 outline-none focus-visible:bg-ui-bg-base-hover"
              >
                {product.thumbnail ? (
                  <img src={product.thumbnail} alt="" className="size-8 shrink-0 rounded object-cover" />
                ) : (
                  <div className="bg-ui-bg-subtle text-ui-fg-muted flex size-8 shrink-0 items-center justify-center rounded">
                    <Photo />
                  </div>
                )}
                <Text size="small" weight="plus" className="min-w-0 flex-1 truncate">
                  {product.title}
                </Text>
                <StatusBadge color={productStatusColor[product.status] ?? "grey"}>
                  {t(`producerGroups.productStatuses.${product.status}`, { defaultValue: product.status })}
                </StatusBadge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
