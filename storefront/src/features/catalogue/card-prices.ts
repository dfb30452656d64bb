// The browser side of the cards' prices: a static page is built in its language's currency, and
// each card carries its price in every currency (`data-card-prices`, written by ProductCard.astro).
// No imports beyond the type: every page loads this (the region picker announces the currency
// through it, and the listing's island follows it without importing the cart's code).
import type { CardPrices } from "./price-label"

/** The card prices a card element carries; empty when it carries none or they do not parse. */
export function readCardPrices(element: Element | null): CardPrices {
  try {
    return (JSON.parse(element?.getAttribute("data-card-prices") ?? "{}") as CardPrices) ?? {}
  } catch {
    return {}
  }
}

/** The amount and label of a card in `currency`; undefined when the build did not price it there. */
export function cardPriceIn(prices: CardPrices, currency: string | undefined): CardPrices[string] | undefined {
  return currency ? prices[currency.toLowerCase()] : undefined
}

/** Fired on `document` with the currency (lower case) the cards show, at load and on every change. */
export const currencyEvent = "ovop:currency"

/** The currency the cards show: the one the region picker announced, else `fallback` (the page's own). */
export function shownCurrency(fallback?: string): string | undefined {
  return document.documentElement.dataset.shopCurrency || fallback
}

/** Shows every card in `currency` and tells the page's other islands (the listing's filter). */
export function announceCurrency(currency: string | undefined): void {
  if (!currency) return
  document.documentElement.dataset.shopCurrency = currency.toLowerCase()
  showCardPrices(document, currency)
  document.dispatchEvent(new CustomEvent(currencyEvent, { detail: currency.toLowerCase() }))
}

// Each card's text as built (its page's currency), to show again when the shopper goes back to it.
const builtText = new WeakMap<Element, string>()

/** Shows every card's price of `root` in `currency` (the page's own text stays where a currency is missing). */
export function showCardPrices(root: ParentNode, currency: string | undefined): void {
  for (const element of root.querySelectorAll("[data-card-prices]")) {
    if (!builtText.has(element)) builtText.set(element, element.textContent ?? "")
    const price = cardPriceIn(readCardPrices(element), currency)
    if (!price) continue
    const label = price[1] ?? builtText.get(element) ?? ""
    if (element.textContent !== label) element.textContent = label
  }
}
