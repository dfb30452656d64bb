import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ApplicationsSection } from "../../components/wholesale/applications-section"
import { QuotesSection } from "../../components/wholesale/quotes-section"

const TABS = ["quotes", "applications"] as const
type Tab = (typeof TABS)[number]
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab)

/**
 * Export wholesale: buyers' requests for quote (answer with prices, freight, validity and terms;
 * messages; payments received once accepted) and buyer applications (approve, or reject with a
 * reason). The open tab lives in the URL.
 */
function WholesalePage() {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const tabParam = searchParams.get("tab")
  const tab: Tab = isTab(tabParam) ? tabParam : "quotes"
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("wholesale.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("wholesale.subtitle")}
        </Text>
      </div>
      <Tabs
        value={tab}
        onValueChange={(value) => setSearchParams(value === "quotes" ? {} : { tab: value }, { replace: true })}
      >
        <div className="px-6 py-3">
          <Tabs.List>
            {TABS.map((value) => (
              <Tabs.Trigger key={value} value={value}>
                {t(`wholesale.tabs.${value}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <Tabs.Content value="quotes" className="border-t">
          <QuotesSection />
        </Tabs.Content>
        <Tabs.Content value="applications" className="border-t">
          <ApplicationsSection />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

/** The page's breadcrumb, in the dashboard's language. */
function WholesaleBreadcrumb() {
  const { t } = useTranslation()
  return <>{t("wholesale.title")}</>
}

export const config = defineRouteConfig({
  label: "wholesale.menuLabel",
  translationNs: "translation",
  icon: BuildingStorefront,
})

/** Route handle: the page's breadcrumb. */
export const handle = {
  breadcrumb: () => <WholesaleBreadcrumb />,
}

export default WholesalePage
