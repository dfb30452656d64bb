import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { PRODUCER_GROUP_MODULE } from "../../../backend/src/modules/producer-group"
import type ProducerGroupModuleService from "../../../backend/src/modules/producer-group/service"
import { backendDir } from "../setup/paths"

const karakolBakers = {
  handle: "karakol-bakers",
  name: "Karakol Bakers",
  village: "Karakol",
  district: "karakol" as const,
  member_count: 9,
  women_member_count: 8,
  craft: "Shortbread and walnut crescents",
  story: "Nine bakers of Karakol bake in a shared kitchen near the Dungan mosque.",
  leader_phone: "+996 700 111 222",
  commission_rate: 0.12,
}

moduleIntegrationTestRunner<ProducerGroupModuleService>({
  moduleName: PRODUCER_GROUP_MODULE,
  resolve: path.join(backendDir, "src", "modules", "producer-group"),
  cwd: backendDir,
  testSuite: ({ service }) => {
    describe("the producer-group module's service", () => {
      it("stores a group with a generated pgrp_ id and the default status", async () => {
        const group = await service.createProducerGroups(karakolBakers)
        expect(group.id).toMatch(/^pgrp_/)
        expect(group.status).toBe("active")
        const stored = await service.retrieveProducerGroup(group.id)
        expect(stored).toMatchObject({ handle: "karakol-bakers", women_member_count: 8 })
        expect(Number(stored.commission_rate)).toBe(0.12)
      })

      it("refuses a second group with the same handle at the database", async () => {
        await service.createProducerGroups(karakolBakers)
        await expect(service.createProducerGroups({ ...karakolBakers, name: "Other" })).rejects.toThrow(/handle/)
      })

      it("accepts a handle again once its group was deleted", async () => {
        const group = await service.createProducerGroups(karakolBakers)
        await service.softDeleteProducerGroups(group.id)
        const again = await service.createProducerGroups(karakolBakers)
        expect(again.id).not.toBe(group.id)
      })

      it("searches groups by name", async () => {
        await service.createProducerGroups(karakolBakers)
        await service.createProducerGroups({ ...karakolBakers, handle: "tamga-felt", name: "Tamga Felt Makers" })
        const found = await service.listProducerGroups({ q: "felt" })
        expect(found.map((g) => g.handle)).toEqual(["tamga-felt"])
      })

      it("refuses a district outside the Issyk-Kul region", async () => {
        await expect(
          service.createProducerGroups({ ...karakolBakers, district: "chui" as unknown as "karakol" }),
        ).rejects.toThrow()
      })
    })
  },
})
