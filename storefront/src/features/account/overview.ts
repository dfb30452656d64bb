import { formatMoney } from "@ovop/domain"
import { intlLocales } from "../../i18n/locales"
import { orderedItems, orderStatusKey, orderSummaryFields, type StoreOrderSummary } from "./orders"
import { callApi, forgetToken, readConfig, readToken, reveal } from "./session"

/**
 * The account page's island: greets the signed-in customer and lists their orders (newest
 * first, what each bought, total in the order's currency, status); a visitor who is not signed
 * in goes to the sign-in page. Signing out forgets the token.
 */
export async function overviewIsland(): Promise<void> {
  const config = readConfig()
  const token = readToken()
  if (!config) return
  if (!token) return location.replace(config.paths.signIn)
  const text = (key: string) => config.strings[key] ?? ""
  const status = document.querySelector<HTMLElement>("[data-account-status]")
  const say = (message: string) => {
    if (status) status.textContent = message
  }
  document.querySelector("[data-sign-out]")?.addEventListener("click", () => {
    forgetToken()
    location.assign(config.paths.signIn)
  })
  try {
    const me = await callApi<{ customer: { first_name: string | null; email: string } }>(
      config,
      "/store/customers/me?fields=first_name,email",
      { token },
    )
    if (!me.ok) {
      // An expired or revoked session: sign in again.
      if (me.status === 401) {
        forgetToken()
        return location.replace(config.paths.signIn)
      }
      return say(text("account.failed"))
    }
    const greeting = document.querySelector<HTMLElement>("[data-greeting]")
    if (greeting)
      greeting.textContent = text("account.greeting").replace(
        "{name}",
        me.data.customer.first_name || me.data.customer.email,
      )
    reveal()
    const orders = await callApi<{ orders: StoreOrderSummary[] }>(
      config,
      `/store/orders?fields=${orderSummaryFields}&order=-created_at&limit=50`,
      { token },
    )
    if (!orders.ok) return say(text("account.failed"))
    const table = document.querySelector<HTMLTableElement>("[data-orders]")
    const body = table?.querySelector("tbody")
    const none = document.querySelector<HTMLElement>("[data-no-orders]")
    if (!table || !body || !none) return
    say("")
    none.hidden = orders.data.orders.length > 0
    table.hidden = orders.data.orders.length === 0
    const day = new Intl.DateTimeFormat(intlLocales[config.locale], { dateStyle: "medium" })
    body.replaceChildren(
      ...orders.data.orders.map((order) => {
        const row = document.createElement("tr")
        const number = document.createElement("th")
        number.scope = "row"
        // The order's own page (the confirmation page, opened with the shopper's session).
        const link = document.createElement("a")
        link.href = `${config.paths.order}?id=${encodeURIComponent(order.id)}`
        link.textContent = `#${order.display_id}`
        number.append(link)
        const cell = (content: string | Node) => {
          const td = document.createElement("td")
          td.append(content)
          return td
        }
        const items = document.createElement("ul")
        items.append(
          ...orderedItems(order).map((name) => {
            const item = document.createElement("li")
            item.textContent = name
            return item
          }),
        )
        row.append(
          number,
          cell(day.format(new Date(order.created_at))),
          cell(items),
          cell(formatMoney(order.total, order.currency_code, config.locale)),
          cell(text(orderStatusKey(order))),
        )
        return row
      }),
    )
  } catch {
    say(text("account.failed"))
  }
}
