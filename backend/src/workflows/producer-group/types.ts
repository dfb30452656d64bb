import type { InferTypeOf } from "@medusajs/framework/types"
import type { ProducerGroup } from "../../modules/producer-group/models/producer-group"

/** A producer group as the module stores it. */
export type ProducerGroupRecord = InferTypeOf<typeof ProducerGroup>

/** A certificate as the API takes it: calendar days, not timestamps. */
export type CertificateInput = { number: string; issuer: string; valid_from: string; valid_to: string }

/** The translated text of one language. */
export type ProducerGroupText = Partial<Record<"name" | "village" | "craft" | "story" | "certificate_issuer", string>>

/** Everything a producer group is created or updated with, as the admin API validates it. */
export type ProducerGroupInput = {
  handle?: string
  name?: string
  village?: string
  district?: ProducerGroupRecord["district"]
  founded_year?: number | null
  member_count?: number
  women_member_count?: number
  craft?: string
  story?: string
  photo_url?: string | null
  certificate?: CertificateInput | null
  status?: ProducerGroupRecord["status"]
  leader_name?: string | null
  leader_phone?: string | null
  payout_method?: ProducerGroupRecord["payout_method"]
  payout_details?: Record<string, string | undefined> | null
  commission_rate?: number
  translations?: Record<string, ProducerGroupText>
}

/** The module's columns for the given input (the certificate spread over its four columns). */
export function toProducerGroupColumns(input: ProducerGroupInput): Record<string, unknown> {
  const { certificate, translations: _translations, ...columns } = input
  const record: Record<string, unknown> = { ...columns }
  if (certificate !== undefined) {
    record.certificate_number = certificate?.number ?? null
    record.certificate_issuer = certificate?.issuer ?? null
    record.certificate_valid_from = certificate ? new Date(`${certificate.valid_from}T00:00:00Z`) : null
    record.certificate_valid_to = certificate ? new Date(`${certificate.valid_to}T00:00:00Z`) : null
  }
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key]
  return record
}

/** A handle from a name: lower case, ASCII letters and digits, single dashes. */
export function handleFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
