import { currentRegion, shopSettings } from "../cart/shop"
import { searchProducts } from "./search-api"

/** Time after the last keystroke before suggestions are asked for (letters typed faster make one request). */
export const SUGGEST_DELAY_MS = 60

/**
 * Suggestions as the shopper types in `box`, as options of `list` (the box's datalist). A request
 * leaves SUGGEST_DELAY_MS after the last keystroke and a newer keystroke aborts the one in
 * flight, so the list always answers what is in the box; the budget from keystroke to painted list
 * is 150 ms (search_suggestions_p95_ms in tests/bench/budgets.json). Attached once per box; what
 * the box already holds when it is attached is suggested for at once.
 */
export function attachSuggestions(box: HTMLInputElement, list: HTMLDataListElement): void {
  if (box.dataset.suggestions === "on") return
  box.dataset.suggestions = "on"
  box.setAttribute("list", list.id)
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined
  const suggest = () => {
    clearTimeout(timer)
    inFlight?.abort()
    const words = box.value.trim()
    if (words.length < 2) return
    timer = setTimeout(async () => {
      const controller = new AbortController()
      inFlight = controller
      const abortable: typeof fetch = (input, init) => fetch(input, { ...init, signal: controller.signal })
      const { backendUrl, publishableKey, locale } = shopSettings()
      const currencyCode = currentRegion()?.currencyCode ?? document.documentElement.dataset.currency ?? "usd"
      try {
        const result = await searchProducts(
          { q: words },
          { backendUrl, publishableKey, locale, currencyCode },
          abortable,
          6,
        )
        if (controller.signal.aborted) return
        list.replaceChildren(
          ...result.hits.map((hit) => {
            const option = document.createElement("option")
            option.value = hit.title
            return option
          }),
        )
      } catch {
        // Aborted, or the store did not answer: no suggestions; the form still searches.
      }
    }, SUGGEST_DELAY_MS)
  }
  box.addEventListener("input", suggest)
  // Letters typed while this code was on its way (it loads when the box gets the focus) had no
  // listener: they are answered now.
  if (box.value.trim().length >= 2) suggest()
}
