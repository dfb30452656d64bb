// Runs the KGS patch of the dashboard's currency table as the dashboard loads its extensions.
import "../../../lib/kgs-currency"
import { Alert, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { type UIMatch, useParams } from "react-router-dom"
import { CertificateSection } from "../../../components/producer-group-detail/certificate-section"
import { GeneralSection } from "../../../components/producer-group-detail/general-section"
import { LeadersSection } from "../../../components/producer-group-detail/leaders-section"
import { PhotoSection } from "../../../components/producer-group-detail/photo-section"
import { ProductsSection } from "../../../components/producer-group-detail/products-section"
import { StaffSection } from "../../../components/producer-group-detail/staff-section"
import { TranslationsSection } from "../../../components/producer-group-detail/translations-section"
import { useProducerGroup } from "../../../lib/queries"

/**
 * A producer group's page: general details with pause and resume, certificate, translations
 * and products in the main column; photo, the staff-only details and the group's leaders at the side.
 */
function ProducerGroupDetailPage() {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { data: group, isLoading, isError } = useProducerGroup(id)

  if (isLoading) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          {t("producerGroups.common.loading")}
        </Text>
      </Container>
    )
  }
  if (isError || !group) {
    return (
      <Container>
        <Alert variant="error">{t("producerGroups.detail.loadError")}</Alert>
      </Container>
    )
  }

  return (
    <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <GeneralSection group={group} />
        <CertificateSection group={group} />
        <TranslationsSection group={group} />
        <ProductsSection group={group} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <PhotoSection group={group} />
        <StaffSection group={group} />
        <LeadersSection group={group} />
      </div>
    </div>
  )
}

/** The group's breadcrumb: its name once loaded (the page has already asked for it). */
function ProducerGroupBreadcrumb({ id }: { id: string }) {
  const { data: group } = useProducerGroup(id)
  return <>{group?.name ?? id}</>
}

/** Route handle: the group's name as the last breadcrumb. */
export const handle = {
  breadcrumb: (match: UIMatch) => <ProducerGroupBreadcrumb id={match.params.id ?? ""} />,
}

export default ProducerGroupDetailPage
