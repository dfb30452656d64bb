import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { HARVEST_MODULE } from "../../../backend/src/modules/harvest"
import type HarvestModuleService from "../../../backend/src/modules/harvest/service"
import type { PreorderBookingInput } from "../../../backend/src/modules/harvest/service"
import { backendDir } from "../setup/paths"

// The module's own bookings, without HTTP: each public booking method runs in the transaction the
// framework's @InjectTransactionManager opens, and grows a lot only by one conditional UPDATE.

moduleIntegrationTestRunner<HarvestModuleService>({
  moduleName: HARVEST_MODULE,
  resolve: path.join(backendDir, "src", "modules", "harvest"),
  cwd: backendDir,
  testSuite: ({ service }) => {
    const plannedLot = (lot_number: string, variant_id: string, forecast_quantity: number) =>
      service.createHarvestLots({
        lot_number,
        variant_id,
        producer_group_id: "pgrp_tosor",
        forecast_quantity,
        expected_shipping_month: "2027-08",
      })
    const booking = (key: string, lot: { id: string; variant_id: string }, quantity: number): PreorderBookingInput => ({
      key,
      lot_id: lot.id,
      variant_id: lot.variant_id,
      cart_id: `cart_${key}`,
      quantity,
      if_short: "wait",
      title: "Tosor apricot jam",
    })

    describe("bookPreorders", () => {
      it("books all lines or none: a line past its lot's forecast undoes the lines booked before it", async () => {
        const jam = await plannedLot("TOSOR-JAM-2027A", "variant_jam", 10)
        const honey = await plannedLot("TOSOR-HONEY-2027A", "variant_honey", 2)
        await expect(
          service.bookPreorders([booking("jam-line", jam, 4), booking("honey-line", honey, 3)]),
        ).rejects.toThrow(/only 2 of "Tosor apricot jam" can still be pre-ordered/)
        expect(await service.listPreorders({ key: ["jam-line", "honey-line"] })).toEqual([])
        const [jamAfter] = await service.listHarvestLots({ id: jam.id })
        expect(jamAfter?.preordered_quantity).toBe(0)
      })

      it("books a retried line once, and never past the forecast when buyers book at the same moment", async () => {
        const jam = await plannedLot("TOSOR-JAM-2027B", "variant_jam", 5)
        const attempts = await Promise.allSettled(
          Array.from({ length: 12 }, (_, index) => service.bookPreorders([booking(`buyer-${index}`, jam, 1)])),
        )
        expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(5)
        expect(await service.bookPreorders([booking("buyer-0", jam, 1)])).toEqual([])
        const [lot] = await service.listHarvestLots({ id: jam.id })
        expect(lot?.preordered_quantity).toBe(5)
        expect(await service.listPreorders({ lot_id: jam.id })).toHaveLength(5)
      })
    })
  },
})
