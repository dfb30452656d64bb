import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { extractText, getDocumentProxy } from "unpdf"
import { beforeAll, expect, it } from "vitest"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { acceptedJamOrder, type Buyer, type WholesaleShop, wholesaleShop } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// Export documents of a wholesale order, through the real server and database: a Japanese importer's
// accepted quote becomes an order, and its proforma invoice, commercial invoice and packing list
// download as PDFs whose text (read back out of the files) holds the order's lines, quantities,
// HS code, lots with best-before days, totals, Incoterm and the three parties, in English and Japanese.

type Headers = Record<string, string>
type Download = { status: number; headers: Record<string, unknown>; body: Buffer }

const KINDS = ["proforma_invoice", "commercial_invoice", "packing_list"] as const

/** A PDF's text as a reader extracts it, whitespace folded. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\s+/g, " ")
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let made: WholesaleShop
    let wholesaleKey: Headers
    let productId: string
    let staff: { headers: { authorization: string } }
    let buyerA: Buyer
    let buyerB: Buyer
    let retail: { authorization: string }
    let applicant: { authorization: string }
    let orderId: string

    const as = (who: { authorization: string }) => ({ ...wholesaleKey, authorization: who.authorization })
    const download = async (url: string, headers: Headers): Promise<Download> => {
      const answer = await api.request({
        method: "GET",
        url,
        headers,
        responseType: "arraybuffer",
        validateStatus: () => true,
      })
      return { status: answer.status, headers: answer.headers, body: Buffer.from(answer.data) }
    }
    const json = (answer: Download) => JSON.parse(answer.body.toString("utf8"))
    const send = async (method: string, url: string, headers: Headers, body?: unknown) => {
      const answer = await api.request({ method, url, headers, data: body, validateStatus: () => true })
      expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.data)}`).toBeLessThan(300)
      return answer.data
    }

    /** 144 jars (12 cases) asked for by buyer A, quoted at 560 yen a jar and 18 000 yen freight, accepted: the order's id. */
    const acceptedOrder = async (): Promise<string> => {
      const { orderId, order } = await acceptedJamOrder(api, made, buyerA)
      expect(order).toMatchObject({ item_total: 80_640, shipping_total: 18_000, total: 98_640 })
      return orderId
    }

    beforeAll(async () => {
      const container = getContainer()
      const scene = await wholesaleShop(container, api, ["kyotoAdmin", "osakaAdmin", "retailCustomer", "applicant"])
      made = scene
      ;({ productId, staff, kyotoAdmin: buyerA, osakaAdmin: buyerB } = scene)
      wholesaleKey = scene.wholesale.headers
      retail = scene.retailCustomer
      applicant = scene.applicant

      // The jam as the catalogue holds it: HS code, a 400 g jar, its Japanese name, its group's certificate.
      const products = container.resolve("product")
      await products.updateProducts(productId, { hs_code: "200799" })
      await products.updateProductVariants(scene.variantId, { weight: 400 })
      await container
        .resolve("translation")
        .createTranslations([
          { reference: "product", reference_id: productId, locale_code: "ja", translations: { title: "あんずジャム" } },
        ])
      const { producer_group } = await send("POST", "/admin/producer-groups", staff.headers, tosorApricotGroup())
      await send("POST", `/admin/products/${productId}/producer-group`, staff.headers, {
        producer_group_id: producer_group.id,
      })
      // Two lots of the jam on sale, the older first.
      const harvest = container.resolve("harvest") as {
        createHarvestLots: (data: Record<string, unknown>[]) => Promise<unknown>
      }
      await harvest.createHarvestLots(
        [
          ["TOS-APR-2026-07", "2028-01-31"],
          ["TOS-APR-2026-08", "2028-02-29"],
        ].map(([lot_number, best_before]) => ({
          lot_number,
          variant_id: scene.variantId,
          producer_group_id: producer_group.id,
          best_before: new Date(`${best_before}T00:00:00Z`),
          forecast_quantity: 600,
          produced_quantity: 600,
          status: "available",
        })),
      )

      orderId = await acceptedOrder()
    })

    it("the buyer downloads each document: the order's lines, HS code, lots, totals, Incoterm and parties, in English and Japanese", async () => {
      const texts: Record<string, string> = {}
      for (const kind of KINDS) {
        const answer = await download(`/store/wholesale/orders/${orderId}/documents/${kind}`, as(buyerA))
        expect(answer.status, answer.body.toString("utf8").slice(0, 300)).toBe(200)
        expect(answer.headers["content-type"]).toContain("application/pdf")
        expect(answer.headers["content-disposition"]).toMatch(
          new RegExp(`^attachment; filename="${kind.replace(/_/g, "-")}-OVOP-W-\\d+\\.pdf"$`),
        )
        // The storefront, on another origin, reads the file's name.
        expect(answer.headers["access-control-expose-headers"]).toBe("Content-Disposition")
        expect(answer.body.subarray(0, 5).toString()).toBe("%PDF-")
        texts[kind] = await pdfText(answer.body)
      }
      for (const kind of KINDS) {
        const text = texts[kind] as string
        // The line, its HS code and lots with their best-before days.
        expect(text).toContain("Apricot jam 250 g")
        expect(text).toContain("TOS-APRICOT-JAM-250G")
        expect(text).toContain("200799")
        expect(text).toContain("TOS-APR-2026-07 (2028-01-31)")
        expect(text).toContain("TOS-APR-2026-08 (2028-02-29)")
        expect(text).toContain("144")
        // Incoterm and the three parties; origin.
        expect(text).toContain("CPT Yokohama, JP")
        expect(text).toContain("Issyk-Kul OVOP Association")
        expect(text).toContain("Kyoto Imports")
        expect(text).toContain("T1234567890123")
        expect(text).toContain("Kyoto Imports Yokohama Warehouse")
        expect(text).toContain("Kyrgyzstan")
        // A Japanese buyer's documents are bilingual.
        // (a reader may break a line of Japanese between any two characters: compare without spaces)
        expect(text.replace(/\s/g, "")).toContain("あんずジャム250g")
        expect(text).toContain("キルギス")
      }
      // The invoices: the group's certificate, the quoted price, the order's totals, the terms.
      for (const kind of ["proforma_invoice", "commercial_invoice"] as const) {
        const text = texts[kind] as string
        expect(text).toContain("IK-2024-017")
        expect(text).toContain("¥560")
        expect(text).toContain("¥80,640")
        expect(text).toContain("¥18,000")
        expect(text).toContain("¥98,640")
        expect(text).toContain("30% deposit on acceptance")
      }
      expect(texts.proforma_invoice).toContain("PROFORMA INVOICE / 見積送り状")
      expect(texts.commercial_invoice).toContain("COMMERCIAL INVOICE / 商業送り状")
      // The packing list: 12 cases of 12, 2 cases a carton: 6 cartons; 144 x 0.4 kg net; gross
      // 12 x (12 x 0.4 + 0.45) + 6 x 0.9 = 68.40 kg.
      const packing = texts.packing_list as string
      expect(packing).toContain("PACKING LIST / 梱包明細書")
      expect(packing).toContain("1-6")
      expect(packing).toContain("57.60")
      expect(packing).toContain("68.40")
      expect(packing).not.toContain("¥")
    })

    it("staff download any order's documents; another company's buyer gets 404, others 401/403, unknown kinds 400", async () => {
      const url = (kind: string) => `/admin/wholesale/orders/${orderId}/documents/${kind}`
      const staffAnswer = await download(url("commercial_invoice"), staff.headers)
      expect(staffAnswer.status).toBe(200)
      expect(await pdfText(staffAnswer.body)).toContain("¥98,640")
      expect((await download(url("certificate_of_origin"), staff.headers)).status).toBe(400)

      const store = (kind: string) => `/store/wholesale/orders/${orderId}/documents/${kind}`
      const other = await download(store("packing_list"), as(buyerB))
      expect(other.status).toBe(404)
      expect(json(other).message).toContain("was not found")
      expect((await download(store("packing_list"), as(retail))).status).toBe(403)
      expect((await download(store("packing_list"), as(applicant))).status).toBe(403)
      expect((await download(store("packing_list"), wholesaleKey)).status).toBe(401)
      expect((await download(store("invoice"), as(buyerA))).status).toBe(400)
      expect((await download(`/store/wholesale/orders/order_missing/documents/packing_list`, as(buyerA))).status).toBe(
        404,
      )
      expect((await download(url("packing_list"), {})).status).toBe(401)
    })

    it("a document the order cannot fill correctly is refused, naming what is missing, never printed wrong", async () => {
      const products = getContainer().resolve("product")
      await products.updateProducts(productId, { hs_code: null })
      try {
        const refused = await download(`/store/wholesale/orders/${orderId}/documents/commercial_invoice`, as(buyerA))
        expect(refused.status).toBe(400)
        expect(json(refused).message).toContain("TOS-APRICOT-JAM-250G has no HS code")
      } finally {
        await products.updateProducts(productId, { hs_code: "200799" })
      }
    })

    it("staff set the export packing: orders accepted afterwards are packed by it, earlier ones keep theirs; bad figures are refused by name", async () => {
      const packingOf = async (id: string) =>
        pdfText((await download(`/store/wholesale/orders/${id}/documents/packing_list`, as(buyerA))).body)
      const read = await send("GET", "/admin/wholesale/packing", staff.headers)
      expect(read.export_packing).toEqual({
        cases_per_carton: 2,
        carton_cm: [60, 40, 30],
        carton_tare_kg: 0.9,
        case_tare_kg: 0.45,
      })
      for (const [body, field] of [
        [{ cases_per_carton: 0, carton_cm: [80, 60, 40], carton_tare_kg: 1.2, case_tare_kg: 0.5 }, "cases_per_carton"],
        [
          { cases_per_carton: 2.5, carton_cm: [80, 60, 40], carton_tare_kg: 1.2, case_tare_kg: 0.5 },
          "cases_per_carton",
        ],
        [{ cases_per_carton: 4, carton_cm: [80, 60], carton_tare_kg: 1.2, case_tare_kg: 0.5 }, "carton_cm"],
        [{ cases_per_carton: 4, carton_cm: [80, 60, 4000], carton_tare_kg: 1.2, case_tare_kg: 0.5 }, "carton_cm, 2"],
        [{ cases_per_carton: 4, carton_cm: [80, 60, 40], carton_tare_kg: -1, case_tare_kg: 0.5 }, "carton_tare_kg"],
        [{ cases_per_carton: 4, carton_cm: [80, 60, 40], carton_tare_kg: 1.2, case_tare_kg: 0.0005 }, "case_tare_kg"],
        [{ cases_per_carton: 4, carton_cm: [80, 60, 40], carton_tare_kg: 1.2 }, "case_tare_kg"],
      ] as const) {
        const refused = await api.post("/admin/wholesale/packing", body, { ...staff, validateStatus: () => true })
        expect(refused.status, JSON.stringify(body)).toBe(400)
        expect(refused.data.message).toContain(field)
      }
      expect((await send("GET", "/admin/wholesale/packing", staff.headers)).export_packing.cases_per_carton).toBe(2)

      const set = await send("POST", "/admin/wholesale/packing", staff.headers, {
        cases_per_carton: 4,
        carton_cm: [80, 60, 40],
        carton_tare_kg: 1.2,
        case_tare_kg: 0.5,
      })
      expect(set.export_packing).toEqual({
        cases_per_carton: 4,
        carton_cm: [80, 60, 40],
        carton_tare_kg: 1.2,
        case_tare_kg: 0.5,
      })

      // The order accepted before keeps its packing: 6 cartons of 60 x 40 x 30, 68.40 kg gross.
      const before = await packingOf(orderId)
      expect(before).toContain("1-6")
      expect(before).toContain("68.40")
      // One accepted now: 12 cases, 4 a carton: 3 cartons of 80 x 60 x 40;
      // gross 12 x (12 x 0.4 + 0.5) + 3 x 1.2 = 67.20 kg.
      const after = await packingOf(await acceptedOrder())
      expect(after).toContain("1-3")
      expect(after).not.toContain("1-6")
      expect(after).toContain("80 × 60 × 40")
      expect(after).toContain("67.20")
      await send("POST", "/admin/wholesale/packing", staff.headers, read.export_packing)
    })
  },
})
