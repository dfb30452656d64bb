import { model } from "@medusajs/framework/utils"
import { ISSYK_KUL_DISTRICTS, PAYOUT_METHODS, PRODUCER_GROUP_STATUSES } from "@ovop/domain"

// The enums are the shop's shared producer-group shape (`@ovop/domain`), read by the seed and the storefront too.
export { ISSYK_KUL_DISTRICTS, PAYOUT_METHODS, PRODUCER_GROUP_STATUSES }

/**
 * A village producer group of the OVOP association. Name, village, craft, story and the
 * certificate's issuer are translated through the Translation module; leader, payout and commission fields are for
 * staff only and never leave the admin API.
 */
export const ProducerGroup = model.define("producer_group", {
  id: model.id({ prefix: "pgrp" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable().translatable(),
  village: model.text().translatable(),
  district: model.enum([...ISSYK_KUL_DISTRICTS]),
  founded_year: model.number().nullable(),
  member_count: model.number(),
  women_member_count: model.number(),
  craft: model.text().translatable(),
  story: model.text().translatable(),
  photo_url: model.text().nullable(),
  certificate_number: model.text().nullable(),
  certificate_issuer: model.text().translatable().nullable(),
  certificate_valid_from: model.dateTime().nullable(),
  certificate_valid_to: model.dateTime().nullable(),
  status: model.enum([...PRODUCER_GROUP_STATUSES]).default("active"),
  leader_name: model.text().nullable(),
  leader_phone: model.text().nullable(),
  payout_method: model.enum([...PAYOUT_METHODS]).nullable(),
  /** Bank name and account, or wallet provider and phone, depending on `payout_method`. */
  payout_details: model.json().nullable(),
  /** The association's share of a sale, as a fraction (0.15 = 15 %). */
  commission_rate: model.bigNumber().default(0.15),
})
