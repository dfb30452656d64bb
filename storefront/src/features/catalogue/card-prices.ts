// The browser side of the cards' prices: a static page is built in its language's currency, each
// card carrying only its product's handle (`data-card`, written by ProductCard.astro). The prices in
// the other currencies wait in one file per language (pages/[locale]/card-prices.json.ts, named by
// `<html data-card-prices>`), fetched only when the shopper's currency is not the page's own.
// No imports beyond the type: every page loads this (the region picker announces the currency
// through it, and the listing's island follows it without importing the cart's code).
import type { CardPrices } from "./price-label"

/** Every card's prices of the page's language, by product handle. */
export type CardPricesByHandle = Record<string, CardPrices>

let loaded: CardPricesByHandle | undefined
let loading: Promise<unknown> | undefined

/** Fetches the card prices of the page's language once (none when the file cannot be had). */
function loadCardPrices(): Promise<unknown> {
  loading ??= fetch(document.documentElement.dataset.cardPrices ?? "")
    .then((response) => response.json())
    .catch(() => ({}))
    .then((prices: CardPricesByHandle) => {
      loaded = prices
    })
  return loading
}

/** The amount and label of the card of `handle` in `currency`; undefined when not (yet) known there. */
export function cardPriceIn(handle: string | undefined, currency: string | undefined): CardPrices[string] | undefined {
  return handle && currency ? loaded?.[handle]?.[currency.toLowerCase()] : undefined
}

/** Fired on `document` with the currency (lower case) the cards show, at load and on every change. */
export const currencyEvent = "ovop:currency"

/** The currency the page was built in (its cards' text), lower case. */
export function pageCurrency(): string | undefined {
  return document.documentElement.dataset.currency
}

/** The currency the cards show: the one the region picker announced, else the page's own. */
export function shownCurrency(): string | undefined {
  return document.documentElement.dataset.shopCurrency || pageCurrency()
}

/**
 * Shows every card in `currency` (once its prices are in, when it is not the page's own) and then
 * tells the page's other islands (the listing's filter).
 */
export function announceCurrency(currency: string | undefined): void {
  if (!currency) return
  const shown = currency.toLowerCase()
  const announce = () => {
    document.documentElement.dataset.shopCurrency = shown
    showCardPrices(document, shown)
    document.dispatchEvent(new CustomEvent(currencyEvent, { detail: shown }))
  }
  if (shown === pageCurrency() || loaded || !document.querySelector("[data-card]")) announce()
  else void loadCardPrices().then(announce)
}

// Each card's text as built (its page's currency), to show again when the shopper goes back to it.
const builtText = new WeakMap<Element, string>()

/** Shows every card's price of `root` in `currency` (the page's own text stays where a price is missing). */
export function showCardPrices(root: ParentNode, currency: string | undefined): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-card]")) {
    if (!builtText.has(element)) builtText.set(element, element.textContent ?? "")
    const label = cardPriceIn(element.dataset.card, currency)?.[1] ?? builtText.get(element) ?? ""
    if (element.textContent !== label) element.textContent = label
  }
}
