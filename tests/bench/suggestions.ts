import { chromium } from "@playwright/test"
import type { Figures } from "./figures"
import { median, percentile, round } from "./stats"

/** Debian's Chromium, as in the end-to-end tests and the LCP measurement. */
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** The gap between two keystrokes: a shopper typing about five letters a second. */
export const keystrokeGapMs = 200

// Runs in the page, as a string so no helper of the TypeScript loader leaks into it. It notes the
// time of every keystroke in the header's box and, for every change of the suggestions list, the
// first frame painted after it (a timeout queued from requestAnimationFrame runs once that frame
// is drawn).
const watchScript = `(() => {
  const box = document.querySelector("#site-search")
  const list = document.querySelector("[data-search-suggestions]")
  if (!box || !list) throw new Error("the search page has no suggestions box")
  window.__suggest = { keys: [], paints: [] }
  box.addEventListener("keydown", (event) => window.__suggest.keys.push(event.timeStamp))
  new MutationObserver(() => {
    const count = list.children.length
    requestAnimationFrame(() => setTimeout(() => window.__suggest.paints.push({ at: performance.now(), count })))
  }).observe(list, { childList: true })
})()`

/**
 * Keystroke to painted suggestions on the search page (issue 14): for each term the shopper types
 * it letter by letter, and the sample is the time from the last keystroke to the first frame
 * painted with the suggestions for the whole term. Local: no network or CPU throttling.
 */
export async function measureSuggestions(searchPageUrl: string, terms: readonly string[]): Promise<Figures> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox"] })
  const samples: number[] = []
  const empty: string[] = []
  try {
    const page = await browser.newPage()
    const response = await page.goto(searchPageUrl, { waitUntil: "load" })
    if (!response?.ok()) throw new Error(`${searchPageUrl} answered ${response?.status() ?? "nothing"}`)
    await page.evaluate(watchScript)
    const box = page.locator("#site-search")
    for (const term of terms) {
      await box.fill("")
      await page.evaluate("window.__suggest.keys = []; window.__suggest.paints = []")
      await box.pressSequentially(term, { delay: keystrokeGapMs })
      // The suggestions for the whole term are the first change painted after the last keystroke.
      const handle = await page.waitForFunction(
        `(() => {
          const { keys, paints } = window.__suggest
          const last = keys[keys.length - 1]
          const paint = paints.find((p) => p.at > last)
          return paint ? { ms: paint.at - last, count: paint.count } : false
        })()`,
        undefined,
        { timeout: 5000 },
      )
      const { ms, count } = (await handle.jsonValue()) as { ms: number; count: number }
      samples.push(ms)
      if (count === 0) empty.push(term)
    }
  } finally {
    await browser.close()
  }
  const note = [
    `${samples.length} terms typed at one key per ${keystrokeGapMs} ms on ${new URL(searchPageUrl).pathname}`,
    `median ${round(median(samples), 0)} ms, slowest ${round(Math.max(...samples), 0)} ms`,
    "last keystroke to the first frame painted with the term's suggestions (debounce, request and render), Chromium, no throttling",
    empty.length ? `no suggestion for: ${empty.join(", ")}` : "every term had suggestions",
  ].join("; ")
  return { search_suggestions_p95_ms: { value: round(percentile(samples, 95), 0), unit: "ms", note } }
}
