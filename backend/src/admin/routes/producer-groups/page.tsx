// Runs the KGS patch of the dashboard's currency table as the dashboard loads its extensions.
import "../../lib/kgs-currency"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HouseStar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { CertificateStateBadge, ProducerGroupStatusBadge } from "../../components/badges"
import { CreateProducerGroupModal } from "../../components/create-producer-group-modal"
import { ListFilterSelect } from "../../components/list-filter-select"
import { ListTable } from "../../components/list-table"
import {
  DISTRICTS,
  type District,
  PRODUCER_GROUP_STATUS_VALUES,
  type ProducerGroupListQuery,
  type ProducerGroupStatus,
} from "../../lib/producer-groups"
import { useProducerGroupList } from "../../lib/queries"
import { useListParams } from "../../lib/use-list-params"

const PAGE_SIZE = 20
const SEARCH_DELAY_MS = 300

const isStatus = (value: string | null): value is ProducerGroupStatus =>
  PRODUCER_GROUP_STATUS_VALUES.includes(value as ProducerGroupStatus)
const isDistrict = (value: string | null): value is District => DISTRICTS.includes(value as District)

/**
 * The list of producer groups: searchable by name, filtered by status and district, paged.
 * The search, filters and page live in the URL, so coming back from a group keeps them.
 */
function ProducerGroupsPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { searchParams, setSearchParams, pageIndex, updateParams, goToPage } = useListParams()
  const [createOpen, setCreateOpen] = useState(false)

  const q = searchParams.get("q") ?? ""
  const statusParam = searchParams.get("status")
  const districtParam = searchParams.get("district")
  const status = isStatus(statusParam) ? statusParam : undefined
  const district = isDistrict(districtParam) ? districtParam : undefined

  const query: ProducerGroupListQuery = {
    q: q || undefined,
    status,
    district,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }
  const { data, isLoading, isError } = useProducerGroupList(query)

  // The search box is typed into freely; the query follows once typing pauses.
  const [searchText, setSearchText] = useState(q)
  useEffect(() => {
    const typed = searchText.trim()
    if (typed === q) return
    const timer = setTimeout(() => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (typed) next.set("q", typed)
          else next.delete("q")
          next.delete("page")
          return next
        },
        { replace: true },
      )
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [searchText, q, setSearchParams])

  const groups = data?.producer_groups ?? []
  const count = data?.count ?? 0
  const filtered = Boolean(q || status || district)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("producerGroups.list.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.list.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)}>
          {t("producerGroups.list.create")}
        </Button>
      </div>

      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-full md:w-72"
          placeholder={t("producerGroups.list.searchPlaceholder")}
          aria-label={t("producerGroups.list.searchPlaceholder")}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
        />
        <ListFilterSelect
          className="w-full md:w-48"
          label={t("producerGroups.fields.status")}
          anyLabel={t("producerGroups.list.anyStatus")}
          values={PRODUCER_GROUP_STATUS_VALUES}
          valueLabel={(value) => t(`producerGroups.statuses.${value}`)}
          value={status}
          onChange={(value) => updateParams({ status: value })}
        />
        <ListFilterSelect
          className="w-full md:w-60"
          label={t("producerGroups.fields.district")}
          anyLabel={t("producerGroups.list.anyDistrict")}
          values={DISTRICTS}
          valueLabel={(value) => t(`producerGroups.districts.${value}`)}
          value={district}
          onChange={(value) => updateParams({ district: value })}
        />
      </div>

      <ListTable
        scope="producerGroups"
        isLoading={isLoading}
        isError={isError}
        errorText={t("producerGroups.list.loadError")}
        isEmpty={groups.length === 0}
        empty={{
          title: t(filtered ? "producerGroups.list.noMatchesTitle" : "producerGroups.list.emptyTitle"),
          message: t(filtered ? "producerGroups.list.noMatchesMessage" : "producerGroups.list.emptyMessage"),
        }}
        paging={{ count, pageSize: PAGE_SIZE, pageIndex, onPageChange: goToPage }}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("producerGroups.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("producerGroups.fields.village")}</Table.HeaderCell>
              <Table.HeaderCell>{t("producerGroups.fields.district")}</Table.HeaderCell>
              <Table.HeaderCell>{t("producerGroups.list.membersColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("producerGroups.list.certificateColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("producerGroups.fields.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {groups.map((group) => (
              <Table.Row
                key={group.id}
                className="cursor-pointer"
                onClick={() => navigate(`/producer-groups/${group.id}`)}
              >
                <Table.Cell>
                  {/* A real link too, so the group opens from the keyboard or in a new tab. */}
                  <Link
                    to={`/producer-groups/${group.id}`}
                    className="text-ui-fg-base font-medium outline-none focus-visible:underline"
                    onClick={(event) => event.stopPropagation()}
                  >
                    {group.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{group.village}</Table.Cell>
                <Table.Cell>{t(`producerGroups.districts.${group.district}`)}</Table.Cell>
                <Table.Cell>
                  <span title={t("producerGroups.list.membersTitle")}>
                    {group.member_count} / {group.women_member_count}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <CertificateStateBadge state={group.certificate_state} />
                </Table.Cell>
                <Table.Cell>
                  <ProducerGroupStatusBadge status={group.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ListTable>

      <CreateProducerGroupModal open={createOpen} onOpenChange={setCreateOpen} />
    </Container>
  )
}

/** The list's breadcrumb, in the dashboard's language (the full title; the sidebar label may be shorter). */
function ProducerGroupsBreadcrumb() {
  const { t } = useTranslation()
  return <>{t("producerGroups.list.title")}</>
}

// The label is an i18n key: with `translationNs` the sidebar and the page title translate it
// (admin-sdk RouteConfig, Medusa 2.11.1+). Our keys are merged into the "translation" namespace.
export const config = defineRouteConfig({
  label: "producerGroups.menuLabel",
  translationNs: "translation",
  icon: HouseStar,
})

/** Route handle: the breadcrumb of the list (and the first crumb of every group page). */
export const handle = {
  breadcrumb: () => <ProducerGroupsBreadcrumb />,
}

export default ProducerGroupsPage
