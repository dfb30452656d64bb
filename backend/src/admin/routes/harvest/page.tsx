import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { CalendarSection } from "../../components/harvest/calendar-section"
import { ExpiringSection } from "../../components/harvest/expiring-section"
import { LotsSection } from "../../components/harvest/lots-section"
import { LowStockSection } from "../../components/harvest/low-stock-section"
import { PreordersSection } from "../../components/harvest/preorders-section"

const TABS = ["lots", "preorders", "lowStock", "calendar", "expiring"] as const
type Tab = (typeof TABS)[number]
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab)

/**
 * The harvest: the lots with their moves, the pre-order bookings, the variants running low, the
 * season calendar of each group, and the lots whose best-before is near. The open tab lives in
 * the URL, so a reload or a shared link keeps it.
 */
function HarvestPage() {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const tabParam = searchParams.get("tab")
  const tab: Tab = isTab(tabParam) ? tabParam : "lots"

  const openTab = (value: string) => {
    // Only the tab stays: each tab's filter, page and threshold belong to that tab.
    setSearchParams(value === "lots" ? {} : { tab: value }, { replace: true })
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("harvest.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("harvest.subtitle")}
        </Text>
      </div>
      <Tabs value={tab} onValueChange={openTab}>
        <div className="px-6 py-3">
          <Tabs.List>
            {TABS.map((value) => (
              <Tabs.Trigger key={value} value={value}>
                {t(`harvest.tabs.${value}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <Tabs.Content value="lots" className="border-t">
          <LotsSection />
        </Tabs.Content>
        <Tabs.Content value="preorders" className="border-t">
          <PreordersSection />
        </Tabs.Content>
        <Tabs.Content value="lowStock" className="border-t">
          <LowStockSection />
        </Tabs.Content>
        <Tabs.Content value="calendar" className="border-t">
          <CalendarSection />
        </Tabs.Content>
        <Tabs.Content value="expiring" className="border-t">
          <ExpiringSection />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

/** The page's breadcrumb, in the dashboard's language. */
function HarvestBreadcrumb() {
  const { t } = useTranslation()
  return <>{t("harvest.title")}</>
}

// The label is an i18n key: with `translationNs` the sidebar and the page title translate it
// (admin-sdk RouteConfig, Medusa 2.11.1+). Our keys are merged into the "translation" namespace.
export const config = defineRouteConfig({
  label: "harvest.menuLabel",
  translationNs: "translation",
  icon: Calendar,
})

/** Route handle: the page's breadcrumb. */
export const handle = {
  breadcrumb: () => <HarvestBreadcrumb />,
}

export default HarvestPage
