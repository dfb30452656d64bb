import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { extractText, getDocumentProxy } from "unpdf"
import { beforeAll, describe, expect, it } from "vitest"
import { seedTaxRegions } from "../../../backend/src/lib/tax-regions"
import type PayoutModuleService from "../../../backend/src/modules/payout/service"
import { PAYOUT_FEE_PERCENT_SETTING } from "../../../backend/src/modules/payout/settings"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  kyrgyzRegion,
  orderWithPayments,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { type LedgerEntry, ledgerEntriesOf } from "../fixtures/payouts"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { backendDir } from "../setup/paths"

// biome-ignore lint/suspicious/noExplicitAny: the answers are read field by field
type Answer = { status: number; data: Record<string, any> }
type Headers = { headers: Record<string, string> }
type Entry = LedgerEntry

const today = new Date().toISOString().slice(0, 10)
const monthStart = `${today.slice(0, 7)}-01`

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let jam: string
    let honey: string
    let tosor: string
    let ananyevo: string
    let aigul: Headers
    let bakyt: Headers
    let buyers = 0

    const call = (method: "get" | "post", url: string, headers: Headers, body?: unknown): Promise<Answer> =>
      (method === "get" ? api.get(url, headers) : api.post(url, body ?? {}, headers)).catch(
        (error: { response: Answer }) => error.response,
      )

    const payoutModule = () => getContainer().resolve<PayoutModuleService>("payout")

    /** The ledger entries of an order, straight from the module. */
    const entriesOf = (orderId: string) => ledgerEntriesOf(getContainer(), orderId)

    /** Waits for the subscriber (run after the event, asynchronously) to have booked `count` entries. */
    const bookedEntries = async (orderId: string, count: number) => {
      await expect.poll(async () => (await entriesOf(orderId)).length, { timeout: 30_000, interval: 200 }).toBe(count)
      return entriesOf(orderId)
    }

    /** Places an order of `items` in the region, paid the given way; answers the order and its payment id. */
    const placeOrder = async (
      region: string,
      providerId: string,
      items: { variant_id: string; quantity: number }[],
    ) => {
      const cartId = await shopperCart(api, shop, { region, buyer: ++buyers, items })
      await readyToPay(api, shop, cartId, { region, providerId })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(data.type).toBe("order")
      const withPayments = await orderWithPayments(getContainer(), data.order.id)
      // query.graph answers totals as BigNumbers.
      const order = { ...withPayments, total: Number(withPayments.total) }
      return { order, paymentId: withPayments.payment_collections[0]?.payments[0]?.id as string }
    }

    /** A captured som order of jam and honey with the courier, its three credits booked. */
    const capturedOrder = async () => {
      const placed = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", [
        { variant_id: jam, quantity: 1 },
        { variant_id: honey, quantity: 2 },
      ])
      expect((await call("post", `/admin/payments/${placed.paymentId}/capture`, aigul)).status).toBe(200)
      await bookedEntries(placed.order.id, 3)
      return placed
    }

    /** Adds up an amount of entries in the smallest unit (`unit`: 1 for som and yen). */
    const sum = (entries: Entry[], pick: (entry: Entry) => number) =>
      entries.reduce((total, entry) => total + Math.round(pick(entry) * 100), 0) / 100

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion(), japanRegion()])
      await seedTaxRegions(container)
      aigul = await signInAsStaff(container, api, "aigul@ovop.local")
      bakyt = await signInAsStaff(container, api, "bakyt@ovop.local")
      // Card-like fees on the system provider (Japan's way to pay in these tests); cash costs nothing.
      const storeModule = container.resolve(Modules.STORE)
      const [store] = await storeModule.listStores({})
      await storeModule.updateStores(store?.id as string, {
        metadata: { ...(store?.metadata ?? {}), [PAYOUT_FEE_PERCENT_SETTING]: { pp_system_default: 3.6 } },
      })

      const group = async (overrides: Record<string, unknown>) =>
        (await api.post("/admin/producer-groups", tosorApricotGroup(overrides), aigul)).data.producer_group.id as string
      tosor = await group({})
      ananyevo = await group({
        handle: "ananyevo-beekeepers",
        name: "Ananyevo Beekeepers",
        village: "Ananyevo",
        district: "issyk-kul",
        commission_rate: 0.1,
        certificate: {
          number: "IK-2024-021",
          issuer: "Issyk-Kul Brand Certification Committee",
          valid_from: "2024-03-01",
          valid_to: "2099-02-28",
        },
      })
      const product = async (
        title: string,
        sku: string,
        prices: { currency_code: string; amount: number }[],
        groupId: string,
      ) => {
        const made = await createStockedProduct(container, shop, { title, sku, size: "Jar", prices, stock: 100 })
        await api.post(`/admin/products/${made.productId}/producer-group`, { producer_group_id: groupId }, aigul)
        return made.variantId
      }
      jam = await product(
        "Apricot jam",
        "TOS-APRICOT-JAM-250G",
        [
          { currency_code: "kgs", amount: 1350 },
          { currency_code: "jpy", amount: 3333 },
        ],
        tosor,
      )
      honey = await product(
        "White sainfoin honey",
        "ANA-SAINFOIN-HONEY-500G",
        [
          { currency_code: "kgs", amount: 950 },
          { currency_code: "jpy", amount: 2777 },
        ],
        ananyevo,
      )
    })

    describe("ledger", () => {
      it("credits each line to its group when staff capture a cash-on-delivery order, to the som", async () => {
        const { order, paymentId } = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", [
          { variant_id: jam, quantity: 1 },
          { variant_id: honey, quantity: 2 },
        ])
        expect(await entriesOf(order.id)).toEqual([])
        expect((await call("post", `/admin/payments/${paymentId}/capture`, aigul)).status).toBe(200)

        // Two lines of goods and the courier: three credits.
        const entries = await bookedEntries(order.id, 3)
        expect(entries.every((entry) => entry.kind === "credit" && entry.event_key.startsWith("capture:"))).toBe(true)
        const byGroup = (groupId: string | null) =>
          entries.find((entry) => entry.producer_group_id === groupId) as Entry
        // 1350 som of jam, 12 % VAT included (the association's): gross 1205, 15 % commission 181, no fee.
        expect(byGroup(tosor)).toMatchObject({ share: 1350, tax: 145, gross: 1205, commission: 181, fee: 0, net: 1024 })
        expect(byGroup(ananyevo)).toMatchObject({ share: 1900, gross: 1900 - byGroup(ananyevo).tax, fee: 0 })
        expect(byGroup(ananyevo).commission).toBe(Math.round(byGroup(ananyevo).gross * 0.1))
        expect(byGroup(null)).toMatchObject({ part_kind: "shipping", share: 250, net: 0, commission: 0 })
        // Every som of the captured total is someone's: group nets + commission + fees + the association's share.
        expect(sum(entries, (entry) => entry.net + entry.commission + entry.fee + entry.association)).toBe(order.total)
        expect(
          sum(entries, (entry) => entry.kgs_net + entry.kgs_commission + entry.kgs_fee + entry.kgs_association),
        ).toBe(order.total)
        // The tax of the entries is the order's tax breakdown.
        const { data } = await getContainer()
          .resolve("query")
          .graph({ entity: "order", fields: ["metadata"], filters: { id: order.id } })
        expect(sum(entries, (entry) => entry.tax)).toBe(data[0].metadata.ovop_tax.tax_total)
      })

      it("leaves a yen capture waiting for an exchange rate, refuses to book it until staff add one, then converts it at the rate of the day", async () => {
        const { order, paymentId } = await placeOrder("Japan", "pp_system_default", [
          { variant_id: jam, quantity: 2 },
          { variant_id: honey, quantity: 1 },
        ])
        expect((await call("post", `/admin/payments/${paymentId}/capture`, aigul)).status).toBe(200)
        const waiting = await call("post", `/admin/payouts/orders/${order.id}/book`, aigul)
        expect(waiting.status).toBe(400)
        expect(waiting.data).toMatchObject({ code: "no_exchange_rate", params: { currency: "JPY", day: today } })
        expect(await entriesOf(order.id)).toEqual([])

        // A rate from last year, a newer one from yesterday-or-today (the one used), one from the future (not used).
        const rate = (rate_to_kgs: number, effective_on: string) =>
          call("post", "/admin/payouts/exchange-rates", aigul, { currency_code: "JPY", rate_to_kgs, effective_on })
        expect((await rate(0.61, `${Number(today.slice(0, 4)) - 1}-06-01`)).status).toBe(201)
        expect((await rate(0.583, today)).status).toBe(201)
        expect((await rate(0.7, `${Number(today.slice(0, 4)) + 1}-01-01`)).status).toBe(201)
        const refused = await rate(-1, today)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("rate_to_kgs")
        const history = await call("get", "/admin/payouts/exchange-rates?currency_code=jpy", aigul)
        expect(history.data.exchange_rates.map((row: { rate_to_kgs: number }) => Number(row.rate_to_kgs))).toEqual([
          0.7, 0.583, 0.61,
        ])
        expect(history.data.exchange_rates[0].set_by).toMatch(/^user_/)

        const booked = await call("post", `/admin/payouts/orders/${order.id}/book`, aigul)
        expect(booked.status).toBe(200)
        expect(booked.data.booked).toBe(3)
        const entries = await entriesOf(order.id)
        expect(entries.every((entry) => Number(entry.rate_to_kgs) === 0.583)).toBe(true)
        // 3.6 % of the yen total in fees, spread over the parts; every yen and every som accounted for.
        const total = order.total
        expect(sum(entries, (entry) => entry.fee)).toBe(Math.round(total * 0.036))
        expect(sum(entries, (entry) => entry.net + entry.commission + entry.fee + entry.association)).toBe(total)
        expect(
          sum(entries, (entry) => entry.kgs_net + entry.kgs_commission + entry.kgs_fee + entry.kgs_association),
        ).toBe(Math.round(total * 0.583))
        for (const entry of entries) expect(Number.isInteger(entry.share)).toBe(true)
      })

      it("books nothing twice: a replayed capture event, a second booking, a duplicate row refused by the database", async () => {
        const { order, paymentId } = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", [
          { variant_id: jam, quantity: 3 },
        ])
        await call("post", `/admin/payments/${paymentId}/capture`, aigul)
        const first = await bookedEntries(order.id, 2)

        const { default: payoutLedger } = await import("../../../backend/src/subscribers/payout-ledger")
        await payoutLedger({
          event: { name: "payment.captured", data: { id: paymentId } },
          container: getContainer(),
        } as never)
        const again = await call("post", `/admin/payouts/orders/${order.id}/book`, aigul)
        expect(again.data.booked).toBe(0)
        expect((await entriesOf(order.id)).map((entry) => entry.event_key).sort()).toEqual(
          first.map((entry) => entry.event_key).sort(),
        )

        // Past the code: the unique index on (part, event) refuses a second row for the same part and event.
        const {
          id: _id,
          created_at: _c,
          updated_at: _u,
          deleted_at: _d,
          ...copy
        } = (await payoutModule().listPayoutEntries({ order_id: order.id }))[0] as Record<string, unknown>
        await expect(payoutModule().createPayoutEntries(copy as never)).rejects.toThrow()
        expect(await entriesOf(order.id)).toHaveLength(2)
      })

      it("reverses a partial refund in proportion and a full refund exactly, back to nothing owed for the order", async () => {
        const { order, paymentId } = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", [
          { variant_id: jam, quantity: 1 },
          { variant_id: honey, quantity: 1 },
        ])
        await call("post", `/admin/payments/${paymentId}/capture`, aigul)
        const credits = await bookedEntries(order.id, 3)

        expect((await call("post", `/admin/payments/${paymentId}/refund`, aigul, { amount: 1000 })).status).toBe(200)
        const afterPartial = await bookedEntries(order.id, 6)
        const debits = afterPartial.filter((entry) => entry.kind === "debit")
        expect(sum(debits, (entry) => entry.share)).toBe(1000)
        for (const debit of debits) {
          expect(debit.net + debit.commission + debit.fee + debit.association).toBe(debit.share)
        }

        const left = order.total - 1000
        expect((await call("post", `/admin/payments/${paymentId}/refund`, aigul, { amount: left })).status).toBe(200)
        const all = await bookedEntries(order.id, 9)
        for (const credit of credits) {
          const ofPart = all.filter((entry) => entry.part_id === credit.part_id)
          const signed = (pick: (entry: Entry) => number) =>
            sum(ofPart, (entry) => (entry.kind === "credit" ? pick(entry) : -pick(entry)))
          expect(signed((entry) => entry.share)).toBe(0)
          expect(signed((entry) => entry.net)).toBe(0)
          expect(signed((entry) => entry.commission)).toBe(0)
          expect(signed((entry) => entry.kgs_net)).toBe(0)
        }
      })

      it("reverses everything when a captured order is cancelled (Medusa refunds it without a payment.refunded event)", async () => {
        const { order } = await capturedOrder()
        expect((await call("post", `/admin/orders/${order.id}/cancel`, aigul)).status).toBe(200)
        await expect
          .poll(async () => (await entriesOf(order.id)).filter((entry) => entry.kind === "debit").length, {
            timeout: 30_000,
            interval: 200,
          })
          .toBe(3)
        const entries = await entriesOf(order.id)
        const signed = (pick: (entry: Entry) => number) =>
          sum(entries, (entry) => (entry.kind === "credit" ? pick(entry) : -pick(entry)))
        expect(signed((entry) => entry.share)).toBe(0)
        expect(signed((entry) => entry.kgs_net)).toBe(0)
      })

      it("books nothing for an order cancelled before its payment was captured", async () => {
        const { order } = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", [
          { variant_id: honey, quantity: 1 },
        ])
        expect((await call("post", `/admin/orders/${order.id}/cancel`, aigul)).status).toBe(200)
        expect((await call("post", `/admin/payouts/orders/${order.id}/book`, aigul)).data.booked).toBe(0)
        expect(await entriesOf(order.id)).toEqual([])
      })
    })

    describe("payout batches", () => {
      it("runs draft -> approved by a second person -> paid per group -> reconciled, with statements that equal the ledger", async () => {
        // Each test starts from the suite's setup (the runner restores the database): one captured order.
        await capturedOrder()
        const balances = (await call("get", "/admin/payouts/balances", aigul)).data.balances as {
          producer_group_id: string
          balance: number
        }[]
        expect(balances.map((row) => row.producer_group_id).sort()).toEqual([tosor, ananyevo].sort())

        const created = await call("post", "/admin/payouts/batches", aigul, {
          period_start: monthStart,
          period_end: today,
        })
        expect(created.status).toBe(201)
        const batch = created.data.payout_batch
        expect(batch.status).toBe("draft")
        for (const row of balances) {
          const line = batch.lines.find(
            (candidate: { producer_group_id: string }) => candidate.producer_group_id === row.producer_group_id,
          )
          expect(line).toMatchObject({ balance: row.balance, amount: Math.max(0, row.balance) })
        }
        // Each statement's totals are its group's ledger over the period, entry by entry.
        for (const statement of batch.statements) {
          const ledger = await call(
            "get",
            `/admin/payouts/groups/${statement.producer_group_id}/ledger?from=${monthStart}&to=${today}`,
            aigul,
          )
          const entries = ledger.data.entries as Entry[]
          const signed = (pick: (entry: Entry) => number) =>
            entries.reduce((total, entry) => total + (entry.kind === "credit" ? pick(entry) : -pick(entry)), 0)
          expect(statement.net).toBe(signed((entry) => Number(entry.kgs_net)))
          expect(statement.commission).toBe(signed((entry) => Number(entry.kgs_commission)))
          expect(statement.fees).toBe(signed((entry) => Number(entry.kgs_fee)))
          expect(statement.brought_forward + statement.net).toBe(statement.balance)
          expect(ledger.data.totals.net).toBe(statement.net)
        }

        const another = await call("post", "/admin/payouts/batches", bakyt, {
          period_start: monthStart,
          period_end: today,
        })
        expect(another.status).toBe(400)
        expect(another.data).toMatchObject({ code: "batch_open", params: { batch_id: batch.id, status: "draft" } })

        const payTosor = (who: Headers) =>
          call("post", `/admin/payouts/batches/${batch.id}/groups/${tosor}/pay`, who, {
            method: "mobile_wallet",
            reference: "ELSOM-20261206-0042",
            paid_on: today,
          })
        expect((await payTosor(aigul)).data).toMatchObject({ code: "batch_transition_not_allowed" })

        const selfApproved = await call("post", `/admin/payouts/batches/${batch.id}/approve`, aigul)
        expect(selfApproved.status).toBe(400)
        expect(selfApproved.data).toMatchObject({ type: "not_allowed", code: "same_approver" })
        const approved = await call("post", `/admin/payouts/batches/${batch.id}/approve`, bakyt)
        expect(approved.status).toBe(200)
        expect(approved.data.payout_batch).toMatchObject({
          status: "approved",
          approved_by: expect.stringMatching(/^user_/),
        })

        expect((await payTosor(aigul)).status).toBe(200)
        const early = await call("post", `/admin/payouts/batches/${batch.id}/mark-paid`, aigul)
        expect(early.status).toBe(400)
        expect(early.data).toMatchObject({ code: "groups_unpaid", params: { groups: [ananyevo] } })
        const badMethod = await call("post", `/admin/payouts/batches/${batch.id}/groups/${ananyevo}/pay`, aigul, {
          method: "cheque",
          reference: "x",
          paid_on: today,
        })
        expect(badMethod.status).toBe(400)
        expect(badMethod.data.message).toContain("method")
        expect(
          (
            await call("post", `/admin/payouts/batches/${batch.id}/groups/${ananyevo}/pay`, aigul, {
              method: "bank",
              reference: "KICB-PP-000917",
              paid_on: today,
            })
          ).status,
        ).toBe(200)
        const paid = await call("post", `/admin/payouts/batches/${batch.id}/mark-paid`, aigul)
        expect(paid.status).toBe(200)
        expect(paid.data.payout_batch.status).toBe("paid")
        expect(paid.data.payout_batch.totals.paid).toBe(paid.data.payout_batch.totals.to_pay)

        // A paid batch is locked; it can only be reconciled, and nothing moves backwards.
        expect((await payTosor(aigul)).data).toMatchObject({ code: "batch_locked", params: { status: "paid" } })
        expect((await call("post", `/admin/payouts/batches/${batch.id}/approve`, bakyt)).data).toMatchObject({
          code: "batch_transition_not_allowed",
          params: { from: "paid", to: "approved" },
        })
        const reconciled = await call("post", `/admin/payouts/batches/${batch.id}/reconcile`, bakyt)
        expect(reconciled.data.payout_batch).toMatchObject({ status: "reconciled" })

        // Paid out: nothing owed now.
        const after = (await call("get", "/admin/payouts/balances", aigul)).data.balances as { balance: number }[]
        expect(after.every((row) => row.balance === 0)).toBe(true)
      })

      it("carries a negative balance forward: a refund after the payout leaves the group owing, and it is paid nothing", async () => {
        const { order, paymentId } = await capturedOrder()
        // Paid out in a first batch.
        const first = (
          await call("post", "/admin/payouts/batches", aigul, { period_start: monthStart, period_end: today })
        ).data.payout_batch
        expect((await call("post", `/admin/payouts/batches/${first.id}/approve`, bakyt)).status).toBe(200)
        for (const groupId of [tosor, ananyevo]) {
          const paid = await call("post", `/admin/payouts/batches/${first.id}/groups/${groupId}/pay`, aigul, {
            method: "cash",
            reference: `RECEIPT-${groupId.slice(-4)}`,
            paid_on: today,
          })
          expect(paid.status).toBe(200)
        }
        expect((await call("post", `/admin/payouts/batches/${first.id}/mark-paid`, aigul)).status).toBe(200)

        // Then the shopper gets all of it back.
        expect((await call("post", `/admin/payments/${paymentId}/refund`, aigul, { amount: order.total })).status).toBe(
          200,
        )
        await expect
          .poll(async () => (await entriesOf(order.id)).filter((entry) => entry.kind === "debit").length, {
            timeout: 30_000,
            interval: 200,
          })
          .toBe(3)

        const created = await call("post", "/admin/payouts/batches", aigul, {
          period_start: monthStart,
          period_end: today,
        })
        expect(created.status).toBe(201)
        const statements = created.data.payout_batch.statements as {
          producer_group_id: string
          balance: number
          to_pay: number
          carried_forward: number
        }[]
        for (const groupId of [tosor, ananyevo]) {
          const statement = statements.find((candidate) => candidate.producer_group_id === groupId)
          expect(statement?.balance).toBeLessThan(0)
          expect(statement).toMatchObject({ to_pay: 0, carried_forward: statement?.balance })
        }
        // Nobody to pay: once approved it can be marked paid straight away, and the debt stays for the next sales.
        const id = created.data.payout_batch.id
        expect((await call("post", `/admin/payouts/batches/${id}/approve`, bakyt)).status).toBe(200)
        expect((await call("post", `/admin/payouts/batches/${id}/mark-paid`, aigul)).status).toBe(200)
        const balances = (await call("get", "/admin/payouts/balances", aigul)).data.balances as { balance: number }[]
        expect(balances.every((row) => row.balance < 0)).toBe(true)
      })
    })

    describe("payout documents", () => {
      /** A file route's answer: status, type, and the body as text (a PDF's text read back out of it). */
      const download = async (url: string, who: Headers) => {
        const answer = await api
          .get(url, { ...who, responseType: "arraybuffer" })
          .catch(
            (error: { response: { status: number; headers: Record<string, string>; data: ArrayBuffer } }) =>
              error.response,
          )
        const bytes = Buffer.from(answer.data)
        const type = String(answer.headers["content-type"] ?? "")
        const text = type.startsWith("application/pdf")
          ? (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(
              /\s+/g,
              " ",
            )
          : bytes.toString("utf8")
        return { status: answer.status, type, text }
      }
      /** The totals row of a statement CSV: [gross, commission, fees, net] as numbers. */
      const csvTotals = (csv: string) => {
        const rows = csv
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n")
        const totals = rows.find((row) => row.includes("Итого за период"))?.split(";") ?? []
        return { linesSold: Number(totals[3]), figures: totals.slice(4).map(Number), rows }
      }

      it("gives each group's statement with the ledger's totals, a bank file refusing missing details, and the cash sheet", async () => {
        await capturedOrder()
        const created = await call("post", "/admin/payouts/batches", aigul, {
          period_start: monthStart,
          period_end: today,
        })
        expect(created.status).toBe(201)
        const batch = created.data.payout_batch
        const ledger = (
          await call("get", `/admin/payouts/groups/${tosor}/ledger?from=${monthStart}&to=${today}`, aigul)
        ).data.totals

        // The statement CSV adds up to the ledger's totals for the period, in Russian and in Kyrgyz.
        const csv = await download(
          `/admin/payouts/batches/${batch.id}/groups/${tosor}/statement?format=csv&lang=ru`,
          aigul,
        )
        expect(csv.status).toBe(200)
        expect(csv.type).toContain("text/csv")
        const totals = csvTotals(csv.text)
        expect(totals.figures).toEqual([ledger.gross, ledger.commission, ledger.fees, ledger.net])
        expect(totals.linesSold).toBe(ledger.lines_sold)
        expect(totals.rows.some((row) => row.includes("Apricot jam"))).toBe(true)
        // Every sold line says how many were sold (the order line's quantity, read from its detail).
        const soldRows = totals.rows.filter((row) => row.includes("Apricot jam") && !row.includes("возврат"))
        expect(
          soldRows.map((row) => row.split(";")[3]).filter((quantity) => !/^[1-9]\d*$/.test(quantity ?? "")),
        ).toEqual([])
        const statement = (batch.statements as { producer_group_id: string; balance: number; net: number }[]).find(
          (candidate) => candidate.producer_group_id === tosor,
        )
        expect(statement?.net).toBe(ledger.net)
        expect(totals.rows.at(-1)?.split(";").at(-1)).toBe((statement?.balance ?? Number.NaN).toFixed(2))

        // The PDF in Kyrgyz reads back with ң ө ү and the group's figures.
        const pdf = await download(`/admin/payouts/batches/${batch.id}/groups/${tosor}/statement?lang=ky`, aigul)
        expect(pdf.status).toBe(200)
        // The group named as its Kyrgyz translation has it.
        expect(pdf.text).toContain("Өндүрүүчүлөр тобунун көчүрмөсү: Тосор өрүк аялдар тобу")
        expect(pdf.text).toContain("суроолоруңуз")
        expect(pdf.text).toContain(`Таза: ${String(ledger.net).replace(/\B(?=(\d{3})+(?!\d))/g, " ")}`)

        // The period statement agrees with the ledger too.
        const period = await download(
          `/admin/payouts/groups/${tosor}/statement?from=${monthStart}&to=${today}&format=csv&lang=ky`,
          aigul,
        )
        expect(period.status).toBe(200)
        expect(period.text).toContain("Мезгилдин жыйынтыгы")
        const periodRows = period.text.trimEnd().split("\r\n")
        const periodTotals = periodRows.find((row) => row.includes("Мезгилдин жыйынтыгы"))?.split(";") ?? []
        expect(periodTotals.slice(4).map(Number)).toEqual([ledger.gross, ledger.commission, ledger.fees, ledger.net])

        // Wrong asks: a language or format not offered, a group not in the batch.
        expect(
          (await download(`/admin/payouts/batches/${batch.id}/groups/${tosor}/statement?lang=en`, aigul)).status,
        ).toBe(400)
        expect((await download(`/admin/payouts/batches/${batch.id}/groups/pgrp_missing/statement`, aigul)).status).toBe(
          404,
        )

        // No bank file before a second person approved the batch.
        expect((await call("get", `/admin/payouts/batches/${batch.id}/bank-file`, aigul)).data).toMatchObject({
          code: "batch_transition_not_allowed",
        })
        expect((await call("post", `/admin/payouts/batches/${batch.id}/approve`, bakyt)).status).toBe(200)

        // Ananyevo is paid by bank but its record has no BIC: refused, naming the group and the field.
        await api.post(
          `/admin/producer-groups/${ananyevo}`,
          { payout_method: "bank", payout_details: { bank: "RSK Bank", account: "1290 0040 1177 3301" } },
          aigul,
        )
        const refused = await call("get", `/admin/payouts/batches/${batch.id}/bank-file`, aigul)
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({
          code: "payout_details_missing",
          params: { groups: [{ group_id: ananyevo, name: "Ananyevo Beekeepers", fields: ["payout_details.bik"] }] },
        })
        expect(refused.data.message).toContain("Ananyevo Beekeepers")
        await api.post(
          `/admin/producer-groups/${ananyevo}`,
          { payout_details: { bank: "RSK Bank", account: "1290 0040 1177 3301", bik: "129001" } },
          aigul,
        )
        // Tosor takes cash against a signature.
        await api.post(`/admin/producer-groups/${tosor}`, { payout_method: "cash", payout_details: null }, aigul)

        const lines = batch.lines as { id: string; producer_group_id: string; amount: number }[]
        const ananyevoLine = lines.find((line) => line.producer_group_id === ananyevo)
        const tosorLine = lines.find((line) => line.producer_group_id === tosor)
        const bankFile = await download(`/admin/payouts/batches/${batch.id}/bank-file`, aigul)
        expect(bankFile.status).toBe(200)
        const bankRows = bankFile.text
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n")
        expect(bankRows).toHaveLength(2)
        expect(bankRows[1]?.split(";")).toEqual([
          "1",
          "Ananyevo Beekeepers",
          "1290004011773301",
          "RSK Bank",
          "129001",
          (ananyevoLine?.amount ?? Number.NaN).toFixed(2),
          "KGS",
          expect.stringContaining("Выплата группе производителей «Ananyevo Beekeepers»"),
          ananyevoLine?.id,
        ])

        const sheet = await download(`/admin/payouts/batches/${batch.id}/cash-receipts?lang=ru`, aigul)
        expect(sheet.status).toBe(200)
        expect(sheet.text).toContain("Ведомость выдачи наличных группам производителей")
        expect(sheet.text).toContain("Женская группа «Абрикос» из Тосора")
        expect(sheet.text).not.toContain("Ananyevo Beekeepers")
        expect(sheet.text).toContain(
          `Итого к выдаче, сом: ${String(tosorLine?.amount).replace(/\B(?=(\d{3})+(?!\d))/g, " ")}`,
        )

        // Paid, the statement says how.
        for (const [groupId, method] of [
          [tosor, "cash"],
          [ananyevo, "bank"],
        ] as const) {
          const paid = await call("post", `/admin/payouts/batches/${batch.id}/groups/${groupId}/pay`, aigul, {
            method,
            reference: `PP-${groupId.slice(-4)}`,
            paid_on: today,
          })
          expect(paid.status).toBe(200)
        }
        expect((await call("post", `/admin/payouts/batches/${batch.id}/mark-paid`, aigul)).status).toBe(200)
        const paidCsv = csvTotals(
          (await download(`/admin/payouts/batches/${batch.id}/groups/${tosor}/statement?format=csv`, aigul)).text,
        )
        expect(paidCsv.rows.at(-2)?.split(";").at(-1)).toBe((tosorLine?.amount ?? Number.NaN).toFixed(2))
        expect(paidCsv.rows.at(-1)?.split(";").at(-1)).toBe(
          ((statement?.balance ?? 0) - (tosorLine?.amount ?? 0)).toFixed(2),
        )
      })
    })
  },
})
