// The browser side of the cards' prices: a static page is built in its language's currency, and
// each card carries its price in every currency (`data-card-prices`, written by ProductCard.astro).
// No imports beyond the type: every page with cards loads this.
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

/** Shows every card's price of `root` in `currency` (the page's own text stays where a currency is missing). */
export function showCardPrices(root: ParentNode, currency: string | undefined): void {
  for (const element of root.querySelectorAll("[data-card-prices]")) {
    const price = cardPriceIn(readCardPrices(element), currency)
    if (price && element.textContent !== price[1]) element.textContent = price[1]
  }
}
