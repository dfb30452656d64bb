import {
  bookingUnitPrice,
  casesOf,
  fromMinorUnits,
  minimumOrderValueRefusal,
  type Refusal,
  splitWholesaleLine,
  tierFor,
  toMinorUnits,
  type VolumeTier,
  wholesaleLineRefusal,
} from "@ovop/domain"

/*
 * The quick-order grid's arithmetic and the CSV upload's checks, pure so they are unit-tested. The
 * rules (whole cases, minimums, tiers, minimum order value) are `@ovop/domain`'s (wholesale.ts),
 * the same the backend's cart rules apply.
 */

/** A variant's wholesale offer as `GET /store/wholesale/offers` answers it. */
export type WholesaleOffer = {
  variant_id: string
  product_id: string
  sku: string | null
  case_pack: number
  min_quantity: number
  tiers: VolumeTier[]
  /** Units on the shelf now in whole cases (null: not counted, no limit); absent from an older answer. */
  on_shelf?: number | null
  /** The coming lot a line beyond the shelf books against, or null. */
  coming_lot?: { lot_number: string; bookable: number; expected_shipping_month: string | null } | null
}

/** What the grid shows for one line: units, cases, the tier that applies, its unit price and the line's total. */
export type GridLine = {
  variantId: string
  cases: number
  units: number
  tier: VolumeTier | null
  unitPrice: number | null
  lineTotal: number
  /** Units sold from the shelf now and booked against the coming lot (`splitWholesaleLine`). */
  now: number
  booked: number
  /** The unit price of each part: the now part at its own tier (as the cart prices it), the booked part at the whole line's. */
  nowUnitPrice: number | null
  bookedUnitPrice: number | null
  /** The coming lot's expected shipping month (YYYY-MM) when the line books, else null. */
  bookedMonth: string | null
  /** Why the line cannot be ordered as it stands (below the minimum, beyond the shelf and the lot), or null. */
  refusal: Refusal | null
}

/** The grid's totals: each line with cases, the order's total and whether it reaches the minimum order value. */
export type GridTotals = { lines: GridLine[]; total: number; minimumRefusal: Refusal | null }

/**
 * Lines and totals for `cases` (cases per variant id; zero or missing lines left out): each line
 * priced at the tier its number of cases falls in, totals added in the currency's smallest unit.
 */
export function gridTotals(
  offers: readonly WholesaleOffer[],
  cases: ReadonlyMap<string, number>,
  currencyCode: string,
  minimumOrderValue: number | null,
  titleOf: (offer: WholesaleOffer) => string = (offer) => offer.sku ?? offer.variant_id,
): GridTotals {
  const lines: GridLine[] = []
  let totalMinor = 0
  for (const offer of offers) {
    const caseCount = cases.get(offer.variant_id) ?? 0
    if (!Number.isInteger(caseCount) || caseCount <= 0) continue
    const units = caseCount * offer.case_pack
    const tier = tierFor(offer.tiers, caseCount)
    const ref = { product: titleOf(offer), product_id: offer.product_id }
    const line = splitOf(offer, units, ref)
    const nowTier = line.now > 0 ? tierFor(offer.tiers, casesOf(line.now, offer.case_pack)) : null
    const bookedUnitPrice = line.booked > 0 ? bookingUnitPrice(offer.tiers, units, offer.case_pack) : null
    const lineMinor =
      toMinorUnits(nowTier?.amount ?? 0, currencyCode) * line.now +
      toMinorUnits(bookedUnitPrice ?? 0, currencyCode) * line.booked
    totalMinor += lineMinor
    lines.push({
      variantId: offer.variant_id,
      cases: caseCount,
      units,
      tier,
      unitPrice: tier?.amount ?? null,
      lineTotal: fromMinorUnits(lineMinor, currencyCode),
      now: line.now,
      booked: line.booked,
      nowUnitPrice: nowTier?.amount ?? null,
      bookedUnitPrice,
      bookedMonth: line.booked > 0 ? (offer.coming_lot?.expected_shipping_month ?? null) : null,
      refusal: line.refusal,
    })
  }
  const total = fromMinorUnits(totalMinor, currencyCode)
  const minimumRefusal =
    minimumOrderValue !== null && lines.length
      ? minimumOrderValueRefusal({ amount: total, currencyCode }, { amount: minimumOrderValue, currencyCode })
      : null
  return { lines, total, minimumRefusal }
}

/**
 * How a line of `units` splits between the shelf and the coming lot (the domain's rule, as the
 * server splits it); a line refused keeps all its units "now" so the grid still prices it. An
 * offer without shelf figures (an older answer) is all "now".
 */
function splitOf(
  offer: WholesaleOffer,
  units: number,
  ref: { product: string; product_id: string },
): { now: number; booked: number; refusal: Refusal | null } {
  if (offer.on_shelf === undefined) {
    return { now: units, booked: 0, refusal: wholesaleLineRefusal({ ...ref, quantity: units, terms: offer }) }
  }
  const judged = splitWholesaleLine({
    ...ref,
    quantity: units,
    terms: offer,
    offer: { on_shelf: offer.on_shelf ?? Number.POSITIVE_INFINITY, coming_lot: offer.coming_lot ?? null },
  })
  return "refusal" in judged
    ? { now: units, booked: 0, refusal: judged.refusal }
    : { now: judged.split.now, booked: judged.split.booked, refusal: null }
}

/** One line of an uploaded CSV as judged: accepted (cases to put in the grid) or the reason it was not. */
export type CsvLineReport =
  | { line: number; sku: string; ok: true; variantId: string; cases: number }
  | { line: number; sku: string; ok: false; problem: "unknown_sku" | "bad_number" | "missing_columns" }
  | { line: number; sku: string; ok: false; problem: "refused"; refusal: Refusal }

// A CSV cell: quotes around it dropped ("a""b" is a"b); a cell holds no line break here.
const cellsOf = (row: string, separator: string): string[] => {
  const cells: string[] = []
  let current = ""
  let quoted = false
  for (let index = 0; index < row.length; index++) {
    const char = row[index]
    if (quoted) {
      if (char === '"' && row[index + 1] === '"') {
        current += '"'
        index++
      } else if (char === '"') quoted = false
      else current += char
    } else if (char === '"') quoted = true
    else if (char === separator) {
      cells.push(current.trim())
      current = ""
    } else current += char
  }
  cells.push(current.trim())
  return cells
}

/**
 * Reads a CSV of SKU and quantity in units (comma, semicolon or tab separated; a header row
 * naming `sku` is skipped; the separator is the first row's; blank lines ignored) and judges each line against the offers: an
 * unknown SKU, a quantity that is no whole positive number, one under the variant's minimum or not
 * whole cases (the domain's refusals) are reported; nothing is accepted twice (a SKU on several
 * lines adds up before it is judged, reported on its last line).
 */
export function parseOrderCsv(
  text: string,
  offers: readonly WholesaleOffer[],
  titleOf?: (offer: WholesaleOffer) => string,
): CsvLineReport[] {
  const bySku = new Map(offers.filter((offer) => offer.sku).map((offer) => [offer.sku?.toLowerCase() ?? "", offer]))
  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)
  // The separator the first row uses (spreadsheets in Europe and Japan write semicolons or tabs).
  const firstRow = rows.find((row) => row.trim()) ?? ""
  const separator = [";", "\t", ","].find((candidate) => firstRow.includes(candidate)) ?? ","
  const reports: CsvLineReport[] = []
  const units = new Map<string, { quantity: number; line: number; sku: string }>()
  rows.forEach((row, index) => {
    const line = index + 1
    if (!row.trim()) return
    const [skuCell = "", quantityCell = ""] = cellsOf(row, separator)
    if (index === 0 && skuCell.toLowerCase() === "sku") return
    if (!skuCell || !quantityCell) {
      reports.push({ line, sku: skuCell, ok: false, problem: "missing_columns" })
      return
    }
    const offer = bySku.get(skuCell.toLowerCase())
    if (!offer) {
      reports.push({ line, sku: skuCell, ok: false, problem: "unknown_sku" })
      return
    }
    const quantity = /^\d+$/.test(quantityCell) ? Number(quantityCell) : Number.NaN
    if (!Number.isSafeInteger(quantity) || quantity <= 0) {
      reports.push({ line, sku: skuCell, ok: false, problem: "bad_number" })
      return
    }
    const before = units.get(offer.variant_id)
    units.set(offer.variant_id, { quantity: (before?.quantity ?? 0) + quantity, line, sku: skuCell })
  })
  for (const offer of offers) {
    const counted = units.get(offer.variant_id)
    if (!counted) continue
    const refused = wholesaleLineRefusal({
      product: titleOf ? titleOf(offer) : counted.sku,
      product_id: offer.product_id,
      quantity: counted.quantity,
      terms: offer,
    })
    reports.push(
      refused
        ? { line: counted.line, sku: counted.sku, ok: false, problem: "refused", refusal: refused }
        : {
            line: counted.line,
            sku: counted.sku,
            ok: true,
            variantId: offer.variant_id,
            cases: casesOf(counted.quantity, offer.case_pack),
          },
    )
  }
  return reports.sort((a, b) => a.line - b.line)
}
