import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Switch,
  Table,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDay } from "../../lib/format"
import { formatMonth } from "../../lib/harvest"
import {
  type AdminCompany,
  type AdminWholesaleQuote,
  answerQuote,
  cancelQuote,
  EXPORT_DOCUMENTS,
  exportDocumentUrl,
  money,
  PAYMENT_TERMS,
  parseAmount,
  postQuoteMessage,
  recordQuotePayment,
  retrieveQuote,
  setCompanyTrusted,
} from "../../lib/wholesale"
import { ServerErrorAlert } from "../server-error"

/** One quote: its lines and totals, staff's answer, the messages, and the order's payments once accepted. */
export function QuoteDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const found = useQuery({ queryKey: ["ovop", "wholesale-quote", id], queryFn: () => retrieveQuote(id) })
  if (found.isLoading) return <Text size="small">{t("producerGroups.common.loading")}</Text>
  if (!found.data) return <ServerErrorAlert error={found.error} />
  const { wholesale_quote: quote, company } = found.data
  const language = i18n.language
  return (
    <Container className="flex flex-col gap-y-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">
          {company.name}: {quote.incoterm} {quote.named_place}
        </Heading>
        <Badge>{t(`wholesale.quoteStatuses.${quote.status}`)}</Badge>
      </div>
      <Text size="small">
        {t("wholesale.quote.asked", {
          date: formatDay(quote.requested_delivery_date, language),
          consignee: quote.consignee,
        })}
      </Text>
      {quote.closing_reason && (
        <Text size="small" className="text-ui-fg-subtle">
          {quote.closing_reason}
        </Text>
      )}
      <CompanyTrust company={company} quoteId={id} />
      {quote.status === "requested" || quote.status === "quoted" ? (
        <AnswerForm quote={quote} company={company} />
      ) : (
        <LinesTable quote={quote} />
      )}
      <Text size="small" weight="plus">
        {t("wholesale.quote.totals", {
          goods: money(quote.totals.item_total, quote.currency_code, language),
          freight: money(quote.totals.freight, quote.currency_code, language),
          total: money(quote.totals.total, quote.currency_code, language),
        })}
      </Text>
      {quote.status === "accepted" && quote.order_id && <ExportDocuments orderId={quote.order_id} />}
      {quote.status === "accepted" && <Payments quote={quote} />}
      <Messages quote={quote} />
      {(quote.status === "requested" || quote.status === "quoted") && <CancelForm quoteId={id} />}
    </Container>
  )
}

function useRefresh(id: string) {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ["ovop", "wholesale-quote", id] }),
      client.invalidateQueries({ queryKey: ["ovop", "wholesale-quotes"] }),
    ])
}

type QuoteLine = AdminWholesaleQuote["lines"][number]

/** A line's product as staff know it: the title the buyer saw (in the buyer's language) and its SKU. */
const lineName = (line: QuoteLine) => (line.sku ? `${line.title} (${line.sku})` : line.title)

/**
 * A line's product: its title as the buyer's cart named it and, below, the SKU staff know it by;
 * a line beyond the shelf says it is booked against a coming lot, with the lot and its month.
 */
function LineProduct({ line }: { line: QuoteLine }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="flex flex-col">
      <span>{line.title}</span>
      {line.sku && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {line.sku}
        </Text>
      )}
      {line.booking && (
        <Badge size="2xsmall" color="orange" className="w-fit">
          {t("wholesale.quote.booked", {
            month: formatMonth(line.booking.expected_shipping_month, i18n.language),
            lot: line.booking.lot_number ?? "—",
          })}
        </Badge>
      )}
    </div>
  )
}

/** The lines as they stand (a quote that can no longer be answered). */
function LinesTable({ quote }: { quote: AdminWholesaleQuote }) {
  const { t, i18n } = useTranslation()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("wholesale.quote.product")}</Table.HeaderCell>
          <Table.HeaderCell>{t("wholesale.quote.quantity")}</Table.HeaderCell>
          <Table.HeaderCell>{t("wholesale.quote.asked_price")}</Table.HeaderCell>
          <Table.HeaderCell>{t("wholesale.quote.quoted_price")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {quote.lines.map((line) => (
          <Table.Row key={line.id}>
            <Table.Cell>
              <LineProduct line={line} />
            </Table.Cell>
            <Table.Cell>{t("wholesale.quote.cases", { cases: line.cases, units: line.quantity })}</Table.Cell>
            <Table.Cell>{money(line.requested_unit_price, quote.currency_code, i18n.language)}</Table.Cell>
            <Table.Cell>{money(line.quoted_unit_price, quote.currency_code, i18n.language)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Staff's answer: a price per line (the asked price to start with), freight, validity, shipment, terms. */
function AnswerForm({ quote, company }: { quote: AdminWholesaleQuote; company: AdminCompany }) {
  const { t, i18n } = useTranslation()
  const refresh = useRefresh(quote.id)
  const [prices, setPrices] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      quote.lines.map((line) => [line.id, String(line.quoted_unit_price ?? line.requested_unit_price)]),
    ),
  )
  const [freight, setFreight] = useState(String(quote.freight ?? 0))
  const [validUntil, setValidUntil] = useState(quote.valid_until ?? "")
  const [shipsOn, setShipsOn] = useState(quote.ships_on ?? "")
  const [terms, setTerms] = useState<string>(quote.payment_terms ?? company.payment_terms)
  const [message, setMessage] = useState("")
  const send = useMutation({
    mutationFn: () =>
      answerQuote(quote.id, {
        lines: quote.lines.map((line) => ({
          id: line.id,
          unit_price: parseAmount(prices[line.id] ?? "") ?? Number.NaN,
        })),
        freight: parseAmount(freight) ?? Number.NaN,
        valid_until: validUntil,
        ships_on: shipsOn,
        payment_terms: terms,
        ...(message.trim() ? { message: message.trim() } : {}),
      }),
    onSuccess: async () => {
      toast.success(t("wholesale.quote.sent"))
      setMessage("")
      await refresh()
    },
  })
  return (
    <form
      className="flex flex-col gap-y-3"
      onSubmit={(event) => {
        event.preventDefault()
        send.mutate()
      }}
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("wholesale.quote.product")}</Table.HeaderCell>
            <Table.HeaderCell>{t("wholesale.quote.quantity")}</Table.HeaderCell>
            <Table.HeaderCell>{t("wholesale.quote.asked_price")}</Table.HeaderCell>
            <Table.HeaderCell>{t("wholesale.quote.quoted_price")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {quote.lines.map((line) => (
            <Table.Row key={line.id}>
              <Table.Cell>
                <LineProduct line={line} />
              </Table.Cell>
              <Table.Cell>{t("wholesale.quote.cases", { cases: line.cases, units: line.quantity })}</Table.Cell>
              <Table.Cell>{money(line.requested_unit_price, quote.currency_code, i18n.language)}</Table.Cell>
              <Table.Cell>
                <Input
                  size="small"
                  inputMode="decimal"
                  aria-label={t("wholesale.quote.priceOf", { product: lineName(line) })}
                  value={prices[line.id] ?? ""}
                  onChange={(event) => setPrices({ ...prices, [line.id]: event.target.value })}
                />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Field label={t("wholesale.quote.freight", { currency: quote.currency_code.toUpperCase() })} id="freight">
          <Input
            id="freight"
            size="small"
            inputMode="decimal"
            value={freight}
            onChange={(e) => setFreight(e.target.value)}
          />
        </Field>
        <Field label={t("wholesale.quote.validUntil")} id="valid-until">
          <Input
            id="valid-until"
            size="small"
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
          />
        </Field>
        <Field label={t("wholesale.quote.shipsOn")} id="ships-on">
          <Input id="ships-on" size="small" type="date" value={shipsOn} onChange={(e) => setShipsOn(e.target.value)} />
        </Field>
        <Field label={t("wholesale.quote.terms")} id="terms">
          <Select value={terms} onValueChange={setTerms}>
            <Select.Trigger id="terms">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PAYMENT_TERMS.map((value) => (
                <Select.Item key={value} value={value} disabled={value === "net_30" && !company.trusted}>
                  {t(`wholesale.paymentTerms.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <Field label={t("wholesale.quote.messageWithQuote")} id="quote-message">
        <Textarea id="quote-message" value={message} onChange={(e) => setMessage(e.target.value)} />
      </Field>
      <ServerErrorAlert error={send.error} />
      <div>
        <Button size="small" type="submit" isLoading={send.isPending}>
          {quote.status === "quoted" ? t("wholesale.quote.requote") : t("wholesale.quote.send")}
        </Button>
      </div>
    </form>
  )
}

function Field({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      {children}
    </div>
  )
}

/** Whether the company is trusted (net 30 may be quoted). */
function CompanyTrust({ company, quoteId }: { company: AdminCompany; quoteId: string }) {
  const { t } = useTranslation()
  const refresh = useRefresh(quoteId)
  const change = useMutation({
    mutationFn: (trusted: boolean) => setCompanyTrusted(company.id, trusted),
    onSuccess: refresh,
  })
  return (
    <div className="flex items-center gap-x-2">
      <Switch
        id="company-trusted"
        checked={company.trusted}
        disabled={change.isPending}
        onCheckedChange={(checked) => change.mutate(checked)}
      />
      <Label htmlFor="company-trusted" size="small">
        {t("wholesale.quote.trusted")}
      </Label>
      <ServerErrorAlert error={change.error} />
    </div>
  )
}

/** Download links for the accepted quote's order: proforma invoice, commercial invoice, packing list (PDF). */
function ExportDocuments({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">{t("wholesale.documents.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("wholesale.documents.note", { order: orderId })}
      </Text>
      <div className="flex flex-wrap gap-2">
        {EXPORT_DOCUMENTS.map((document) => (
          <Button key={document.kind} size="small" variant="secondary" asChild>
            <a href={exportDocumentUrl(orderId, document.kind)} download>
              {t(document.label)}
            </a>
          </Button>
        ))}
      </div>
    </div>
  )
}

/** The order's payments: the balance and its status, what was received, and a form to record a payment. */
function Payments({ quote }: { quote: AdminWholesaleQuote }) {
  const { t, i18n } = useTranslation()
  const refresh = useRefresh(quote.id)
  const [amount, setAmount] = useState("")
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10))
  const [reference, setReference] = useState("")
  const record = useMutation({
    mutationFn: () =>
      recordQuotePayment(quote.id, { amount: parseAmount(amount) ?? Number.NaN, received_on: receivedOn, reference }),
    onSuccess: async () => {
      toast.success(t("wholesale.payments.recorded"))
      setAmount("")
      setReference("")
      await refresh()
    },
  })
  const language = i18n.language
  const balance = quote.balance
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">{t("wholesale.payments.title")}</Heading>
      {balance && (
        <Text size="small">
          {t("wholesale.payments.summary", {
            terms: t(`wholesale.paymentTerms.${quote.payment_terms ?? "prepayment"}`),
            paid: money(balance.paid, quote.currency_code, language),
            balance: money(balance.balance, quote.currency_code, language),
            status: t(`wholesale.paymentStatuses.${balance.status}`),
          })}
          {balance.next_due &&
            ` ${t("wholesale.payments.nextDue", {
              amount: money(balance.next_due.amount, quote.currency_code, language),
              date: formatDay(balance.next_due.due, language),
            })}`}
        </Text>
      )}
      {quote.payments.map((payment) => (
        <Text key={payment.id} size="small" className="text-ui-fg-subtle">
          {formatDay(payment.received_on, language)}: {money(payment.amount, quote.currency_code, language)} (
          {payment.method === "card"
            ? t("wholesale.payments.byCard", { intent: payment.stripe_payment_intent_id ?? payment.reference })
            : t("wholesale.payments.byTransfer", { reference: payment.reference })}
          )
        </Text>
      ))}
      {balance && balance.balance > 0 && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            record.mutate()
          }}
        >
          <Field
            label={t("wholesale.payments.amount", { currency: quote.currency_code.toUpperCase() })}
            id="pay-amount"
          >
            <Input
              id="pay-amount"
              size="small"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          </Field>
          <Field label={t("wholesale.payments.receivedOn")} id="pay-day">
            <Input
              id="pay-day"
              size="small"
              type="date"
              value={receivedOn}
              onChange={(e) => setReceivedOn(e.target.value)}
            />
          </Field>
          <Field label={t("wholesale.payments.reference")} id="pay-reference">
            <Input id="pay-reference" size="small" value={reference} onChange={(e) => setReference(e.target.value)} />
          </Field>
          <Button size="small" type="submit" isLoading={record.isPending}>
            {t("wholesale.payments.record")}
          </Button>
        </form>
      )}
      <ServerErrorAlert error={record.error} />
    </div>
  )
}

/** The messages both sides left, and a box for staff's. */
function Messages({ quote }: { quote: AdminWholesaleQuote }) {
  const { t, i18n } = useTranslation()
  const refresh = useRefresh(quote.id)
  const [body, setBody] = useState("")
  const post = useMutation({
    mutationFn: () => postQuoteMessage(quote.id, body),
    onSuccess: async () => {
      setBody("")
      await refresh()
    },
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">{t("wholesale.messages.title")}</Heading>
      {quote.messages.map((message) => (
        <Text key={message.id} size="small">
          <span className="font-medium">{t(`wholesale.messages.${message.author_type}`)}</span>{" "}
          <span className="text-ui-fg-subtle">{formatDay(message.created_at, i18n.language)}</span>: {message.body}
        </Text>
      ))}
      <Textarea aria-label={t("wholesale.messages.write")} value={body} onChange={(e) => setBody(e.target.value)} />
      <ServerErrorAlert error={post.error} />
      <div>
        <Button
          size="small"
          variant="secondary"
          disabled={!body.trim()}
          isLoading={post.isPending}
          onClick={() => post.mutate()}
        >
          {t("wholesale.messages.send")}
        </Button>
      </div>
    </div>
  )
}

/** Cancel an open quote with the reason the buyer reads. */
function CancelForm({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation()
  const refresh = useRefresh(quoteId)
  const [reason, setReason] = useState("")
  const prompt = usePrompt()
  const cancel = useMutation({ mutationFn: () => cancelQuote(quoteId, reason), onSuccess: refresh })
  // Cancelling cannot be undone: a quiet button, and the dashboard asks first.
  const confirmCancel = async () => {
    const confirmed = await prompt({
      title: t("wholesale.quote.confirmCancelTitle"),
      description: t("wholesale.quote.confirmCancelDescription"),
      confirmText: t("wholesale.quote.cancel"),
      cancelText: t("wholesale.quote.keep"),
    })
    if (confirmed) cancel.mutate()
  }
  return (
    <div className="flex items-end gap-x-2">
      <Input
        size="small"
        aria-label={t("wholesale.quote.cancelReason")}
        placeholder={t("wholesale.quote.cancelReason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button
        size="small"
        variant="secondary"
        disabled={!reason.trim()}
        isLoading={cancel.isPending}
        onClick={() => void confirmCancel()}
      >
        {t("wholesale.quote.cancel")}
      </Button>
      <ServerErrorAlert error={cancel.error} />
    </div>
  )
}
