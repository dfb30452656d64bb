import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import type PayoutModuleService from "../../../backend/src/modules/payout/service"
import { signInAsStaff } from "../fixtures/admin"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { backendDir } from "../setup/paths"

// Group leaders (issue 16, Access): an admin user made the leader of one producer group reads
// that group's payouts and nothing else. Two groups, a leader of each, two staff members; the
// ledger holds credits of both groups and one batch is paid.

// biome-ignore lint/suspicious/noExplicitAny: the answers are read field by field
type Answer = { status: number; data: any; headers: Record<string, string> }
type Headers = { headers: Record<string, string> }

const today = new Date().toISOString().slice(0, 10)
const monthStart = `${today.slice(0, 7)}-01`

/** A credit of `net` som to `groupId` for one jar (a ledger entry as a capture books it). */
const credit = (groupId: string, orderId: string, net: number) => ({
  kind: "credit" as const,
  producer_group_id: groupId,
  order_id: orderId,
  part_id: `ordli_${orderId.slice(6)}`,
  part_kind: "item" as const,
  event_key: `capture:capt_${orderId.slice(6)}`,
  payment_id: `pay_${orderId.slice(6)}`,
  currency_code: "kgs",
  share: net + Math.round(net * 0.2),
  tax: 0,
  gross: net + Math.round(net * 0.2),
  commission: Math.round(net * 0.2),
  commission_rate: 0.15,
  fee: 0,
  net,
  association: 0,
  rate_to_kgs: 1,
  kgs_net: net,
  kgs_commission: Math.round(net * 0.2),
  kgs_fee: 0,
  kgs_association: 0,
  occurred_at: new Date(),
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let aigul: Headers
    let bakyt: Headers
    let tosor: string
    let ananyevo: string
    let leaderOfTosor: Headers
    let leaderOfAnanyevo: Headers
    let leaderOfTosorId: string
    let leaderOfAnanyevoId: string

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown): Promise<Answer> =>
      api
        .request({ method, url, data: body, headers: who.headers, validateStatus: () => true })
        .then((answer: Answer) => answer)

    const userIdOf = async (who: Headers) => (await call("get", "/admin/users/me", who)).data.user.id as string

    beforeAll(async () => {
      const container = getContainer()
      aigul = await signInAsStaff(container, api as never, "aigul@ovop.local")
      bakyt = await signInAsStaff(container, api as never, "bakyt@ovop.local")
      tosor = (await api.post("/admin/producer-groups", tosorApricotGroup(), aigul)).data.producer_group.id
      ananyevo = (
        await api.post(
          "/admin/producer-groups",
          tosorApricotGroup({
            handle: "ananyevo-beekeepers",
            name: "Ananyevo Beekeepers",
            village: "Ananyevo",
            district: "issyk-kul",
            certificate: {
              number: "IK-2024-021",
              issuer: "Issyk-Kul Brand Certification Committee",
              valid_from: "2024-05-01",
              valid_to: "2099-04-30",
            },
            translations: {},
          }),
          aigul,
        )
      ).data.producer_group.id
      leaderOfTosor = await signInAsStaff(container, api as never, "gulmira@tosor.example.kg")
      leaderOfAnanyevo = await signInAsStaff(container, api as never, "nurlan@ananyevo.example.kg")
      leaderOfTosorId = await userIdOf(leaderOfTosor)
      leaderOfAnanyevoId = await userIdOf(leaderOfAnanyevo)
      for (const [userId, groupId] of [
        [leaderOfTosorId, tosor],
        [leaderOfAnanyevoId, ananyevo],
      ]) {
        const made = await call("post", "/admin/group-leaders", aigul, { user_id: userId, producer_group_id: groupId })
        expect(made.status).toBe(200)
      }
      await container
        .resolve<PayoutModuleService>("payout")
        .createPayoutEntries([
          credit(tosor, "order_tosor1", 1200),
          credit(tosor, "order_tosor2", 800),
          credit(ananyevo, "order_anany1", 3000),
        ] as never)
    })

    /** A batch of this month, approved by Bakyt, both groups paid, marked paid: its id. */
    const paidBatch = async (): Promise<string> => {
      const batch = (
        await call("post", "/admin/payouts/batches", aigul, { period_start: monthStart, period_end: today })
      ).data.payout_batch
      expect((await call("post", `/admin/payouts/batches/${batch.id}/approve`, bakyt)).status).toBe(200)
      for (const groupId of [tosor, ananyevo]) {
        const paid = await call("post", `/admin/payouts/batches/${batch.id}/groups/${groupId}/pay`, aigul, {
          method: "bank",
          reference: `KICB-PP-${groupId.slice(-6)}`,
          paid_on: today,
        })
        expect(paid.status).toBe(200)
      }
      expect((await call("post", `/admin/payouts/batches/${batch.id}/mark-paid`, aigul)).status).toBe(200)
      return batch.id
    }

    describe("what staff do", () => {
      it("lists the leaders with their groups, tells each user its role, and refuses to make oneself a leader", async () => {
        const all = await call("get", "/admin/group-leaders", aigul)
        expect(all.data.group_leaders).toEqual([
          expect.objectContaining({ email: "gulmira@tosor.example.kg", producer_group_id: tosor }),
          expect.objectContaining({ email: "nurlan@ananyevo.example.kg", producer_group_id: ananyevo }),
        ])
        const ofTosor = await call("get", `/admin/group-leaders?producer_group_id=${tosor}`, aigul)
        expect(ofTosor.data.group_leaders.map((leader: { user_id: string }) => leader.user_id)).toEqual([
          leaderOfTosorId,
        ])
        expect((await call("get", "/admin/group-leaders/me", aigul)).data).toEqual({
          role: "staff",
          producer_group: null,
        })
        expect((await call("get", "/admin/group-leaders/me", leaderOfTosor)).data).toMatchObject({
          role: "leader",
          producer_group: { id: tosor, name: "Tosor Apricot Women's Group" },
        })
        const self = await call("post", "/admin/group-leaders", aigul, {
          user_id: await userIdOf(aigul),
          producer_group_id: tosor,
        })
        expect(self.status).toBe(400)
        expect(self.data.message).toContain("user_id")
        const unknownGroup = await call("post", "/admin/group-leaders", aigul, {
          user_id: leaderOfTosorId,
          producer_group_id: "pgrp_missing",
        })
        expect(unknownGroup.status).toBe(404)
        expect(unknownGroup.data.message).toContain("producer_group_id")
      })

      it("keeps full access for staff: every group's balance, ledger and statement", async () => {
        const balances = await call("get", "/admin/payouts/balances", aigul)
        expect(
          balances.data.balances.map((row: { producer_group_id: string }) => row.producer_group_id).sort(),
        ).toEqual([tosor, ananyevo].sort())
        for (const groupId of [tosor, ananyevo]) {
          expect((await call("get", `/admin/payouts/groups/${groupId}/ledger`, bakyt)).status).toBe(200)
        }
        expect((await call("get", "/admin/orders", aigul)).status).toBe(200)
      })

      it("moves a leader to another group, and revokes one: its account goes and its token answers 401", async () => {
        const moved = await call("post", "/admin/group-leaders", aigul, {
          user_id: leaderOfAnanyevoId,
          producer_group_id: tosor,
        })
        expect(moved.data.group_leader).toMatchObject({ user_id: leaderOfAnanyevoId, producer_group_id: tosor })
        expect((await call("get", `/admin/payouts/groups/${tosor}/ledger`, leaderOfAnanyevo)).status).toBe(200)
        expect((await call("get", `/admin/payouts/groups/${ananyevo}/ledger`, leaderOfAnanyevo)).status).toBe(403)

        const revoked = await call("delete", `/admin/group-leaders/${leaderOfAnanyevoId}`, aigul)
        expect(revoked.data).toEqual({ id: leaderOfAnanyevoId, object: "group_leader", deleted: true })
        // Not back to staff: the old token opens nothing, the leadership is gone.
        expect((await call("get", "/admin/orders", leaderOfAnanyevo)).status).toBe(401)
        expect((await call("get", `/admin/payouts/groups/${tosor}/ledger`, leaderOfAnanyevo)).status).toBe(401)
        expect((await call("delete", `/admin/group-leaders/${leaderOfAnanyevoId}`, aigul)).status).toBe(404)
        const left = await call("get", "/admin/group-leaders", aigul)
        expect(left.data.group_leaders.map((leader: { user_id: string }) => leader.user_id)).toEqual([leaderOfTosorId])
        // A staff member who leads no group is not revoked.
        expect((await call("delete", `/admin/group-leaders/${await userIdOf(bakyt)}`, aigul)).status).toBe(404)
      })
    })

    describe("what a leader reads", () => {
      it("reads its own group's ledger, balance and statements (PDF and CSV, Kyrgyz and Russian)", async () => {
        const ledger = await call("get", `/admin/payouts/groups/${tosor}/ledger`, leaderOfTosor)
        expect(ledger.status).toBe(200)
        expect(ledger.data.entries).toHaveLength(2)
        expect(ledger.data.balance).toBe(2000)
        const balances = await call("get", "/admin/payouts/balances", leaderOfTosor)
        expect(balances.data.balances).toEqual([expect.objectContaining({ producer_group_id: tosor, balance: 2000 })])
        for (const format of ["csv", "pdf"]) {
          for (const lang of ["ky", "ru"]) {
            const statement = await call(
              "get",
              `/admin/payouts/groups/${tosor}/statement?from=${monthStart}&to=${today}&format=${format}&lang=${lang}`,
              leaderOfTosor,
            )
            expect({ format, lang, status: statement.status }).toEqual({ format, lang, status: 200 })
            expect(statement.headers["content-type"]).toContain(format === "csv" ? "text/csv" : "application/pdf")
          }
        }
      })

      it("cannot read another group's ledger or statement (either format, either language), nor that group by any spelling", async () => {
        const refused = [
          `/admin/payouts/groups/${ananyevo}/ledger`,
          `/admin/payouts/groups/${ananyevo}/ledger/`,
          `/ADMIN/PAYOUTS/GROUPS/${ananyevo}/LEDGER`,
          `/admin/payouts/groups/${encodeURIComponent(ananyevo).replace("_", "%5F")}/ledger`,
          `/admin/payouts/groups/${tosor}%2F..%2F${ananyevo}/ledger`,
          `/admin/payouts/groups/pgrp_missing/ledger`,
          ...["csv", "pdf"].flatMap((format) =>
            ["ky", "ru"].map(
              (lang) =>
                `/admin/payouts/groups/${ananyevo}/statement?from=${monthStart}&to=${today}&format=${format}&lang=${lang}`,
            ),
          ),
        ]
        for (const url of refused) {
          const answer = await call("get", url, leaderOfTosor)
          expect({ url, status: answer.status }).toEqual({ url, status: 403 })
        }
        // The other leader, the other way round.
        expect((await call("get", `/admin/payouts/groups/${tosor}/ledger`, leaderOfAnanyevo)).status).toBe(403)
        expect((await call("get", `/admin/payouts/groups/${ananyevo}/ledger`, leaderOfAnanyevo)).status).toBe(200)
      })

      it("sees paid batches only, with its own group's line and statement, and not the other group's statement", async () => {
        const draft = (
          await call("post", "/admin/payouts/batches", aigul, { period_start: monthStart, period_end: today })
        ).data.payout_batch
        expect((await call("get", "/admin/payouts/batches", leaderOfTosor)).data.payout_batches).toEqual([])
        expect((await call("get", `/admin/payouts/batches/${draft.id}`, leaderOfTosor)).status).toBe(403)
        expect(
          (await call("get", `/admin/payouts/batches/${draft.id}/groups/${tosor}/statement?format=csv`, leaderOfTosor))
            .status,
        ).toBe(403)
        // Staff delete nothing: the draft is paid through like any batch.
        expect((await call("post", `/admin/payouts/batches/${draft.id}/approve`, bakyt)).status).toBe(200)
        for (const groupId of [tosor, ananyevo]) {
          await call("post", `/admin/payouts/batches/${draft.id}/groups/${groupId}/pay`, aigul, {
            method: "bank",
            reference: "KICB-PP-000917",
            paid_on: today,
          })
        }
        expect((await call("post", `/admin/payouts/batches/${draft.id}/mark-paid`, aigul)).status).toBe(200)

        const listed = await call("get", "/admin/payouts/batches", leaderOfTosor)
        expect(listed.data.payout_batches.map((batch: { id: string }) => batch.id)).toEqual([draft.id])
        const batch = (await call("get", `/admin/payouts/batches/${draft.id}`, leaderOfTosor)).data.payout_batch
        expect(batch.lines.map((line: { producer_group_id: string }) => line.producer_group_id)).toEqual([tosor])
        expect(batch.statements).toEqual([expect.objectContaining({ producer_group_id: tosor, paid: 2000 })])
        expect(batch.totals).toEqual({ to_pay: 2000, paid: 2000, net: 2000 })
        for (const format of ["csv", "pdf"]) {
          const own = `/admin/payouts/batches/${draft.id}/groups/${tosor}/statement?format=${format}&lang=ky`
          const other = `/admin/payouts/batches/${draft.id}/groups/${ananyevo}/statement?format=${format}&lang=ru`
          expect({ format, status: (await call("get", own, leaderOfTosor)).status }).toEqual({ format, status: 200 })
          expect({ format, status: (await call("get", other, leaderOfTosor)).status }).toEqual({ format, status: 403 })
        }
        // Staff still see both groups of the batch.
        const staffView = (await call("get", `/admin/payouts/batches/${draft.id}`, aigul)).data.payout_batch
        expect(staffView.lines).toHaveLength(2)
      })
    })

    describe("what a leader cannot do", () => {
      it("refuses every staff action on payouts and every other admin route (deny by default), changing nothing", async () => {
        const batchId = await paidBatch()
        const refused: [method: "get" | "post" | "delete", url: string, body?: unknown][] = [
          ["post", "/admin/payouts/batches", { period_start: monthStart, period_end: today }],
          ["post", `/admin/payouts/batches/${batchId}/approve`, {}],
          ["post", `/admin/payouts/batches/${batchId}/reconcile`, {}],
          [
            "post",
            `/admin/payouts/batches/${batchId}/groups/${tosor}/pay`,
            { method: "cash", reference: "x", paid_on: today },
          ],
          ["get", `/admin/payouts/batches/${batchId}/bank-file`],
          ["get", `/admin/payouts/batches/${batchId}/cash-receipts?lang=ru`],
          ["get", "/admin/payouts/exchange-rates"],
          ["post", "/admin/payouts/exchange-rates", { currency_code: "jpy", rate: 0.6, valid_from: today }],
          ["post", "/admin/payouts/orders/order_tosor1/book", {}],
          ["get", "/admin/payouts/reports"],
          ["get", "/admin/group-leaders"],
          ["post", "/admin/group-leaders", { user_id: leaderOfTosorId, producer_group_id: ananyevo }],
          ["delete", `/admin/group-leaders/${leaderOfAnanyevoId}`],
          ["get", "/admin/producer-groups"],
          ["get", `/admin/producer-groups/${tosor}`],
          ["post", `/admin/producer-groups/${tosor}`, { commission_rate: 0 }],
          ["get", "/admin/harvest-lots"],
          ["get", "/admin/wholesale/quotes"],
          // Medusa's own routes: not readable just because the leader is an admin user.
          ["get", "/admin/orders"],
          ["get", "/admin/customers"],
          ["get", "/admin/products"],
          ["post", "/admin/products", { title: "Felt slippers" }],
          ["get", "/admin/users"],
          ["post", `/admin/users/${leaderOfTosorId}`, { first_name: "Boss" }],
          ["post", "/admin/invites", { email: "friend@tosor.example.kg" }],
          ["get", "/admin/api-keys"],
          ["post", "/admin/api-keys", { title: "mine", type: "secret" }],
          ["get", "/admin/payments"],
          ["get", "/ADMIN/ORDERS"],
          ["get", "/admin/orders/"],
          ["get", "/admin/nothing-here-yet"],
        ]
        for (const [method, url, body] of refused) {
          const answer = await call(method, url, leaderOfTosor, body)
          expect({ method, url, status: answer.status }).toEqual({ method, url, status: 403 })
          expect(answer.data).toMatchObject({ type: "forbidden" })
        }
        // Nothing changed: the group's commission, the leaders, the batch.
        const group = (await call("get", `/admin/producer-groups/${tosor}`, aigul)).data.producer_group
        expect(Number(group.commission_rate)).toBe(0.15)
        expect((await call("get", "/admin/group-leaders", aigul)).data.count).toBe(2)
        expect((await call("get", `/admin/payouts/batches/${batchId}`, aigul)).data.payout_batch.status).toBe("paid")
        // What the dashboard's shell needs still answers: the leader's user, and the store's name only.
        expect((await call("get", "/admin/users/me", leaderOfTosor)).status).toBe(200)
        for (const url of ["/admin/stores", "/admin/stores?fields=*metadata,supported_currencies"]) {
          const stores = await call("get", url, leaderOfTosor)
          expect(stores.status).toBe(200)
          expect(Object.keys(stores.data.stores[0]).sort()).toEqual(["id", "name"])
        }
        expect(
          (
            await call(
              "get",
              `/admin/stores/${(await call("get", "/admin/stores", aigul)).data.stores[0].id}`,
              leaderOfTosor,
            )
          ).status,
        ).toBe(403)
      })
    })
  },
})
