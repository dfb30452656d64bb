import type { StoreProducerGroup } from "./groups"

/**
 * A producer group as the store API answers it in Russian: the Tosor apricot women's group by
 * default, with `overrides` for the case at hand.
 */
export function storeProducerGroup(overrides: Partial<StoreProducerGroup> = {}): StoreProducerGroup {
  return {
    id: "pgrp_tosor",
    handle: "tosor-apricot-women",
    name: "Женская группа «Абрикосы Тосора»",
    village: "с. Тосор",
    district: "jeti-oguz",
    founded_year: 2004,
    member_count: 14,
    women_member_count: 11,
    craft: "Абрикосовый джем и урюк",
    story: "Тосор стоит на сухом южном берегу Иссык-Куля.",
    photo_url: "http://localhost:9000/uploads/1795939881915-group-tosor-apricot-women.webp",
    certificate_number: "IK-2024-003",
    certificate_issuer: "Issyk-Kul Brand Certification Committee",
    certificate_valid_from: "2024-03-01T00:00:00.000Z",
    certificate_valid_to: "2027-02-28T00:00:00.000Z",
    status: "active",
    brand_certified: true,
    products: [{ handle: "tosor-apricot-jam" }, { handle: "tosor-apricot-walnut-jam" }],
    ...overrides,
  }
}
