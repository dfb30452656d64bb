import { bookingUnitPrice, casesOf, formatMoney, splitWholesaleLine, tierFor, yearMonthLabel } from "@ovop/domain"
import { expect, test } from "@playwright/test"
import { text } from "./catalogue-data"
import { approvedImporter, call, signInOnPage } from "./wholesale-accounts"

// An importer asks for more than the Karakol shelf holds: the quick-order grid shows what is on the
// shelf and what the coming harvest lot can take, splits the line into "now" and "booked for
// <month>" with its live total, and the cart gets both parts. The product is chosen from the
// offers on the day of the run (seasons and lots follow today's date): a variant with a coming lot.

type Offer = {
  sku: string | null
  product_id: string
  case_pack: number
  min_quantity: number
  tiers: { min_cases: number; max_cases: number | null; amount: number }[]
  on_shelf: number | null
  coming_lot: { lot_number: string; bookable: number; expected_shipping_month: string | null } | null
}

const ja = (key: string, values?: Record<string, string>) => text("ja", key, values)
const password = "osaka-foods-2026"

test("an importer enters more than the shelf: the grid shows the split, and the cart books the rest for the lot's month", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  const email = `ito+${testInfo.project.name}-${Date.now()}@osaka-foods.example`
  const buyer = await approvedImporter(email, password, `大阪フーズ ${testInfo.project.name} ${Date.now()}`)
  const { offers } = await call<{ offers: Offer[] }>("/store/wholesale/offers?currency_code=jpy", { headers: buyer })
  // A line of the shelf's cases plus the minimum's worth booked, within what the lot can take.
  const chosen = offers
    .filter((offer) => offer.sku && offer.tiers.length && offer.on_shelf !== null && offer.coming_lot)
    .map((offer) => {
      const minimumCases = Math.ceil(offer.min_quantity / offer.case_pack)
      const cases = casesOf(offer.on_shelf ?? 0, offer.case_pack) + minimumCases
      return { offer, cases, units: cases * offer.case_pack }
    })
    .find(({ offer, units }) => {
      const judged = splitWholesaleLine({
        product: "",
        quantity: units,
        terms: offer,
        offer: { on_shelf: offer.on_shelf ?? 0, coming_lot: offer.coming_lot },
      })
      return "split" in judged && judged.split.booked > 0
    })
  if (!chosen) throw new Error("no wholesale variant has a coming lot with room today")
  const { offer, cases, units } = chosen
  const judged = splitWholesaleLine({
    product: "",
    quantity: units,
    terms: offer,
    offer: { on_shelf: offer.on_shelf ?? 0, coming_lot: offer.coming_lot },
  })
  if (!("split" in judged)) throw new Error("the chosen line does not split")
  const { now, booked } = judged.split
  const month = yearMonthLabel(offer.coming_lot?.expected_shipping_month, "ja") ?? ja("wholesale.grid.comingLot")
  const nowPrice = now > 0 ? (tierFor(offer.tiers, casesOf(now, offer.case_pack))?.amount ?? 0) : 0
  const bookedPrice = bookingUnitPrice(offer.tiers, units, offer.case_pack) ?? 0
  const yen = (amount: number) => formatMoney(amount, "jpy", "ja")

  await signInOnPage(page, "ja", email, password)
  await page.goto("/ja/wholesale/")
  const row = page.getByRole("row").filter({ hasText: offer.sku ?? "" })
  // The shelf and the coming lot, in whole cases.
  await expect(
    row.getByText(ja("wholesale.grid.bookable", { units: String(offer.coming_lot?.bookable ?? 0), month })),
  ).toBeVisible()
  await row.getByRole("spinbutton").fill(String(cases))
  await expect(
    row.getByText(
      ja("wholesale.grid.splitLine", {
        now: String(now),
        nowPrice: now > 0 ? yen(nowPrice) : "-",
        booked: String(booked),
        month,
        bookedPrice: yen(bookedPrice),
      }),
      { exact: false },
    ),
  ).toBeVisible()
  await expect(
    page.getByText(ja("wholesale.grid.total", { amount: yen(now * nowPrice + booked * bookedPrice) })),
  ).toBeVisible()
  await page.getByRole("button", { name: ja("wholesale.page.addToCart") }).click()
  await expect(page.getByText(new RegExp(`${booked}個を予約しました`))).toBeVisible()
})
