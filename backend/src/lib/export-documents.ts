import { formatMoney, roundMoney } from "@ovop/domain"
import type { BusinessDocumentSpec } from "./pdf/business-document"

/** The three export documents of a wholesale order (issue 15). */
export const EXPORT_DOCUMENT_KINDS = ["proforma_invoice", "commercial_invoice", "packing_list"] as const
export type ExportDocumentKind = (typeof EXPORT_DOCUMENT_KINDS)[number]

export type ExportParty = { name: string; lines: string[]; taxId?: string | null }

/** A line of the order as the documents show it: what it is, where it comes from, how it is packed. */
export type ExportLine = {
  sku: string
  description: string
  /** The product's Japanese name, shown under the English one on a Japanese buyer's documents. */
  descriptionJa?: string | null
  hsCode: string
  /** The harvest lots the units come from, with their best-before days (YYYY-MM-DD). */
  lots: { number: string; bestBefore: string }[]
  /** The Issyk-Kul brand certificate of the producer group. */
  certificate?: string | null
  quantity: number
  caseSize: number
  /** Price of one unit in the order's currency (main unit: dollars, yen). */
  unitPrice: number
  netWeightKgPerUnit: number
  grossWeightKgPerCase: number
}

export type ExportDocumentInput = {
  number: string
  /** The day the document is issued (YYYY-MM-DD). */
  issuedOn: string
  currency: string
  /** The Incoterm and its named place, for example "FCA Bishkek" or "DAP Yokohama". */
  incoterm: string
  paymentTerms: string
  seller: ExportParty
  buyer: ExportParty
  consignee: ExportParty
  /** "ja": every label in English and Japanese; otherwise English. */
  language: string
  lines: ExportLine[]
  freight: number
  carton: { casesPerCarton: number; dimensionsCm: [number, number, number]; tareKg: number }
  /** The proforma's validity (YYYY-MM-DD). */
  validUntil?: string | null
}

const ORIGIN = { en: "Kyrgyzstan", ja: "キルギス" }

/** Labels in English and, for a Japanese buyer, "English / 日本語". */
const LABELS = {
  proforma_invoice: ["PROFORMA INVOICE", "見積送り状"],
  commercial_invoice: ["COMMERCIAL INVOICE", "商業送り状"],
  packing_list: ["PACKING LIST", "梱包明細書"],
  number: ["No.", "番号"],
  date: ["Date", "発行日"],
  incoterm: ["Incoterm", "インコタームズ"],
  payment: ["Payment terms", "支払条件"],
  validUntil: ["Valid until", "有効期限"],
  origin: ["Country of origin", "原産国"],
  seller: ["Seller / Shipper", "売主・荷送人"],
  buyer: ["Buyer", "買主"],
  consignee: ["Consignee", "荷受人"],
  item: ["Description", "品名"],
  hs: ["HS code", "HSコード"],
  lots: ["Lots, best before", "ロット・賞味期限"],
  certificate: ["Certificate", "認証番号"],
  quantity: ["Qty", "数量"],
  cases: ["Cases", "ケース"],
  unitPrice: ["Unit price", "単価"],
  amount: ["Amount", "金額"],
  subtotal: ["Goods", "商品代金"],
  freight: ["Freight", "運賃"],
  total: ["Total", "合計"],
  cartons: ["Cartons", "カートン"],
  cartonNumbers: ["Carton No.", "カートン番号"],
  net: ["Net kg", "正味重量kg"],
  gross: ["Gross kg", "総重量kg"],
  dimensions: ["Carton size (cm)", "カートン寸法(cm)"],
  volume: ["Volume", "容積"],
  taxId: ["Tax / registration No.", "税番号・登録番号"],
  brand: [
    "Issyk-Kul brand goods made by village producer groups of the Issyk-Kul OVOP Association.",
    "イシク・クル湖OVOP協会の村の生産者グループによるイシク・クル・ブランド商品。",
  ],
} as const

type LabelKey = keyof typeof LABELS

/** The totals of a document's lines: goods, freight and what is due, in the order's currency. */
export function exportTotals(input: ExportDocumentInput): { goods: number; freight: number; total: number } {
  const goods = roundMoney(
    input.lines.reduce((sum, line) => sum + roundMoney(line.unitPrice * line.quantity, input.currency), 0),
    input.currency,
  )
  const freight = roundMoney(input.freight, input.currency)
  return { goods, freight, total: roundMoney(goods + freight, input.currency) }
}

/** How a line is packed: its cases, its cartons (the last may be part full), weights. */
export function lineCartons(line: ExportLine, carton: ExportDocumentInput["carton"]) {
  const cases = Math.ceil(line.quantity / line.caseSize)
  const cartons = Math.ceil(cases / carton.casesPerCarton)
  const net = line.quantity * line.netWeightKgPerUnit
  const gross = cases * line.grossWeightKgPerCase + cartons * carton.tareKg
  return { cases, cartons, net: round(net, 2), gross: round(gross, 2) }
}

/** The document `kind` of an order, ready to draw (`renderBusinessDocument`). */
export function exportDocument(kind: ExportDocumentKind, input: ExportDocumentInput): BusinessDocumentSpec {
  const bilingual = input.language === "ja"
  const label = (key: LabelKey) => (bilingual ? `${LABELS[key][0]} / ${LABELS[key][1]}` : LABELS[key][0])
  const money = (amount: number) => formatMoney(amount, input.currency, "en")
  const party = (key: LabelKey, value: ExportParty) => ({
    label: label(key),
    lines: [value.name, ...value.lines, ...(value.taxId ? [`${label("taxId")}: ${value.taxId}`] : [])],
  })
  const origin = bilingual ? `${ORIGIN.en} / ${ORIGIN.ja}` : ORIGIN.en
  const reference = [
    { label: label("number"), value: input.number },
    { label: label("date"), value: input.issuedOn },
    { label: label("incoterm"), value: input.incoterm },
    { label: label("origin"), value: origin },
    ...(kind === "packing_list" ? [] : [{ label: label("payment"), value: input.paymentTerms }]),
    ...(kind === "proforma_invoice" && input.validUntil
      ? [{ label: label("validUntil"), value: input.validUntil }]
      : []),
  ]
  const description = (line: ExportLine) =>
    [line.description, bilingual && line.descriptionJa ? line.descriptionJa : "", `SKU ${line.sku}`]
      .filter(Boolean)
      .join("\n")
  const lots = (line: ExportLine) => line.lots.map((lot) => `${lot.number} (${lot.bestBefore})`).join("\n") || "-"
  const base = {
    title: label(kind),
    reference,
    parties: [party("seller", input.seller), party("buyer", input.buyer), party("consignee", input.consignee)],
    info: { title: `${LABELS[kind][0]} ${input.number}`, author: input.seller.name, subject: input.incoterm },
    footer: `${input.seller.name} · ${label("origin")}: ${origin}`,
  }

  if (kind === "packing_list") {
    let nextCarton = 1
    const [length, width, height] = input.carton.dimensionsCm
    const rows = input.lines.map((line) => {
      const packed = lineCartons(line, input.carton)
      const first = nextCarton
      nextCarton += packed.cartons
      return [
        description(line),
        line.hsCode,
        lots(line),
        String(line.quantity),
        String(packed.cases),
        packed.cartons > 1 ? `${first}-${nextCarton - 1}` : String(first),
        packed.net.toFixed(2),
        packed.gross.toFixed(2),
      ]
    })
    const totals = input.lines.map((line) => lineCartons(line, input.carton))
    const cartons = totals.reduce((sum, t) => sum + t.cartons, 0)
    const volume = round((cartons * length * width * height) / 1_000_000, 3)
    return {
      ...base,
      columns: [
        { label: label("item"), width: 3 },
        { label: label("hs"), width: 1.2 },
        { label: label("lots"), width: 2 },
        { label: label("quantity"), width: 0.8, align: "right" },
        { label: label("cases"), width: 0.8, align: "right" },
        { label: label("cartonNumbers"), width: 1, align: "right" },
        { label: label("net"), width: 1, align: "right" },
        { label: label("gross"), width: 1, align: "right" },
      ],
      rows,
      totals: [
        { label: label("cartons"), value: String(cartons) },
        {
          label: label("net"),
          value: round(
            totals.reduce((sum, t) => sum + t.net, 0),
            2,
          ).toFixed(2),
        },
        {
          label: label("gross"),
          value: round(
            totals.reduce((sum, t) => sum + t.gross, 0),
            2,
          ).toFixed(2),
        },
        { label: label("volume"), value: `${volume.toFixed(3)} m³` },
      ],
      notes: [
        `${label("dimensions")}: ${length} × ${width} × ${height}; ${input.carton.casesPerCarton} ${label("cases")}/${label("cartons")}`,
        label("brand"),
      ],
    }
  }

  const { goods, freight, total } = exportTotals(input)
  return {
    ...base,
    columns: [
      { label: label("item"), width: 2.6 },
      { label: label("hs"), width: 1.1 },
      { label: label("lots"), width: 2.2 },
      { label: label("certificate"), width: 1.7 },
      { label: label("quantity"), width: 0.9, align: "right" },
      { label: label("unitPrice"), width: 1.1, align: "right" },
      { label: label("amount"), width: 1.2, align: "right" },
    ],
    rows: input.lines.map((line) => [
      description(line),
      line.hsCode,
      lots(line),
      line.certificate ?? "-",
      String(line.quantity),
      money(line.unitPrice),
      money(roundMoney(line.unitPrice * line.quantity, input.currency)),
    ]),
    totals: [
      { label: label("subtotal"), value: money(goods) },
      { label: label("freight"), value: money(freight) },
      { label: `${label("total")} (${input.incoterm})`, value: money(total) },
    ],
    notes: [`${label("origin")}: ${origin}.`, label("brand")],
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
