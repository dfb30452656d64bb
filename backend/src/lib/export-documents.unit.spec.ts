import { extractText, getDocumentProxy, getMeta } from "unpdf"
import { describe, expect, it } from "vitest"
import { type ExportDocumentInput, exportDocument, exportTotals, lineCartons } from "./export-documents"
import { renderBusinessDocument } from "./pdf/business-document"
import { textRuns } from "./pdf/runs"

/** The text of a PDF as a reader (or a customs officer's software) extracts it, whitespace folded. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number; title: unknown }> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf))
  const { text, totalPages } = await extractText(proxy, { mergePages: true })
  const meta = await getMeta(proxy)
  return { text: text.replace(/\s+/g, " "), pages: totalPages, title: (meta.info as { Title?: unknown }).Title }
}

const order: ExportDocumentInput = {
  number: "OVOP-W-2026-0042",
  issuedOn: "2026-12-06",
  currency: "usd",
  incoterm: "FCA Bishkek",
  paymentTerms: "30% deposit, balance before shipment",
  seller: {
    name: "Issyk-Kul OVOP Association",
    lines: ["Karakol, Issyk-Kul region", "Kyrgyzstan"],
    taxId: "01234567890123",
  },
  buyer: { name: "株式会社 山の恵み", lines: ["東京都千代田区丸の内1-1", "Japan"], taxId: "T1234567890123" },
  consignee: { name: "Yama no Megumi Co., Ltd. (warehouse)", lines: ["Yokohama, Kanagawa", "Japan"] },
  language: "ja",
  lines: [
    {
      sku: "TOS-APRICOT-JAM-250G",
      description: "Apricot jam 250 g",
      descriptionJa: "杏ジャム 250 g",
      hsCode: "2007.99",
      lots: [
        { number: "TOS-2026-07", bestBefore: "2027-07-31" },
        { number: "TOS-2026-08", bestBefore: "2027-08-31" },
      ],
      certificate: "IK-BRAND-0117",
      quantity: 144,
      caseSize: 12,
      unitPrice: 2.35,
      netWeightKgPerUnit: 0.25,
      grossWeightKgPerCase: 5.1,
    },
    {
      sku: "ANA-SAINFOIN-HONEY-500G",
      description: "White sainfoin honey 500 g",
      descriptionJa: "白いイガマメの蜂蜜 500 g",
      hsCode: "0409.00",
      lots: [{ number: "ANA-2026-06", bestBefore: "2028-06-30" }],
      certificate: "IK-BRAND-0031",
      quantity: 60,
      caseSize: 6,
      unitPrice: 7.1,
      netWeightKgPerUnit: 0.5,
      grossWeightKgPerCase: 4.2,
    },
  ],
  freight: 180,
  carton: { casesPerCarton: 4, dimensionsCm: [60, 40, 35], tareKg: 0.8 },
  validUntil: "2026-12-31",
}

describe("text runs", () => {
  it("draws Japanese with the CJK face and Kyrgyz Cyrillic with the text face", () => {
    expect(textRuns("杏ジャム 250 g, Ысык-Көл")).toEqual([
      { face: "cjk", text: "杏ジャム " },
      { face: "text", text: "250 g, Ысык-Көл" },
    ])
  })
})

describe("export documents", () => {
  it("totals goods and freight exactly in the order's currency", () => {
    expect(exportTotals(order)).toEqual({ goods: 764.4, freight: 180, total: 944.4 })
    expect(exportTotals({ ...order, currency: "jpy", freight: 20000.4 }).freight).toBe(20000)
  })

  it("packs a line in whole cases and cartons, the last carton part full", () => {
    expect(lineCartons(order.lines[1] as (typeof order.lines)[number], order.carton)).toEqual({
      cases: 10,
      cartons: 3,
      net: 30,
      gross: 44.4,
    })
  })

  it("a Japanese buyer's commercial invoice holds every line's HS code, lots, best-before days, origin and certificate, in English and Japanese", async () => {
    const { text, title } = await pdfText(await renderBusinessDocument(exportDocument("commercial_invoice", order)))
    expect(title).toBe("COMMERCIAL INVOICE OVOP-W-2026-0042")
    for (const expected of [
      "COMMERCIAL INVOICE / 商業送り状",
      "OVOP-W-2026-0042",
      "FCA Bishkek",
      "Kyrgyzstan / キルギス",
      "株式会社 山の恵み",
      "杏ジャム",
      "2007.99",
      "0409.00",
      "TOS-2026-07 (2027-07-31)",
      "TOS-2026-08 (2027-08-31)",
      "ANA-2026-06 (2028-06-30)",
      "IK-BRAND-0117",
      "IK-BRAND-0031",
      "$338.40",
      "$426.00",
      "$764.40",
      "$180.00",
      "$944.40",
    ]) {
      expect(text, expected).toContain(expected)
    }
  })

  it("an English buyer's proforma is in English only and carries its validity", async () => {
    const { text } = await pdfText(
      await renderBusinessDocument(exportDocument("proforma_invoice", { ...order, language: "en" })),
    )
    expect(text).toContain("PROFORMA INVOICE")
    expect(text).toContain("Valid until: 2026-12-31")
    expect(text).not.toContain("見積送り状")
  })

  it("the packing list counts cartons, their numbers and net and gross weights", async () => {
    const { text } = await pdfText(await renderBusinessDocument(exportDocument("packing_list", order)))
    // Jam: 12 cases in cartons 1-3; honey: 10 cases in cartons 4-6.
    expect(text).toContain("1-3")
    expect(text).toContain("4-6")
    expect(text).toMatch(/Cartons \/ カートン: 6/)
    // Net 36 + 30 kg; gross 12 × 5.1 + 3 × 0.8 + 44.4.
    expect(text).toMatch(/Net kg \/ 正味重量kg: 66\.00/)
    expect(text).toMatch(/Gross kg \/ 総重量kg: 108\.00/)
    expect(text).toContain("0.504 m³")
  })

  it("a long order runs onto further pages, each numbered", async () => {
    const many = { ...order, lines: Array.from({ length: 60 }, () => order.lines[0] as (typeof order.lines)[number]) }
    const { pages, text } = await pdfText(await renderBusinessDocument(exportDocument("commercial_invoice", many)))
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain(`1/${pages}`)
    expect(text).toContain(`${pages}/${pages}`)
  })

  it("draws a document that has no subject (pdfkit would write an undefined one)", async () => {
    const spec = exportDocument("packing_list", { ...order, language: "en" })
    const { text } = await pdfText(await renderBusinessDocument({ ...spec, info: { title: "T", author: "A" } }))
    expect(text).toContain("PACKING LIST")
  })

  it("Kyrgyz letters survive into the file (a statement in Kyrgyz needs ң, ө, ү)", async () => {
    const spec = exportDocument("packing_list", { ...order, language: "en" })
    const { text } = await pdfText(await renderBusinessDocument({ ...spec, notes: ["Төлөм: Ысык-Көл, үчүн, миң сом"] }))
    expect(text).toContain("Төлөм: Ысык-Көл, үчүн, миң сом")
  })
})
