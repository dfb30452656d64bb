import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import type ProducerGroupModuleService from "../../../modules/producer-group/service"
import { createProducerGroupWorkflow } from "../../../workflows/producer-group/workflows/create-producer-group"
import type { SeedRun } from "../run"
import { translationsOf } from "../translations"

/** A producer group as the products step needs it. */
export type SeededGroup = { id: string; handle: string }

/** The producer groups, with their illustrations and translations. */
export async function seedProducerGroups({
  container,
  catalogue,
  report,
  uploadImage,
}: SeedRun): Promise<SeededGroup[]> {
  const { groups } = catalogue
  const producerGroups: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
  const existingGroups: SeededGroup[] = await producerGroups.listProducerGroups({ handle: groups.map((g) => g.handle) })
  let createdGroups = 0
  for (const group of groups) {
    if (existingGroups.some((e) => e.handle === group.handle)) continue
    const { payout, ...staff } = group.staff
    const { method, ...payoutDetails } = payout
    const { result } = await createProducerGroupWorkflow(container).run({
      input: {
        handle: group.handle,
        name: group.name.en,
        village: group.village.en,
        district: group.district,
        founded_year: group.founded_year,
        member_count: group.member_count,
        women_member_count: group.women_member_count,
        craft: group.craft.en,
        story: group.story.en,
        photo_url: (await uploadImage("groups", group.handle)) ?? null,
        // The issuer in English on the record, its other languages as translations.
        certificate: group.certificate && { ...group.certificate, issuer: group.certificate.issuer.en },
        status: group.status,
        leader_name: staff.leader_name,
        leader_phone: staff.leader_phone,
        payout_method: method,
        payout_details: payoutDetails,
        commission_rate: staff.commission_rate,
        translations: translationsOf({
          name: group.name,
          village: group.village,
          craft: group.craft,
          story: group.story,
          certificate_issuer: group.certificate?.issuer,
        }),
      },
    })
    existingGroups.push(result)
    createdGroups++
  }
  report("producer groups", createdGroups, groups.length - createdGroups)
  return existingGroups
}
