import { Badge, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDay } from "../../lib/format"
import { listQuotes, money, QUOTE_STATUSES } from "../../lib/wholesale"
import { ServerErrorAlert } from "../server-error"
import { QuoteDetail } from "./quote-detail"

/** Requests for quote and quotes, newest first; a row opens the quote to answer it, write, or record payments. */
export function QuotesSection() {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<string>("requested")
  const [open, setOpen] = useState<string | null>(null)
  const list = useQuery({
    queryKey: ["ovop", "wholesale-quotes", status],
    queryFn: () => listQuotes(status === "all" ? undefined : status),
  })
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="w-48">
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger aria-label={t("wholesale.quotes.filter")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {[...QUOTE_STATUSES, "all"].map((value) => (
              <Select.Item key={value} value={value}>
                {t(`wholesale.quoteStatuses.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {list.isLoading && <Text size="small">{t("producerGroups.common.loading")}</Text>}
      <ServerErrorAlert error={list.error} />
      {list.data && !list.data.wholesale_quotes.length && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("wholesale.quotes.none")}
        </Text>
      )}
      {!!list.data?.wholesale_quotes.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("wholesale.quotes.company")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.quotes.delivery")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.quotes.total")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.quotes.validUntil")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wholesale.quotes.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.wholesale_quotes.map((quote) => (
              <Table.Row
                key={quote.id}
                className="cursor-pointer"
                onClick={() => setOpen(open === quote.id ? null : quote.id)}
              >
                <Table.Cell>
                  <button type="button" className="text-left underline-offset-2 hover:underline">
                    {quote.company_name ?? quote.company_id}
                  </button>
                </Table.Cell>
                <Table.Cell>
                  {quote.incoterm} {quote.named_place}, {formatDay(quote.requested_delivery_date, i18n.language)}
                </Table.Cell>
                <Table.Cell>{money(quote.totals.total, quote.currency_code, i18n.language)}</Table.Cell>
                <Table.Cell>{formatDay(quote.valid_until, i18n.language)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{t(`wholesale.quoteStatuses.${quote.status}`)}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {open && <QuoteDetail id={open} />}
    </div>
  )
}
