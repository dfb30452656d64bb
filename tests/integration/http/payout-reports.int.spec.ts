import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { growthPercent, sameDayLastYear, womenShare } from "@ovop/domain"
import { beforeAll, expect, it } from "vitest"
import { seedTaxRegions } from "../../../backend/src/lib/tax-regions"
import type PayoutModuleService from "../../../backend/src/modules/payout/service"
import type { NewPayoutEntry } from "../../../backend/src/modules/payout/service"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  kyrgyzRegion,
  orderWithPayments,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { backendDir } from "../setup/paths"

// biome-ignore lint/suspicious/noExplicitAny: the answers are read field by field
type Answer = { status: number; data: Record<string, any> }
type Headers = { headers: Record<string, string> }
type Figures = {
  key: string
  label: string
  gross: number
  commission: number
  fees: number
  net: number
  units: number
  lines: number
  orders: number
  women_net: number
  paid: number | null
  women_paid: number | null
  previous: { gross: number; net: number }
  growth_percent: number | null
}

const today = new Date().toISOString().slice(0, 10)
const yearStart = `${today.slice(0, 4)}-01-01`
const thisMonth = today.slice(0, 7)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let jam: string
    let honey: string
    let tosor: string
    let ananyevo: string
    let jamsCategory: string
    let honeyCategory: string
    let aigul: Headers
    let bakyt: Headers
    let buyers = 0
    /** The season windows the products get once ordered (out of season, the cart would refuse them today). */
    const seasons = new Map<string, number[]>()

    const call = (url: string, headers: Headers, method: "get" | "post" = "get", body?: unknown): Promise<Answer> =>
      (method === "get" ? api.get(url, headers) : api.post(url, body ?? {}, headers)).catch(
        (error: { response: Answer }) => error.response,
      )
    /** A file route's answer: status, headers and the body's exact text (byte-order mark kept). */
    const download = async (url: string, who: Headers) => {
      const answer = await api
        .get(url, { ...who, responseType: "arraybuffer" })
        .catch(
          (error: { response: { status: number; headers: Record<string, string>; data: ArrayBuffer } }) =>
            error.response,
        )
      return {
        status: answer.status,
        headers: answer.headers as Record<string, string>,
        text: Buffer.from(answer.data).toString("utf8"),
      }
    }
    const payoutModule = () => getContainer().resolve<PayoutModuleService>("payout")

    /** Every group entry of the ledger, amounts as numbers. */
    const groupEntries = async () =>
      (await payoutModule().listPayoutEntries({}, { take: null }))
        .filter((entry) => entry.producer_group_id)
        .map((entry) => ({
          ...entry,
          sign: entry.kind === "credit" ? 1 : -1,
          kgs_net: Number(entry.kgs_net),
          kgs_commission: Number(entry.kgs_commission),
          kgs_fee: Number(entry.kgs_fee),
          occurred_at: new Date(entry.occurred_at),
        }))
    type GroupEntry = Awaited<ReturnType<typeof groupEntries>>[number]
    /** Signed som sums of entries, as statements count them (gross = commission + fees + net). */
    const sums = (entries: GroupEntry[]) => {
      const add = (pick: (entry: GroupEntry) => number) => entries.reduce((sum, e) => sum + e.sign * pick(e), 0)
      const commission = add((entry) => entry.kgs_commission)
      const fees = add((entry) => entry.kgs_fee)
      const net = add((entry) => entry.kgs_net)
      return { gross: commission + fees + net, commission, fees, net }
    }

    /** A captured som order of `items`, its credits booked; answers the order and its payment. */
    const capturedOrder = async (items: { variant_id: string; quantity: number }[]) => {
      const cartId = await shopperCart(api, shop, { region: "Kyrgyzstan", buyer: ++buyers, items })
      await readyToPay(api, shop, cartId, { region: "Kyrgyzstan", providerId: "pp_cash-on-delivery_ovop" })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      const order = await orderWithPayments(getContainer(), data.order.id)
      const paymentId = order.payment_collections[0]?.payments[0]?.id as string
      expect((await call(`/admin/payments/${paymentId}/capture`, aigul, "post")).status).toBe(200)
      // Its lines and the courier: one credit each.
      await expect
        .poll(async () => (await payoutModule().listPayoutEntries({ order_id: order.id })).length, {
          timeout: 30_000,
          interval: 200,
        })
        .toBe(items.length + 1)
      return { orderId: order.id, paymentId, total: Number(order.total) }
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion()])
      await seedTaxRegions(container)
      aigul = await signInAsStaff(container, api, "aigul@ovop.local")
      bakyt = await signInAsStaff(container, api, "bakyt@ovop.local")
      const group = async (overrides: Record<string, unknown>) =>
        (await api.post("/admin/producer-groups", tosorApricotGroup(overrides), aigul)).data.producer_group.id as string
      // Tosor: 12 women of 14 members (the fixture's). Ananyevo: 7 of 16.
      tosor = await group({})
      ananyevo = await group({
        handle: "ananyevo-sainfoin-beekeepers",
        name: "Ananyevo Sainfoin Beekeepers",
        village: "Ananyevo",
        district: "tyup",
        member_count: 16,
        women_member_count: 7,
        commission_rate: 0.1,
        translations: {},
      })
      const productModule = container.resolve(Modules.PRODUCT)
      const [jams, honeys] = await productModule.createProductCategories([
        { name: "Jams and preserves", handle: "jams-preserves", is_active: true },
        { name: "Honey", handle: "honey", is_active: true },
      ])
      jamsCategory = jams?.id as string
      honeyCategory = honeys?.id as string
      const product = async (
        title: string,
        sku: string,
        amount: number,
        groupId: string,
        seasonMonths: number[],
        categoryId: string,
      ) => {
        const made = await createStockedProduct(container, shop, {
          title,
          sku,
          size: "Jar",
          prices: [{ currency_code: "kgs", amount }],
          stock: 100,
        })
        await productModule.updateProducts(made.productId, { category_ids: [categoryId] })
        seasons.set(made.productId, seasonMonths)
        await api.post(`/admin/products/${made.productId}/producer-group`, { producer_group_id: groupId }, aigul)
        return made.variantId
      }
      jam = await product("Apricot jam", "TOS-APRICOT-JAM-250G", 1350, tosor, [7, 8, 9, 10, 11], jamsCategory)
      honey = await product(
        "White sainfoin honey",
        "ANA-SAINFOIN-HONEY-500G",
        950,
        ananyevo,
        [10, 11, 12, 1, 2, 3],
        honeyCategory,
      )
    })

    it("reports the ledger: totals equal the ledger and the statements, rows per group, village, category, season and month, last year's growth, payouts", async () => {
      const first = await capturedOrder([
        { variant_id: jam, quantity: 1 },
        { variant_id: honey, quantity: 2 },
      ])
      const second = await capturedOrder([{ variant_id: jam, quantity: 3 }])
      // A partial refund of the second order: debits in proportion.
      expect((await call(`/admin/payments/${second.paymentId}/refund`, aigul, "post", { amount: 1000 })).status).toBe(
        200,
      )
      await expect
        .poll(async () => (await payoutModule().listPayoutEntries({ order_id: second.orderId })).length, {
          timeout: 30_000,
          interval: 200,
        })
        .toBeGreaterThan(2)

      // Last year: the first order's credits, booked again on this day a year ago (a distinct event).
      const lastYearDay = new Date(`${sameDayLastYear(today)}T06:00:00.000Z`)
      const credits = await payoutModule().listPayoutEntries({ order_id: first.orderId, kind: "credit" })
      await payoutModule().bookEntries(
        first.orderId,
        credits.map(
          ({ id: _id, created_at: _created, updated_at: _updated, deleted_at: _deleted, ...entry }) =>
            ({ ...entry, event_key: "capture:last-year", occurred_at: lastYearDay }) as unknown as NewPayoutEntry,
        ),
      )

      // The products' season windows (the report reads them as they are now).
      for (const [productId, seasonMonths] of seasons) {
        await getContainer()
          .resolve(Modules.PRODUCT)
          .updateProducts(productId, { metadata: { season_months: seasonMonths } })
      }

      const entries = await groupEntries()
      const thisYear = entries.filter((entry) => entry.occurred_at >= new Date(`${yearStart}T00:00:00.000Z`))
      const lastYear = entries.filter((entry) => entry.occurred_at < new Date(`${yearStart}T00:00:00.000Z`))
      const ledger = sums(thisYear)
      const ofGroup = (list: GroupEntry[], groupId: string) => list.filter((e) => e.producer_group_id === groupId)

      // Pay Tosor in a batch, approved by a second person.
      const batch = (
        await call("/admin/payouts/batches", aigul, "post", { period_start: yearStart, period_end: today })
      ).data.payout_batch
      expect((await call(`/admin/payouts/batches/${batch.id}/approve`, bakyt, "post")).status).toBe(200)
      const paid = await call(`/admin/payouts/batches/${batch.id}/groups/${tosor}/pay`, aigul, "post", {
        method: "mobile_wallet",
        reference: "ELSOM-000311",
        paid_on: today,
      })
      expect(paid.status).toBe(200)
      const tosorPaid = (batch.lines as { producer_group_id: string; amount: number }[]).find(
        (line) => line.producer_group_id === tosor,
      )?.amount as number
      expect(tosorPaid).toBeGreaterThan(0)

      // By group, over the default period (the first of January to today).
      const byGroup = await call("/admin/payouts/reports", aigul)
      expect(byGroup.status).toBe(200)
      expect(byGroup.data).toMatchObject({ from: yearStart, to: today, by: "group", currency_code: "kgs" })
      expect(byGroup.data.totals).toMatchObject({
        ...ledger,
        units: 1 + 2 + 3,
        lines: 3,
        orders: 2,
        paid: tosorPaid,
        previous: { gross: sums(lastYear).gross, net: sums(lastYear).net },
        growth_percent: growthPercent(ledger.gross, sums(lastYear).gross),
      })
      const rows = byGroup.data.rows as Figures[]
      const row = (list: Figures[], key: string) => list.find((candidate) => candidate.key === key) as Figures
      for (const [groupId, members, women] of [
        [tosor, 14, 12],
        [ananyevo, 16, 7],
      ] as const) {
        const own = sums(ofGroup(thisYear, groupId))
        expect(row(rows, groupId)).toMatchObject({
          ...own,
          members,
          women_members: women,
          women_net: womenShare(own.net, women, members),
          previous: { gross: sums(ofGroup(lastYear, groupId)).gross },
          growth_percent: growthPercent(own.gross, sums(ofGroup(lastYear, groupId)).gross),
        })
        // Each group's statement over the same days has the same totals.
        const csv = await download(
          `/admin/payouts/groups/${groupId}/statement?from=${yearStart}&to=${today}&format=csv&lang=ru`,
          aigul,
        )
        const total = csv.text
          .split("\r\n")
          .find((line) => line.includes("Итого за период"))
          ?.split(";")
        expect(total?.slice(4).map(Number)).toEqual([own.gross, own.commission, own.fees, own.net])
        // Its lines carry their quantities, as the report's units count them.
        const quantities = csv.text
          .split("\r\n")
          .map((line) => line.split(";"))
          .filter((cells) => /^#\d+$/.test(cells[1] ?? "") && !(cells[2] ?? "").includes("(возврат)"))
          .map((cells) => Number(cells[3]))
        expect(quantities.reduce((sum, quantity) => sum + quantity, 0)).toBe(groupId === tosor ? 4 : 2)
      }
      expect(row(rows, tosor)).toMatchObject({ units: 4, orders: 2, paid: tosorPaid })
      expect(row(rows, tosor).women_paid).toBe(womenShare(tosorPaid, 12, 14))
      expect(row(rows, ananyevo)).toMatchObject({ units: 2, orders: 1, paid: 0 })
      expect(rows.reduce((sum, candidate) => sum + candidate.net, 0)).toBe(ledger.net)

      // By village, category and season: the same lines, under other keys.
      const figuresOf = (groupId: string) => {
        const { gross, commission, fees, net, units } = row(rows, groupId)
        return { gross, commission, fees, net, units }
      }
      const byVillage = (await call(`/admin/payouts/reports?by=village&from=${yearStart}&to=${today}`, aigul)).data
      expect(row(byVillage.rows, "Tosor")).toMatchObject({ ...figuresOf(tosor), paid: tosorPaid })
      expect(row(byVillage.rows, "Ananyevo")).toMatchObject(figuresOf(ananyevo))
      const byCategory = (await call("/admin/payouts/reports?by=category&lang=ru", aigul)).data
      expect(row(byCategory.rows, jamsCategory)).toMatchObject({ ...figuresOf(tosor), label: "Jams and preserves" })
      expect(row(byCategory.rows, honeyCategory)).toMatchObject({ ...figuresOf(ananyevo), paid: null })
      expect(byCategory.totals.paid).toBe(tosorPaid)
      const bySeason = (await call("/admin/payouts/reports?by=season&lang=ru", aigul)).data
      expect(row(bySeason.rows, "summer_autumn")).toMatchObject({ ...figuresOf(tosor), label: "Лето и осень" })
      expect(row(bySeason.rows, "winter")).toMatchObject({ ...figuresOf(ananyevo), label: "Зима" })

      // By month: every month of the year so far, everything in this one, last year's same month beside it.
      const byMonth = (await call("/admin/payouts/reports?by=month", aigul)).data
      expect((byMonth.rows as Figures[]).map((candidate) => candidate.key)).toEqual(
        Array.from(
          { length: Number(today.slice(5, 7)) },
          (_, index) => `${today.slice(0, 4)}-${String(index + 1).padStart(2, "0")}`,
        ),
      )
      expect(row(byMonth.rows, thisMonth)).toMatchObject({
        ...ledger,
        paid: tosorPaid,
        previous: { gross: sums(lastYear).gross },
      })

      // The CSV: a byte-order mark, Russian or Kyrgyz headers, a row per group and the totals.
      const csv = await download(`/admin/payouts/reports/csv?by=group&from=${yearStart}&to=${today}&lang=ru`, aigul)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.headers["content-disposition"]).toContain(`payout-report-group-${yearStart}-${today}-ru.csv`)
      const text = csv.text
      expect(text.startsWith("\uFEFF")).toBe(true)
      const lines = text.slice(1).trimEnd().split("\r\n")
      expect(lines[1]?.split(";").slice(0, 5)).toEqual(["Группа", "Выручка", "Комиссия", "Сборы", "Нетто"])
      expect(lines).toHaveLength(2 + 2 + 1)
      const tosorRow = lines.find((line) => line.startsWith("Женская группа «Абрикос» из Тосора;"))?.split(";")
      expect(tosorRow?.slice(1, 5).map(Number)).toEqual([
        row(rows, tosor).gross,
        row(rows, tosor).commission,
        row(rows, tosor).fees,
        row(rows, tosor).net,
      ])
      expect(lines.at(-1)?.split(";").slice(0, 5)).toEqual([
        "Итого",
        ...[ledger.gross, ledger.commission, ledger.fees, ledger.net].map((amount) => amount.toFixed(2)),
      ])
      const ky = (await download("/admin/payouts/reports/csv?by=season&lang=ky", aigul)).text
      expect(ky).toContain("Мезгил;Түшкөн акча")
      expect(ky).toContain("Жай жана күз;")
    })

    it("refuses a bad query with 400 naming the field", async () => {
      const refused = async (url: string, field: string) => {
        const answer = await call(url, aigul)
        expect(answer.status, url).toBe(400)
        expect(answer.data.message, url).toContain(field)
      }
      await refused("/admin/payouts/reports?by=week", "by")
      await refused("/admin/payouts/reports?from=2026-02-30", "from")
      await refused("/admin/payouts/reports?from=2026-03-01&to=2026-02-01", "to")
      await refused("/admin/payouts/reports?from=2010-01-01&to=2026-01-01", "to")
      await refused("/admin/payouts/reports?lang=de", "lang")
      await refused("/admin/payouts/reports?group=pgrp_1", "group")
      // A period completed by today: a start after today has no end.
      await refused(`/admin/payouts/reports?from=${Number(today.slice(0, 4)) + 1}-01-01`, "to")
      await refused("/admin/payouts/reports/csv?lang=en", "lang")
      await refused("/admin/payouts/reports/csv?by=day", "by")
      expect((await call("/admin/payouts/reports", { headers: {} })).status).toBe(401)
    })
  },
})
