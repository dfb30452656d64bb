import type { RestrictedLine } from "@ovop/domain"
import type { Locale } from "../../i18n/locales"
import type { AddressInput } from "../account/address"
import type { StoreCart } from "../cart/cart-state"
import { problemText, shopSettings, storeApi } from "../cart/shop"
import {
  type CheckoutStep,
  type Choice,
  checkoutSteps,
  fillText,
  type SummarySource,
  stepStates,
  type Texts,
  type Translate,
} from "./checkout"
import type { PaymentKind, PaymentSession } from "./payment"

/** The cart as the checkout reads it (Medusa's default store fields). */
export type CheckoutCart = StoreCart &
  SummarySource & {
    email?: string | null
    region_id?: string | null
    shipping_address?: (Partial<AddressInput> & { metadata?: Record<string, unknown> | null }) | null
    payment_collection?: { id: string } | null
    /** The lines its destination refuses (goods that may not enter), as the store adds them to the cart. */
    ovop_restricted_lines?: RestrictedLine[]
  }

/** What the steps answered so far: the cart, the open payment session and the way to pay chosen. */
export type CheckoutState = {
  cartId: string
  cart: CheckoutCart | null
  session: PaymentSession | null
  paymentKind: PaymentKind | null
  /** The chosen delivery's shipping code (`kg-courier`), as the delivery step offered it. */
  deliveryCode?: string | null
  /** A signed-in customer's new address, saved in their address book once the order is placed. */
  addressToSave?: Record<string, unknown> | null
}

/** The checkout page as its step modules share it: its strings, its elements, the step display and the state. */
export type CheckoutPage = {
  root: HTMLElement
  locale: Locale
  texts: Texts
  text: Translate
  /** The first element matching `selector` in `scope` (the page by default); the page renders every one the island asks for. */
  $: <T extends Element = HTMLElement>(selector: string, scope?: ParentNode) => T
  status: HTMLElement
  problem: HTMLElement
  section: (step: CheckoutStep) => HTMLElement
  formOf: (step: CheckoutStep) => HTMLFormElement
  /** Opens `current`: the steps before it show their summary, the later ones stay hidden. */
  show: (current: CheckoutStep, focus?: boolean) => void
  summarise: (step: CheckoutStep, summary: string) => void
  formError: (step: CheckoutStep, message: string) => void
  /** Runs a step's store calls with the button disabled; a refusal is shown under the step's form. */
  busy: (step: CheckoutStep, work: () => Promise<void>) => Promise<void>
  /** What to show for a failed store call: the store's words, else the page's general failure. */
  failed: (error: unknown) => string
  /** Lists a step's radio choices; a single one comes chosen. */
  renderChoices: (step: CheckoutStep, choices: readonly Choice[]) => void
  chosen: (step: CheckoutStep) => HTMLInputElement | null
  /** Reads the cart again (its totals once delivery and payment are set) and tells who follows it. */
  refreshCart: () => Promise<CheckoutCart>
  /** Calls `listener` with the cart each time the checkout reads it (the side summary follows it so). */
  followCart: (listener: (cart: CheckoutCart) => void) => void
  state: CheckoutState
}

/** The shared DOM and state of the checkout rendered at `root` (CheckoutView.astro). */
export function checkoutPage(root: HTMLElement): CheckoutPage {
  const texts = JSON.parse(root.dataset.texts ?? "{}") as Texts
  const text: Translate = (key, values) => fillText(texts[key] ?? "", values)
  const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = root) =>
    scope.querySelector(selector) as T
  const section = (step: CheckoutStep) => $(`[data-step=${step}]`)
  const formOf = (step: CheckoutStep) => $<HTMLFormElement>("[data-step-form]", section(step))
  const formError = (step: CheckoutStep, message: string) => {
    $("[data-form-error]", formOf(step)).textContent = message
  }
  const failed = (error: unknown) => problemText(error, text("checkout.failed"))
  const state: CheckoutState = { cartId: "", cart: null, session: null, paymentKind: null }
  const cartFollowers: ((cart: CheckoutCart) => void)[] = []
  return {
    root,
    locale: shopSettings().locale,
    texts,
    text,
    $,
    status: $("[data-checkout-status]"),
    problem: $("[data-checkout-problem]"),
    section,
    formOf,
    show: (current, focus = true) => {
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
    },
    summarise: (step, summary) => {
      const element = section(step).querySelector<HTMLElement>("[data-step-summary]")
      if (element) element.textContent = summary
    },
    formError,
    busy: async (step, work) => {
      const button = $<HTMLButtonElement>("button[type=submit]", formOf(step))
      button.disabled = true
      // The button shows the wait (a spinner, styled by aria-busy) until the store answers.
      button.setAttribute("aria-busy", "true")
      formError(step, "")
      try {
        await work()
      } catch (error) {
        formError(step, failed(error))
      } finally {
        button.disabled = false
        button.removeAttribute("aria-busy")
      }
    },
    failed,
    renderChoices: (step, choices) => {
      $("[data-choices]", formOf(step)).replaceChildren(
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
    },
    chosen: (step) => formOf(step).querySelector<HTMLInputElement>(`input[name=${step}]:checked`),
    refreshCart: async () => {
      const cart = (await storeApi<{ cart: CheckoutCart }>(`/store/carts/${state.cartId}`)).cart
      state.cart = cart
      for (const follow of cartFollowers) follow(cart)
      return cart
    },
    followCart: (listener) => {
      cartFollowers.push(listener)
    },
    state,
  }
}
