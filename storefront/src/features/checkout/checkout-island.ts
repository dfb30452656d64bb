import { type AddressErrors, type AddressInput, countryForm, toStoreAddress, validateAddress } from "../account/address"
import { readToken } from "../account/session"
import { cartStorageKey, type StoreCart } from "../cart/cart-state"
import { loadCart, problemText, shopSettings, storeApi } from "../cart/shop"
import { formatPrice } from "../catalogue/price"
import {
  bankTransferDetails,
  type CardConfirmation,
  type CheckoutStep,
  cardConfirmation,
  checkoutSteps,
  isEmail,
  orderSummary,
  type PaymentKind,
  type PlacedOrder,
  paymentChoices,
  paymentProviders,
  placedOrderKey,
  type SummarySource,
  stepStates,
} from "./checkout"

/** The cart as the checkout reads it (Medusa's default store fields). */
type CheckoutCart = StoreCart &
  SummarySource & {
    email?: string | null
    region_id?: string | null
    shipping_address?: (Partial<AddressInput> & { metadata?: Record<string, unknown> | null }) | null
    payment_collection?: { id: string } | null
  }
type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> }
type ShippingOption = {
  id: string
  name: string
  /** The option's kind (the seed's codes: kg-courier, kg-pickup, jp-ems, intl-post). */
  type?: { code?: string | null } | null
  amount?: number | null
  calculated_price?: { calculated_amount?: number }
}

// Stripe.js, as far as this island uses it (its Payment Element).
type StripeElements = { create: (type: "payment") => { mount: (element: HTMLElement) => void } }
type StripeJs = {
  elements: (options: { clientSecret: string; locale: string }) => StripeElements
  confirmPayment: (options: {
    elements: StripeElements
    redirect: "if_required"
    confirmParams: { return_url: string }
  }) => Promise<{ error?: { message?: string } }>
}
declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeJs
  }
}

const stripeJsUrl = "https://js.stripe.com/v3/"
let stripeJs: Promise<void> | undefined
// Loaded only when the shopper chooses the card, never before the payment step.
const loadStripeJs = () => {
  stripeJs ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement("script")
    script.src = stripeJsUrl
    script.onload = () => resolve()
    script.onerror = () => reject(new Error("Stripe.js did not load"))
    document.head.append(script)
  })
  return stripeJs
}

/** Runs the checkout page: steps, store calls, card confirmation, then the order and the confirmation page. */
export async function checkoutIsland(root: HTMLElement): Promise<void> {
  const { locale } = shopSettings()
  const texts = JSON.parse(root.dataset.texts ?? "{}") as Record<string, string>
  const text = (key: string, values: Record<string, string> = {}) =>
    (texts[key] ?? "").replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "")
  // The option's name in the page language when the strings know its kind; the store's name otherwise.
  const shippingName = (option: Pick<ShippingOption, "name" | "type">) =>
    texts[`checkout.shippingOption.${option.type?.code ?? ""}`] || option.name
  const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = root) =>
    scope.querySelector(selector) as T
  const status = $("[data-checkout-status]")
  const problem = $("[data-checkout-problem]")
  const section = (step: CheckoutStep) => $(`[data-step=${step}]`)
  const formOf = (step: CheckoutStep) => $<HTMLFormElement>("[data-step-form]", section(step))
  const card: CardConfirmation | null = cardConfirmation(
    import.meta.env.PUBLIC_STRIPE_PUBLISHABLE_KEY,
    import.meta.env.PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL,
  )
  $("[data-checkout-needs-script]").remove()
  status.textContent = text("checkout.loading")

  let cart: CheckoutCart | null
  try {
    cart = (await loadCart()) as CheckoutCart | null
  } catch {
    problem.textContent = text("checkout.failed")
    return
  } finally {
    status.textContent = ""
  }
  if (!cart?.items?.length) {
    $("[data-checkout-empty]").hidden = false
    return
  }
  const cartId = cart.id
  let session: PaymentSession | null = null
  let paymentKind: PaymentKind | null = null
  let stripe: { js: StripeJs; elements: StripeElements } | null = null
  let choosing = 0

  const failed = (error: unknown) => problemText(error, text("checkout.failed"))
  const refreshCart = async () => {
    cart = (await storeApi<{ cart: CheckoutCart }>(`/store/carts/${cartId}`)).cart
    return cart
  }

  /** Opens `current`: the steps before it show their summary, the later ones stay hidden. */
  const show = (current: CheckoutStep, focus = true) => {
    const states = stepStates(current)
    for (const step of checkoutSteps) {
      const part = section(step)
      part.hidden = states[step] === "ahead"
      formOf(step).hidden = states[step] !== "open"
      for (const answered of part.querySelectorAll<HTMLElement>("[data-step-summary], [data-step-change]"))
        answered.hidden = states[step] !== "answered"
    }
    // Keyboard and screen-reader users land on the step that just opened.
    const heading = section(current).querySelector<HTMLElement>("h2")
    heading?.setAttribute("tabindex", "-1")
    if (focus) heading?.focus()
  }
  const summarise = (step: CheckoutStep, summary: string) => {
    const element = section(step).querySelector<HTMLElement>("[data-step-summary]")
    if (element) element.textContent = summary
  }
  for (const step of checkoutSteps) {
    section(step)
      .querySelector("[data-step-change] button")
      ?.addEventListener("click", () => show(step))
  }
  const formError = (step: CheckoutStep, message: string) => {
    $("[data-form-error]", formOf(step)).textContent = message
  }
  /** Runs a step's store calls with the button disabled; a refusal is shown under the step's form. */
  const busy = async (step: CheckoutStep, work: () => Promise<void>) => {
    const button = $<HTMLButtonElement>("button[type=submit]", formOf(step))
    button.disabled = true
    formError(step, "")
    try {
      await work()
    } catch (error) {
      formError(step, failed(error))
    } finally {
      button.disabled = false
    }
  }

  // ---- Contact and address ----
  const details = formOf("details")
  const field = (name: string) => details.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
  const value = (name: string) => field(name)?.value ?? ""
  const applyCountry = (country: string) => {
    const shape = countryForm(country)
    const shown = shape.region === "prefecture" ? "jp" : shape.region === "oblast" ? "kg" : "other"
    for (const group of details.querySelectorAll<HTMLElement>("[data-country]"))
      group.hidden = group.dataset.country !== shown
    const postal = field("postal_code")
    if (postal instanceof HTMLInputElement) postal.placeholder = shape.postalPlaceholder
  }
  const fill = (address: Partial<AddressInput> & { metadata?: Record<string, unknown> | null }) => {
    const country = address.country_code ?? ""
    const region = countryForm(country).region
    const values: Record<string, unknown> = {
      ...address,
      first_name_kana: address.metadata?.first_name_kana,
      last_name_kana: address.metadata?.last_name_kana,
      [region === "prefecture" ? "prefecture" : region === "oblast" ? "oblast" : "province"]: address.province,
    }
    for (const [name, entry] of Object.entries(values)) {
      const control = field(name)
      if (control && typeof entry === "string") control.value = entry
    }
    applyCountry(country)
  }
  const countrySelect = field("country_code") as HTMLSelectElement
  countrySelect.addEventListener("change", () => applyCountry(countrySelect.value))

  const showErrors = (errors: Record<string, string>) => {
    for (const element of details.querySelectorAll<HTMLElement>(".field-error")) element.textContent = ""
    for (const element of details.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid")
    for (const [name, key] of Object.entries(errors)) {
      const province = name === "province"
      const targets = province
        ? [...details.querySelectorAll<HTMLElement>("[data-error-for=province]")]
        : [details.querySelector<HTMLElement>(`#checkout-${name}-error`)]
      for (const target of targets) if (target) target.textContent = text(key)
      const region = countryForm(value("country_code")).region
      field(province ? (region === "prefecture" ? "prefecture" : "oblast") : name)?.setAttribute("aria-invalid", "true")
    }
    formError("details", Object.keys(errors).length ? text("checkout.fix") : "")
    details.querySelector<HTMLElement>("[aria-invalid]")?.focus()
  }

  details.addEventListener("submit", (event) => {
    event.preventDefault()
    const country = value("country_code")
    const region = countryForm(country).region
    const address: AddressInput = {
      first_name: value("first_name"),
      last_name: value("last_name"),
      first_name_kana: value("first_name_kana"),
      last_name_kana: value("last_name_kana"),
      phone: value("phone"),
      country_code: country,
      province: value(region === "prefecture" ? "prefecture" : region === "oblast" ? "oblast" : "province"),
      postal_code: value("postal_code"),
      city: value("city"),
      address_1: value("address_1"),
      address_2: value("address_2"),
    }
    const errors: AddressErrors & { email?: string } = validateAddress(address)
    if (!isEmail(value("email"))) errors.email = "checkout.error.email"
    showErrors(errors)
    if (Object.keys(errors).length) return
    void busy("details", async () => {
      const shippingAddress = toStoreAddress(address)
      await storeApi(`/store/carts/${cartId}`, {
        method: "POST",
        body: { email: value("email").trim(), shipping_address: shippingAddress, billing_address: shippingAddress },
      })
      const { shipping_options: options } = await storeApi<{ shipping_options: ShippingOption[] }>(
        "/store/shipping-options",
        { query: new URLSearchParams({ cart_id: cartId }) },
      )
      const regionSelect = field(region === "prefecture" ? "prefecture" : "oblast")
      const place = regionSelect instanceof HTMLSelectElement ? regionSelect.selectedOptions[0]?.text : address.province
      summarise(
        "details",
        [
          value("email"),
          `${address.last_name} ${address.first_name}`,
          address.postal_code,
          place,
          address.city,
          address.address_1,
        ]
          .filter(Boolean)
          .join(", "),
      )
      renderChoices(
        "delivery",
        options.map((option) => ({
          value: option.id,
          label: `${shippingName(option)} — ${formatPrice(option.calculated_price?.calculated_amount ?? option.amount ?? 0, cart?.currency_code ?? "", locale)}`,
        })),
      )
      if (!options.length) formError("delivery", text("checkout.shippingNone"))
      session = null
      show("delivery")
    })
  })

  // ---- Delivery and payment choices ----
  const renderChoices = (step: CheckoutStep, choices: { value: string; label: string }[]) => {
    const list = $("[data-choices]", formOf(step))
    list.replaceChildren(
      ...choices.map((choice, index) => {
        const label = document.createElement("label")
        const input = document.createElement("input")
        input.type = "radio"
        input.name = step
        input.value = choice.value
        input.checked = choices.length === 1 && index === 0
        label.append(input, ` ${choice.label}`)
        const row = document.createElement("p")
        row.append(label)
        return row
      }),
    )
  }
  const chosen = (step: CheckoutStep) => formOf(step).querySelector<HTMLInputElement>(`input[name=${step}]:checked`)

  formOf("delivery").addEventListener("submit", (event) => {
    event.preventDefault()
    const option = chosen("delivery")
    if (!option) return formError("delivery", text("checkout.deliveryChoose"))
    void busy("delivery", async () => {
      await storeApi(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: option.value } })
      const { payment_providers: providers } = await storeApi<{ payment_providers: { id: string }[] }>(
        "/store/payment-providers",
        { query: new URLSearchParams({ region_id: cart?.region_id ?? "" }) },
      )
      const choices = paymentChoices(providers.map((provider) => provider.id))
      renderChoices(
        "payment",
        choices.map((choice) => ({ value: choice.kind, label: text(`checkout.pay.${choice.kind}`) })),
      )
      summarise("delivery", option.parentElement?.textContent?.trim() ?? "")
      if (!choices.length) formError("payment", text("checkout.payNone"))
      session = null
      paymentKind = null
      resetPaymentDetails()
      show("payment")
      const only = chosen("payment")
      if (only) void choosePayment(only.value as PaymentKind)
    })
  })

  const payment = formOf("payment")
  const paymentNote = $("[data-payment-note]", payment)
  const cardElement = $("[data-card-element]", payment)
  const resetPaymentDetails = () => {
    paymentNote.textContent = ""
    cardElement.replaceChildren()
    $("[data-bank]", payment).hidden = true
    $("[data-bank-note]", payment).hidden = true
    stripe = null
  }
  payment.addEventListener("change", (event) => {
    const input = event.target
    if (input instanceof HTMLInputElement && input.name === "payment") void choosePayment(input.value as PaymentKind)
  })

  /** Opens the payment session of `kind` and shows what it needs: bank details, the card form, a note. */
  const choosePayment = async (kind: PaymentKind) => {
    const attempt = ++choosing
    session = null
    paymentKind = kind
    resetPaymentDetails()
    formError("payment", "")
    const providerId = paymentProviders[kind]
    try {
      const { payment_collection: collection } = await storeApi<{ payment_collection: { id: string } }>(
        "/store/payment-collections",
        { method: "POST", body: { cart_id: cartId } },
      )
      const { payment_collection: withSession } = await storeApi<{
        payment_collection: { payment_sessions?: PaymentSession[] }
      }>(`/store/payment-collections/${collection.id}/payment-sessions`, {
        method: "POST",
        body: { provider_id: providerId },
      })
      if (attempt !== choosing) return
      const opened = withSession.payment_sessions?.find((candidate) => candidate.provider_id === providerId)
      if (!opened) throw new Error("no payment session")
      if (kind === "bankTransfer") showBank(opened)
      else if (kind === "cashOnDelivery") paymentNote.textContent = text("checkout.cashNote")
      else if (kind === "test") paymentNote.textContent = text("checkout.testNote")
      else if (kind === "card" && !(await openCard(opened, attempt))) return
      session = opened
    } catch (error) {
      if (attempt === choosing) formError("payment", failed(error))
    }
  }

  const showBank = (opened: PaymentSession) => {
    const bank = bankTransferDetails(opened.data)
    if (!bank) return
    const set = (name: string, content: string) => {
      $(`[data-bank-${name}]`, payment).textContent = content
    }
    set("reference", bank.reference)
    set("name", bank.bankName)
    set("holder", bank.accountHolder)
    set("account", bank.accountNumber)
    set("bik", bank.bik)
    $("[data-bank]", payment).hidden = false
    $("[data-bank-note]", payment).hidden = false
  }

  /** Loads Stripe.js and mounts the Payment Element (or, in a test build, says the test card pays). */
  const openCard = async (opened: PaymentSession, attempt: number): Promise<boolean> => {
    if (!card) {
      formError("payment", text("checkout.cardFailed"))
      return false
    }
    paymentNote.textContent = text("checkout.cardLoading")
    const loaded = await loadStripeJs().then(
      () => true,
      () => false,
    )
    if (attempt !== choosing) return false
    if (card.mode === "test") {
      paymentNote.textContent = text("checkout.cardTest")
      return true
    }
    const clientSecret = String(opened.data.client_secret ?? "")
    if (!loaded || !window.Stripe || !clientSecret) {
      paymentNote.textContent = ""
      formError("payment", text("checkout.cardFailed"))
      return false
    }
    const js = window.Stripe(card.publishableKey)
    const elements = js.elements({ clientSecret, locale })
    elements.create("payment").mount(cardElement)
    stripe = { js, elements }
    paymentNote.textContent = ""
    return true
  }

  payment.addEventListener("submit", (event) => {
    event.preventDefault()
    if (!paymentKind) return formError("payment", text("checkout.payChoose"))
    if (!session) return
    void busy("payment", async () => {
      renderReview(await refreshCart())
      summarise("payment", text(`checkout.pay.${paymentKind}`))
      show("review")
    })
  })

  // ---- Review and order ----
  const review = formOf("review")
  const renderReview = (source: SummarySource) => {
    const summary = orderSummary(source, locale)
    $("[data-review-lines]", review).replaceChildren(
      ...summary.lines.map((line) => {
        const row = document.createElement("tr")
        const name = document.createElement("th")
        name.scope = "row"
        name.textContent = line.option ? `${line.name} (${line.option})` : line.name
        const quantity = document.createElement("td")
        quantity.textContent = String(line.quantity)
        const amount = document.createElement("td")
        amount.textContent = line.amount
        row.append(name, quantity, amount)
        return row
      }),
    )
    $("[data-review-items]", review).textContent = summary.itemTotal
    $("[data-review-shipping]", review).textContent = summary.shippingTotal
    $("[data-review-total]", review).textContent = summary.total
    $("[data-review-tax]", review).textContent = summary.taxIncluded
      ? text("checkout.taxIncluded", { tax: summary.taxIncluded })
      : text("checkout.noTax")
  }

  /** Confirms the card payment intent: Stripe's Payment Element, or the test build's local Stripe server. */
  const confirmCard = async (): Promise<string | null> => {
    if (!card || !session) return text("checkout.cardFailed")
    if (card.mode === "test") {
      const intent = String(session.data.id ?? "")
      const response = await fetch(`${card.url}/v1/payment_intents/${intent}/confirm`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${card.publishableKey}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({
          payment_method: "pm_card_visa",
          client_secret: String(session.data.client_secret),
        }),
      }).catch(() => null)
      if (response?.ok) return null
      const answer = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null
      return answer?.error?.message
        ? text("checkout.cardDeclined", { reason: answer.error.message })
        : text("checkout.cardFailed")
    }
    if (!stripe) return text("checkout.cardFailed")
    const { error } = await stripe.js.confirmPayment({
      elements: stripe.elements,
      redirect: "if_required",
      confirmParams: { return_url: location.href },
    })
    if (!error) return null
    return error.message ? text("checkout.cardDeclined", { reason: error.message }) : text("checkout.cardFailed")
  }

  review.addEventListener("submit", (event) => {
    event.preventDefault()
    void busy("review", async () => {
      status.textContent = text("checkout.placing")
      try {
        if (paymentKind === "card") {
          const refused = await confirmCard()
          if (refused) return formError("review", refused)
        }
        const answer = await storeApi<{
          type: "order" | "cart"
          order?: PlacedOrder
          order_token?: string
          error?: { message?: string }
        }>(`/store/carts/${cartId}/complete`, { method: "POST" })
        if (answer.type !== "order" || !answer.order)
          return formError("review", answer.error?.message || text("checkout.failed"))
        const order = answer.order
        const placed: PlacedOrder = {
          ...order,
          payment: paymentKind,
          bank: paymentKind === "bankTransfer" ? bankTransferDetails(session?.data) : null,
          token: answer.order_token,
        }
        try {
          sessionStorage.setItem(placedOrderKey(order.id), JSON.stringify(placed))
          localStorage.removeItem(cartStorageKey)
        } catch {}
        location.assign(`${root.dataset.orderPath}?id=${encodeURIComponent(order.id)}`)
      } finally {
        status.textContent = ""
      }
    })
  })

  // ---- Start: the region's countries, what the cart already holds, the account's addresses ----
  try {
    const { region } = await storeApi<{ region: { countries?: { iso_2: string }[] } }>(
      `/store/regions/${cart.region_id}`,
      { query: new URLSearchParams({ fields: "id,countries.iso_2" }) },
    )
    const allowed = new Set((region.countries ?? []).map((country) => country.iso_2))
    for (const option of [...countrySelect.options]) if (option.value && !allowed.has(option.value)) option.remove()
  } catch {}
  const defaultCountry = root.dataset.defaultCountry ?? ""
  const countries = [...countrySelect.options].filter((option) => option.value)
  const only = countries.length === 1 ? countries[0]?.value : undefined
  countrySelect.value = only ?? (countries.some((option) => option.value === defaultCountry) ? defaultCountry : "")
  applyCountry(countrySelect.value)
  if (cart.shipping_address?.country_code) fill(cart.shipping_address)
  if (cart.email) (field("email") as HTMLInputElement).value = cart.email
  await savedAddresses()
  show("details", false)

  /** Account holders: their email, their saved addresses to pick from, and the cart made theirs. */
  async function savedAddresses() {
    const token = readToken()
    if (!token) return
    const { backendUrl, publishableKey } = shopSettings()
    const call = async <T>(path: string, method = "GET"): Promise<T | null> => {
      const response = await fetch(`${backendUrl}${path}`, {
        method,
        headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
      }).catch(() => null)
      return response?.ok ? ((await response.json()) as T) : null
    }
    const [me, book] = await Promise.all([
      call<{ customer: { email: string } }>("/store/customers/me"),
      call<{ addresses: (AddressInput & { id: string; metadata?: Record<string, unknown> | null })[] }>(
        "/store/customers/me/addresses",
      ),
      call(`/store/carts/${cartId}/customer`, "POST"),
    ])
    const email = field("email") as HTMLInputElement
    if (me && !email.value) email.value = me.customer.email
    const usable = (book?.addresses ?? []).filter((address) =>
      [...countrySelect.options].some((option) => option.value && option.value === address.country_code),
    )
    if (!usable.length) return
    const picker = $<HTMLSelectElement>("#checkout-saved")
    for (const address of usable) {
      picker.append(
        new Option([address.last_name, address.first_name, address.city, address.address_1].join(" "), address.id),
      )
    }
    $("[data-saved-addresses]").hidden = false
    picker.addEventListener("change", () => {
      const address = usable.find((candidate) => candidate.id === picker.value)
      if (address) fill(address)
    })
  }
}
