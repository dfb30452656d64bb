import { formatMoney, type Refusal, yearMonthLabel } from "@ovop/domain"
import type { Locale } from "../../i18n/locales"
import { failureText } from "../../i18n/refusal-text"
import { readToken } from "../account/session"
import { type CsvLineReport, gridTotals, parseOrderCsv, type WholesaleOffer } from "./order-grid"

/*
 * The wholesale page's island: the buyer's application (form and status), and for an approved
 * buyer the quick-order grid priced live with the "Export wholesale" key, the CSV upload, the
 * wholesale cart, the request for quote and the company's quotes. Plain fetch, as the shop's
 * other islands (features/cart/shop.ts).
 */

/** What the page writes for its island (WholesalePage, `data-wholesale-config`). */
export type WholesaleConfig = {
  backendUrl: string
  retailKey: string
  wholesaleKey: string
  locale: Locale
  /** The region each wholesale currency's carts are made in. */
  regions: Partial<Record<"jpy" | "usd", string>>
  /** Where the product and variant of each variant id are, in the page's language (titles.json). */
  titlesUrl: string
  strings: Record<string, string>
}

type Application = {
  id: string
  status: string
  company_name: string
  rejection_reason: string | null
  created_at: string
}
type QuoteLine = {
  variant_id: string
  title: string
  sku: string | null
  quantity: number
  cases: number
  requested_unit_price: number
  quoted_unit_price: number | null
  /** Booked beyond the shelf against a coming lot, or null. */
  booking?: { lot_number: string | null; expected_shipping_month: string | null } | null
}
type Quote = {
  id: string
  status: string
  currency_code: string
  incoterm: string
  named_place: string
  requested_delivery_date: string
  freight: number | null
  valid_until: string | null
  payment_terms: string | null
  order_id: string | null
  created_at: string
  lines: QuoteLine[]
  totals: { item_total: number; freight: number; total: number }
  messages: { author_type: string; body: string; created_at: string }[]
  /** Once accepted: what is owed and paid on the order, each instalment with its outstanding part. */
  balance?: {
    paid: number
    balance: number
    installments: { kind: string; outstanding: number }[]
  } | null
}
type Cart = { id: string; completed_at?: string | null; items?: { id: string; variant_id: string; quantity: number }[] }

const config = JSON.parse(
  document.querySelector("script[data-wholesale-config]")?.textContent ?? "{}",
) as WholesaleConfig
const { locale, strings } = config
// Filled from titles.json before the grid or a quote is drawn.
let titles: Record<string, string> = {}
const text = (key: string, values: Record<string, string | number> = {}) =>
  (strings[`wholesale.${key}`] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)
const show = (selector: string, visible = true) => {
  const element = $(selector)
  if (element) element.hidden = !visible
}
const cartKey = "ovop.wholesale.cart"

class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Calls the store API with the key of `channel` and the customer's token; a refusal becomes text in the page's language. */
async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; channel?: "retail" | "wholesale" } = {},
): Promise<T> {
  const token = readToken()
  let response: Response
  try {
    response = await fetch(`${config.backendUrl}${path}`, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: {
        "x-publishable-api-key": options.channel === "retail" ? config.retailKey : config.wholesaleKey,
        "x-medusa-locale": locale,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? null : JSON.stringify(options.body),
    })
  } catch {
    throw new ApiFailure(0, text("offline"))
  }
  const answer = (await response.json().catch(() => ({}))) as unknown
  if (!response.ok) throw new ApiFailure(response.status, (await failureText(answer, locale)) || text("failed"))
  return answer as T
}

const refusalText = async (refused: Refusal) => (await import("@ovop/domain/messages")).refusalMessage(refused, locale)
const say = (selector: string, message: string) => {
  const element = $(selector)
  if (element) element.textContent = message
}
const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content = "",
  attributes: Record<string, string> = {},
) => {
  const node = document.createElement(tag)
  node.textContent = content
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}

// ---- Application -------------------------------------------------------------------------

function showApplications(applications: Application[]) {
  const list = $("[data-ws-applications]")
  if (!list) return
  list.replaceChildren(
    ...applications.map((application) => {
      const item = element("li", `${application.company_name}: ${text(`application.${application.status}`)}`)
      if (application.rejection_reason)
        item.append(element("p", text("application.reason", { reason: application.rejection_reason })))
      return item
    }),
  )
  const open = applications.some((application) => application.status !== "rejected")
  show("[data-ws-apply]", !open)
}

function wireApplicationForm() {
  const form = $<HTMLFormElement>("[data-ws-apply]")
  form?.addEventListener("submit", async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const field = (name: string) => String(data.get(name) ?? "").trim()
    try {
      await api("/store/wholesale/applications", {
        channel: "retail",
        body: {
          company_name: field("company_name"),
          country_code: field("country_code").toLowerCase(),
          registration_number: field("registration_number"),
          contact_person: field("contact_person"),
          expected_yearly_volume_usd: Number(field("expected_yearly_volume_usd")),
          preferred_language: field("preferred_language"),
        },
      })
      say("[data-ws-apply-result]", text("application.sent"))
      const { wholesale_applications } = await api<{ wholesale_applications: Application[] }>(
        "/store/wholesale/applications",
        { channel: "retail" },
      )
      showApplications(wholesale_applications)
    } catch (error) {
      say("[data-ws-apply-result]", (error as Error).message)
    }
  })
}

// ---- Quick-order grid --------------------------------------------------------------------

let offers: WholesaleOffer[] = []
let currency: "jpy" | "usd" = locale === "ja" ? "jpy" : "usd"
let minimumOrderValue: number | null = null
const cases = new Map<string, number>()
const titleOf = (offer: WholesaleOffer) => titles[offer.variant_id] ?? offer.sku ?? offer.variant_id
const money = (amount: number) => formatMoney(amount, currency, locale)
/** A lot's shipping month in the page's language ("July 2027", "2027年7月"), or "the coming lot". */
const lotMonth = (month: string | null | undefined) => yearMonthLabel(month, locale) ?? text("grid.comingLot")

/** What a variant offers now and ahead: the shelf in whole cases and what the coming lot can still take. */
const availabilityText = (offer: WholesaleOffer) =>
  [
    offer.on_shelf === undefined
      ? ""
      : offer.on_shelf === null
        ? text("grid.inStock")
        : text("grid.onShelf", { units: offer.on_shelf }),
    offer.coming_lot
      ? text("grid.bookable", {
          units: offer.coming_lot.bookable,
          month: lotMonth(offer.coming_lot.expected_shipping_month),
        })
      : "",
  ]
    .filter(Boolean)
    .join(" · ")

async function loadOffers() {
  const answer = await api<{ offers: WholesaleOffer[]; minimum_order_value: number | null }>(
    `/store/wholesale/offers?currency_code=${currency}`,
  )
  offers = answer.offers
    .filter((offer) => offer.tiers.length)
    .sort((a, b) => titleOf(a).localeCompare(titleOf(b), locale))
  minimumOrderValue = answer.minimum_order_value
  say(
    "[data-ws-minimum]",
    minimumOrderValue === null ? "" : text("grid.minimumOrder", { amount: money(minimumOrderValue) }),
  )
  renderGrid()
}

const tierText = (offer: WholesaleOffer) =>
  offer.tiers
    .map((tier) =>
      text(tier.max_cases === null ? "grid.tierOpen" : "grid.tier", {
        from: tier.min_cases,
        to: tier.max_cases ?? "",
        price: money(tier.amount),
      }),
    )
    .join(" · ")

function renderGrid() {
  const body = $("[data-ws-grid] tbody")
  if (!body) return
  body.replaceChildren(
    ...offers.map((offer) => {
      const row = element("tr", "", { "data-variant": offer.variant_id })
      const input = element("input", "", {
        type: "number",
        min: "0",
        step: "1",
        inputmode: "numeric",
        value: String(cases.get(offer.variant_id) ?? 0),
        "aria-label": text("grid.casesOf", { product: titleOf(offer) }),
      })
      input.addEventListener("input", () => {
        const value = Number(input.value)
        cases.set(offer.variant_id, Number.isInteger(value) && value > 0 ? value : 0)
        updateTotals()
      })
      const quantityCell = element("td")
      quantityCell.append(input)
      row.append(
        element("th", titleOf(offer), { scope: "row" }),
        element("td", offer.sku ?? ""),
        element("td", text("grid.pack", { units: offer.case_pack })),
        element("td", text("grid.minimum", { cases: Math.ceil(offer.min_quantity / offer.case_pack) })),
        element("td", tierText(offer)),
        element("td", availabilityText(offer)),
        quantityCell,
        element("td", "", { "data-line-total": "" }),
      )
      return row
    }),
  )
  updateTotals()
}

function updateTotals() {
  const totals = gridTotals(offers, cases, currency, minimumOrderValue, titleOf)
  for (const row of document.querySelectorAll<HTMLTableRowElement>("[data-ws-grid] tbody tr")) {
    const line = totals.lines.find((candidate) => candidate.variantId === row.dataset.variant)
    const cell = row.querySelector("[data-line-total]")
    if (!cell) continue
    const price = (amount: number | null) => (amount === null ? "-" : money(amount))
    cell.textContent = !line
      ? ""
      : line.booked > 0
        ? `${money(line.lineTotal)} (${text("grid.splitLine", {
            now: line.now,
            nowPrice: price(line.nowUnitPrice),
            booked: line.booked,
            month: lotMonth(line.bookedMonth),
            bookedPrice: price(line.bookedUnitPrice),
          })})`
        : `${money(line.lineTotal)} (${text("grid.lineTier", { units: line.units, price: price(line.unitPrice) })})`
    if (line?.refusal)
      void refusalText(line.refusal).then((message) => cell.append(element("p", message, { class: "note" })))
  }
  say("[data-ws-total]", text("grid.total", { amount: money(totals.total) }))
  const note = $("[data-ws-minimum-note]")
  if (note) {
    note.textContent = ""
    if (totals.minimumRefusal) void refusalText(totals.minimumRefusal).then((message) => (note.textContent = message))
  }
}

// ---- CSV upload --------------------------------------------------------------------------

let accepted: CsvLineReport[] = []

async function reportCsv(file: File) {
  const reports = parseOrderCsv(await file.text(), offers, titleOf)
  accepted = reports.filter((report) => report.ok)
  const list = $("[data-ws-csv-report]")
  if (!list) return
  const items = await Promise.all(
    reports.map(async (report) => {
      const why = report.ok
        ? text("csv.ok", { cases: report.cases })
        : report.problem === "refused"
          ? await refusalText(report.refusal)
          : text(`csv.${report.problem}`)
      return element("li", `${text("csv.line", { line: report.line, sku: report.sku })} ${why}`, {
        "data-ok": String(report.ok),
      })
    }),
  )
  list.replaceChildren(...items)
  show("[data-ws-csv-apply]", accepted.length > 0)
}

// ---- Wholesale cart and request for quote --------------------------------------------------

async function openCart(): Promise<Cart> {
  const stored = localStorage.getItem(cartKey)
  if (stored) {
    const found = await api<{ cart: Cart }>(`/store/carts/${stored}`).catch(() => null)
    if (found && !found.cart.completed_at) return found.cart
  }
  const { cart } = await api<{ cart: Cart }>("/store/carts", { body: { region_id: config.regions[currency], locale } })
  localStorage.setItem(cartKey, cart.id)
  return cart
}

async function addGridToCart() {
  const results = $("[data-ws-cart-result]")
  results?.replaceChildren()
  const lines = gridTotals(offers, cases, currency, minimumOrderValue, titleOf).lines
  if (!lines.length) {
    results?.append(element("li", text("cart.empty")))
    return
  }
  let cart: Cart
  try {
    cart = await openCart()
  } catch (error) {
    results?.append(element("li", (error as Error).message))
    return
  }
  for (const line of lines) {
    const title = titles[line.variantId] ?? line.variantId
    try {
      // The server sets the variant's whole line: the shelf's cases now, the rest booked against the coming lot.
      const answer = await api<{
        cart: Cart
        booking: { now: number; booked: number; expected_shipping_month: string | null }
      }>(`/store/wholesale/carts/${cart.id}/bookings`, { body: { variant_id: line.variantId, quantity: line.units } })
      cart = answer.cart
      const { now, booked, expected_shipping_month } = answer.booking
      results?.append(
        element(
          "li",
          booked > 0
            ? text("cart.booked", { product: title, now, booked, month: lotMonth(expected_shipping_month) })
            : text("cart.added", { product: title, units: now }),
          { "data-ok": "true" },
        ),
      )
    } catch (error) {
      results?.append(element("li", `${title}: ${(error as Error).message}`, { "data-ok": "false" }))
    }
  }
  show("[data-ws-rfq]", Boolean(cart.items?.length))
}

function wireRfq() {
  const form = $<HTMLFormElement>("[data-ws-rfq]")
  form?.addEventListener("submit", async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const field = (name: string) => String(data.get(name) ?? "").trim()
    const cartId = localStorage.getItem(cartKey)
    if (!cartId) return say("[data-ws-rfq-result]", text("cart.empty"))
    try {
      await api("/store/wholesale/quotes", {
        body: {
          cart_id: cartId,
          requested_delivery_date: field("requested_delivery_date"),
          destination: { country_code: field("country_code").toLowerCase(), city: field("city") },
          incoterm: field("incoterm"),
          ...(field("consignee") ? { consignee: field("consignee") } : {}),
          ...(field("message") ? { message: field("message") } : {}),
        },
      })
      // The cart is the quote's now: the next order starts a new one.
      localStorage.removeItem(cartKey)
      say("[data-ws-rfq-result]", text("rfq.sent"))
      form.hidden = true
      await loadQuotes()
    } catch (error) {
      say("[data-ws-rfq-result]", (error as Error).message)
    }
  })
}

// ---- My quotes -----------------------------------------------------------------------------

async function quoteAction(quote: Quote, action: "accept" | "decline" | "withdraw", status: HTMLElement) {
  try {
    const answer = await api<{ order?: { display_id: number } }>(`/store/wholesale/quotes/${quote.id}/${action}`, {
      body: {},
    })
    await loadQuotes()
    if (answer.order) say("[data-ws-quotes-result]", text("quotes.ordered", { number: answer.order.display_id }))
  } catch (error) {
    status.textContent = (error as Error).message
  }
}

function renderQuote(quote: Quote): HTMLElement {
  const article = element("article", "", { class: "ws-quote", "data-quote": quote.id })
  const quoteMoney = (amount: number) => formatMoney(amount, quote.currency_code, locale)
  article.append(
    element(
      "h3",
      text("quotes.heading", { date: quote.created_at.slice(0, 10), status: text(`status.${quote.status}`) }),
    ),
    element(
      "p",
      text("quotes.terms", { incoterm: quote.incoterm, place: quote.named_place, date: quote.requested_delivery_date }),
    ),
  )
  const table = element("table")
  table.append(element("caption", text("quotes.lines")))
  for (const line of quote.lines) {
    const quoted =
      line.quoted_unit_price === null ? "" : text("quotes.quotedPrice", { price: quoteMoney(line.quoted_unit_price) })
    const row = element("tr")
    row.append(
      element("th", titles[line.variant_id] ?? line.title, { scope: "row" }),
      element(
        "td",
        [
          text("quotes.cases", { cases: line.cases, units: line.quantity }),
          line.booking ? text("quotes.booked", { month: lotMonth(line.booking.expected_shipping_month) }) : "",
        ]
          .filter(Boolean)
          .join(", "),
      ),
      element("td", text("quotes.requestedPrice", { price: quoteMoney(line.requested_unit_price) })),
      element("td", quoted),
    )
    table.append(row)
  }
  article.append(table)
  if (quote.freight !== null) {
    article.append(
      element("p", text("quotes.freight", { amount: quoteMoney(quote.totals.freight) })),
      element("p", text("quotes.total", { amount: quoteMoney(quote.totals.total) })),
    )
  }
  if (quote.valid_until) article.append(element("p", text("quotes.validUntil", { date: quote.valid_until })))
  if (quote.payment_terms) article.append(element("p", text(`terms.${quote.payment_terms}`)))
  if (quote.order_id) article.append(element("p", text("quotes.orderPlaced")))
  const status = element("p", "", { role: "status" })
  if (quote.order_id) article.append(documentLinks(quote.order_id, status))
  if (quote.order_id && quote.balance) article.append(orderPayment(quote, quote.order_id, quote.balance))
  const actions = element("div", "", { class: "actions" })
  const button = (label: string, onClick: () => void) => {
    const node = element("button", label, { type: "button" })
    node.addEventListener("click", onClick)
    actions.append(node)
  }
  if (quote.status === "quoted") {
    button(text("quotes.accept"), () => void quoteAction(quote, "accept", status))
    button(text("quotes.decline"), () => void quoteAction(quote, "decline", status))
  }
  if (quote.status === "requested" || quote.status === "quoted")
    button(text("quotes.withdraw"), () => void quoteAction(quote, "withdraw", status))
  button(text("quotes.reorder"), () => {
    cases.clear()
    for (const line of quote.lines) cases.set(line.variant_id, line.cases)
    renderGrid()
    $("[data-ws-grid]")?.scrollIntoView()
  })
  article.append(actions, status)
  const messages = element("ul", "", { class: "ws-messages" })
  messages.append(
    ...quote.messages.map((message) =>
      element(
        "li",
        `${text(message.author_type === "staff" ? "quotes.fromStaff" : "quotes.fromBuyer")}: ${message.body}`,
      ),
    ),
  )
  const form = element("form")
  const label = element("label", text("quotes.message"))
  const input = element("textarea", "", { name: "body", required: "", maxlength: "4000" })
  label.append(input)
  form.append(label, element("button", text("quotes.send"), { type: "submit" }))
  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    try {
      await api(`/store/wholesale/quotes/${quote.id}/messages`, { body: { body: input.value.trim() } })
      await loadQuotes()
    } catch (error) {
      status.textContent = (error as Error).message
    }
  })
  article.append(element("h4", text("quotes.messages")), messages, form)
  return article
}

/** The currencies a wholesale order is paid by card in (as `CARD_PAYMENT_CURRENCIES` in @ovop/domain). */
const CARD_CURRENCIES = new Set(["usd", "jpy"])

/** The order's payments: what is paid and still due, and a button paying the next instalment by card. */
function orderPayment(quote: Quote, orderId: string, balance: NonNullable<Quote["balance"]>): HTMLElement {
  const section = element("div", "", { class: "ws-payment", "data-ws-payment": orderId })
  const money = (amount: number) => formatMoney(amount, quote.currency_code, locale)
  section.append(element("h4", text("card.title")))
  if (balance.balance <= 0) {
    section.append(element("p", text("card.paidInFull")))
    return section
  }
  section.append(element("p", text("card.balance", { paid: money(balance.paid), balance: money(balance.balance) })))
  const next = balance.installments.find((installment) => installment.outstanding > 0)
  if (!next || !CARD_CURRENCIES.has(quote.currency_code.toLowerCase())) return section
  const box = element("div", "", { class: "ws-card" })
  const status = element("p", "", { role: "status" })
  const pay = element("button", text(`card.pay.${next.kind}`, { amount: money(next.outstanding) }), { type: "button" })
  pay.addEventListener("click", async () => {
    pay.disabled = true
    const { payWholesaleOrderByCard } = await import("./card-payment")
    const paid = await payWholesaleOrderByCard({ api, text, locale }, orderId, box, status)
    pay.disabled = false
    if (!paid) return
    // The list is drawn again with the new balance; the thanks stay above it.
    const thanks = status.textContent ?? ""
    await loadQuotes().catch(() => undefined)
    say("[data-ws-quotes-result]", thanks)
  })
  section.append(pay, box, status)
  return section
}

const EXPORT_DOCUMENTS = ["proforma_invoice", "commercial_invoice", "packing_list"] as const

/**
 * Downloads an export document of the company's order: the store route wants the buyer's token,
 * which a plain link cannot send, so the PDF is fetched and handed to the browser as a file.
 */
async function downloadDocument(orderId: string, kind: (typeof EXPORT_DOCUMENTS)[number], status: HTMLElement) {
  const token = readToken()
  status.textContent = ""
  try {
    const response = await fetch(`${config.backendUrl}/store/wholesale/orders/${orderId}/documents/${kind}`, {
      headers: {
        "x-publishable-api-key": config.wholesaleKey,
        "x-medusa-locale": locale,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    if (!response.ok) {
      const answer = (await response.json().catch(() => ({}))) as unknown
      status.textContent = (await failureText(answer, locale)) || text("failed")
      return
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `${kind}.pdf`
    const url = URL.createObjectURL(await response.blob())
    const link = element("a", "", { href: url, download: name })
    link.click()
    // Revoked once the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  } catch {
    status.textContent = text("offline")
  }
}

/** The order's export documents (PDF) for the buyer to download. */
function documentLinks(orderId: string, status: HTMLElement): HTMLElement {
  const section = element("div", "", { class: "actions" })
  section.append(element("h4", text("documents.title")))
  for (const kind of EXPORT_DOCUMENTS) {
    const button = element("button", text(`documents.${kind}`), { type: "button" })
    button.addEventListener("click", () => void downloadDocument(orderId, kind, status))
    section.append(button)
  }
  return section
}

async function loadQuotes() {
  const { wholesale_quotes } = await api<{ wholesale_quotes: Quote[] }>("/store/wholesale/quotes")
  const list = $("[data-ws-quotes]")
  list?.replaceChildren(
    ...(wholesale_quotes.length ? wholesale_quotes.map(renderQuote) : [element("p", text("quotes.none"))]),
  )
}

// ---- Start ---------------------------------------------------------------------------------

/** Shows what the visitor may do: sign in, apply (and the application's status), or order as a buyer. */
// ---- The company's users ------------------------------------------------------------------

type CompanyUser = {
  id: string
  role: "buyer_admin" | "buyer"
  email: string
  first_name: string | null
  last_name: string | null
  is_you: boolean
}
type Company = { id: string; name: string; your_role: "buyer_admin" | "buyer"; users: CompanyUser[] }

let companyName = ""
const nameOf = (user: CompanyUser) => [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email

/** The company's users; a buyer admin also gets each one's role change and removal, and the form that adds. */
function showCompany(company: Company | null) {
  const body = $("[data-ws-users] tbody")
  if (!company || !body) {
    // Buyer admins who removed themselves buy for nobody now: the page starts over.
    if (!company) window.location.reload()
    return
  }
  companyName = company.name
  const manages = company.your_role === "buyer_admin"
  show("[data-ws-add-user]", manages)
  body.replaceChildren(
    ...company.users.map((user) => {
      const row = element("tr")
      row.append(
        element("td", user.is_you ? text("company.you", { name: nameOf(user) }) : nameOf(user)),
        element("td", user.email),
        element("td", text(`company.role.${user.role}`)),
      )
      const actions = element("td")
      if (manages) {
        const other = user.role === "buyer_admin" ? "buyer" : "buyer_admin"
        const change = element("button", text(other === "buyer_admin" ? "company.makeAdmin" : "company.makeBuyer"), {
          type: "button",
          class: "secondary",
        })
        change.addEventListener(
          "click",
          () =>
            void changeUser(
              `/store/wholesale/company/users/${user.id}`,
              { method: "POST", body: { role: other } },
              () => text("company.changed", { name: nameOf(user), role: text(`company.role.${other}`) }),
              { 400: text("company.lastAdmin") },
            ),
        )
        const remove = element("button", text("company.remove"), { type: "button", class: "secondary" })
        remove.addEventListener("click", () => {
          if (!window.confirm(text("company.confirmRemove", { name: nameOf(user), company: company.name }))) return
          void changeUser(
            `/store/wholesale/company/users/${user.id}`,
            { method: "DELETE" },
            () => text("company.removed", { name: nameOf(user), company: company.name }),
            { 400: text("company.lastAdmin") },
          )
        })
        actions.append(change, " ", remove)
      }
      row.append(actions)
      return row
    }),
  )
}

/** Sends one change of the company's users and draws the company it answers; refusals are said in the page. */
async function changeUser(
  path: string,
  options: { method: string; body?: unknown },
  done: () => string,
  refusals: Record<number, string> = {},
) {
  try {
    const answer = await api<{ company: Company | null }>(path, options)
    say("[data-ws-users-result]", done())
    showCompany(answer.company)
  } catch (error) {
    // The refusals a buyer admin meets, in the page's language; anything else as the store said it.
    const known = error instanceof ApiFailure ? refusals[error.status] : undefined
    say("[data-ws-users-result]", known ?? (error as Error).message)
  }
}

function wireAddUser() {
  const form = $<HTMLFormElement>("[data-ws-add-user]")
  form?.addEventListener("submit", (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const email = String(data.get("email") ?? "").trim()
    void changeUser(
      "/store/wholesale/company/users",
      { method: "POST", body: { email, role: String(data.get("role") ?? "buyer") } },
      () => {
        form.reset()
        return text("company.added", { email, company: companyName })
      },
      { 404: text("company.noAccount", { email }), 409: text("company.taken", { email }) },
    )
  })
}

export async function wholesaleIsland(): Promise<void> {
  if (!readToken()) {
    show("[data-ws-signed-out]")
    say("[data-ws-status]", "")
    return
  }
  try {
    // A buyer is a user of a company: the applicant staff approved, or a colleague their buyer admin added.
    const company = await api<{ company: Company }>("/store/wholesale/company").catch((error: unknown) => {
      if (error instanceof ApiFailure && error.status === 403) return null
      throw error
    })
    say("[data-ws-status]", "")
    if (!company) {
      const { wholesale_applications } = await api<{ wholesale_applications: Application[] }>(
        "/store/wholesale/applications",
        { channel: "retail" },
      )
      show("[data-ws-applicant]")
      showApplications(wholesale_applications)
      wireApplicationForm()
      return
    }
    titles = await fetch(config.titlesUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}))
      .catch(() => ({}))
    show("[data-ws-buyer]")
    const currencySelect = $<HTMLSelectElement>("[data-ws-currency]")
    if (currencySelect) {
      currencySelect.value = currency
      currencySelect.addEventListener("change", () => {
        currency = currencySelect.value === "jpy" ? "jpy" : "usd"
        // A cart has one currency: lines in the other start a new one.
        localStorage.removeItem(cartKey)
        void loadOffers()
      })
    }
    $("[data-ws-add]")?.addEventListener("click", () => void addGridToCart())
    $<HTMLInputElement>("[data-ws-csv]")?.addEventListener("change", (event) => {
      const file = (event.target as HTMLInputElement).files?.[0]
      if (file) void reportCsv(file)
    })
    $("[data-ws-csv-apply]")?.addEventListener("click", () => {
      for (const report of accepted) if (report.ok) cases.set(report.variantId, report.cases)
      renderGrid()
    })
    wireRfq()
    showCompany(company.company)
    wireAddUser()
    await Promise.all([loadOffers(), loadQuotes()])
  } catch (error) {
    say("[data-ws-status]", (error as Error).message)
  }
}
