import http from "node:http"
import type { AddressInfo } from "node:net"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

type HookCall = { authorization: string | undefined; reason: string }

/** A stand-in for the start script's rebuild hook: records every POST it gets. */
async function startHook(): Promise<{ url: string; calls: HookCall[]; close: () => Promise<void> }> {
  const calls: HookCall[] = []
  const server = http.createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => (body += chunk))
    request.on("end", () => {
      calls.push({ authorization: request.headers.authorization, reason: JSON.parse(body || "{}").reason ?? "" })
      response.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/rebuild`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Waits until `condition` holds, up to `timeoutMs`. */
async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time")
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const quietSeconds = 1.5

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let hook: Awaited<ReturnType<typeof startHook>>
    let admin: { headers: { authorization: string } }
    let salesChannelId: string

    beforeAll(async () => {
      hook = await startHook()
      // Read by the subscriber on each event, so setting them after the boot is enough.
      process.env.OVOP_STOREFRONT_REBUILD_URL = hook.url
      process.env.OVOP_STOREFRONT_REBUILD_TOKEN = "integration-rebuild-token"
      process.env.OVOP_STOREFRONT_REBUILD_QUIET_SECONDS = String(quietSeconds)
      process.env.OVOP_STOREFRONT_REBUILD_MAX_WAIT_SECONDS = "60"
      salesChannelId = (await createStorefrontChannel(getContainer())).salesChannelId
      admin = await signInAsStaff(getContainer(), api)
    })

    afterAll(async () => {
      delete process.env.OVOP_STOREFRONT_REBUILD_URL
      await hook?.close()
    })

    it("asks for one rebuild after a burst of product edits in the admin, then one for a producer group", async () => {
      const { data: groupData } = await api.post("/admin/producer-groups", tosorApricotGroup(), admin)
      const group = groupData.producer_group
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Apricot jam",
              handle: "apricot-jam",
              status: "published",
              options: [{ title: "Size", values: ["250 g"] }],
              variants: [
                {
                  title: "250 g",
                  options: { Size: "250 g" },
                  manage_inventory: false,
                  prices: [{ currency_code: "usd", amount: 6.5 }],
                },
              ],
              sales_channels: [{ id: salesChannelId }],
            },
          ],
        },
      })
      const product = result[0] as { id: string; variants: { id: string }[] }
      // The creations above are one burst: one rebuild.
      await until(() => hook.calls.length === 1)
      expect(hook.calls[0]?.authorization).toBe("Bearer integration-rebuild-token")

      // Several quick edits through the admin API: title, description, a price.
      await api.post(`/admin/products/${product.id}`, { title: "Apricot jam from Tosor" }, admin)
      await api.post(`/admin/products/${product.id}`, { description: "Cooked in copper pans." }, admin)
      await api.post(
        `/admin/products/${product.id}/variants/${product.variants[0]?.id}`,
        { prices: [{ currency_code: "usd", amount: 7 }] },
        admin,
      )
      await until(() => hook.calls.length === 2)
      expect(hook.calls[1]?.reason).toContain("product.updated")
      // Nothing more follows the burst: wait well past another quiet period.
      const settled = Date.now() + quietSeconds * 2_500
      await until(() => Date.now() > settled || hook.calls.length > 2)
      expect(hook.calls).toHaveLength(2)

      // A producer group's own change (and its translations) asks too.
      await api.post(
        `/admin/producer-groups/${group.id}`,
        { translations: { ja: { craft: "杏のジャム" } }, member_count: 15 },
        admin,
      )
      await until(() => hook.calls.length === 3)
      expect(hook.calls[2]?.reason).toMatch(/producer/)
    })
  },
})
