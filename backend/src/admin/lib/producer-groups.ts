// The group's enums and public shape are the shop's shared rules (`@ovop/domain`, the lists the
// model is built from); request bodies are typed from the server's validators, and `import type`
// keeps the server out of the dashboard's bundle.

import {
  type CertificateState,
  ISSYK_KUL_DISTRICTS,
  type IssykKulDistrict,
  PAYOUT_METHODS,
  type PayoutMethod,
  PRODUCER_GROUP_STATUSES,
  PRODUCER_GROUP_TRANSLATED_FIELDS,
  type ProducerGroupPublicFields,
  type ProducerGroupStatus,
  type ProducerGroupTranslatedField,
  TRANSLATED_LOCALES,
  type TranslatedLocale,
} from "@ovop/domain"
import type {
  AdminCreateProducerGroupType,
  AdminUpdateProducerGroupType,
} from "../../api/admin/producer-groups/validators"
import type { ProducerGroupText } from "../../workflows/producer-group/types"
import { sdk } from "./sdk"

export type { CertificateState, PayoutMethod, ProducerGroupStatus, ProducerGroupText }

/** A district or town of the Issyk-Kul region, as the API names it. */
export type District = IssykKulDistrict

/** Body of POST /admin/producer-groups. */
export type CreateProducerGroupBody = AdminCreateProducerGroupType

/** Body of POST /admin/producer-groups/:id (any subset of the fields). */
export type UpdateProducerGroupBody = AdminUpdateProducerGroupType

/** Every district, in the order the association lists them (east shore first). */
export const DISTRICTS: readonly District[] = ISSYK_KUL_DISTRICTS

/** Every group status. */
export const PRODUCER_GROUP_STATUS_VALUES: readonly ProducerGroupStatus[] = PRODUCER_GROUP_STATUSES

/** Every payout method. */
export const PAYOUT_METHOD_VALUES: readonly PayoutMethod[] = PAYOUT_METHODS

/** The languages a group's text is translated into (the shop's, but English: the group's own fields). */
export const TRANSLATION_LOCALES = TRANSLATED_LOCALES

/** One of the translated languages. */
export type TranslationLocale = TranslatedLocale

/** The translated fields of a group. */
export const TRANSLATED_FIELDS = PRODUCER_GROUP_TRANSLATED_FIELDS

/** One translated field. */
export type TranslatedField = ProducerGroupTranslatedField

/** Bank name and account, or wallet provider and phone, depending on the payout method. */
export type PayoutDetails = { bank?: string; account?: string; bik?: string; provider?: string; phone?: string }

/** A producer group as GET /admin/producer-groups lists it (dates as ISO strings). */
export type AdminProducerGroup = ProducerGroupPublicFields & {
  leader_name: string | null
  leader_phone: string | null
  payout_method: PayoutMethod | null
  payout_details: PayoutDetails | null
  /** A fraction (0.15 = 15 %); a big-number column, so it may arrive as a string. */
  commission_rate: number | string
  certificate_state: CertificateState
  created_at: string
  updated_at: string
}

/** A product of a group, as the group's detail lists it. */
export type ProducerGroupProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
}

/** A producer group as GET /admin/producer-groups/:id returns it. */
export type AdminProducerGroupDetail = AdminProducerGroup & {
  translations: Partial<Record<string, ProducerGroupText>>
  products: ProducerGroupProduct[]
  brand_certified: boolean
}

/** The query of the group list. */
export type ProducerGroupListQuery = {
  q?: string
  status?: ProducerGroupStatus
  district?: District
  limit: number
  offset: number
}

/** The answer of GET /admin/producer-groups. */
export type ProducerGroupListResponse = {
  producer_groups: AdminProducerGroup[]
  count: number
  limit: number
  offset: number
}

/** The group of a product, as GET /admin/products/:id/producer-group returns it. */
export type ProductProducerGroup = Pick<AdminProducerGroup, "id" | "name" | "handle" | "status">

type GroupResponse = { producer_group: AdminProducerGroupDetail }

/** Lists groups, filtered and paged. */
export function listProducerGroups(query: ProducerGroupListQuery): Promise<ProducerGroupListResponse> {
  return sdk.client.fetch<ProducerGroupListResponse>("/admin/producer-groups", { query })
}

/** Fetches one group with its translations and products. */
export async function retrieveProducerGroup(id: string): Promise<AdminProducerGroupDetail> {
  const { producer_group } = await sdk.client.fetch<GroupResponse>(`/admin/producer-groups/${id}`)
  return producer_group
}

/** Creates a group and returns it as the detail page shows it. */
export async function createProducerGroup(body: CreateProducerGroupBody): Promise<AdminProducerGroupDetail> {
  const { producer_group } = await sdk.client.fetch<GroupResponse>("/admin/producer-groups", {
    method: "POST",
    body,
  })
  return producer_group
}

/** Updates any subset of a group's fields and translations. */
export async function updateProducerGroup(
  id: string,
  body: UpdateProducerGroupBody,
): Promise<AdminProducerGroupDetail> {
  const { producer_group } = await sdk.client.fetch<GroupResponse>(`/admin/producer-groups/${id}`, {
    method: "POST",
    body,
  })
  return producer_group
}

/** Pauses a group: it leaves the store until it is resumed. */
export async function pauseProducerGroup(id: string): Promise<AdminProducerGroupDetail> {
  const { producer_group } = await sdk.client.fetch<GroupResponse>(`/admin/producer-groups/${id}/pause`, {
    method: "POST",
  })
  return producer_group
}

/** Resumes a paused group. */
export async function resumeProducerGroup(id: string): Promise<AdminProducerGroupDetail> {
  const { producer_group } = await sdk.client.fetch<GroupResponse>(`/admin/producer-groups/${id}/resume`, {
    method: "POST",
  })
  return producer_group
}

/** The group a product belongs to, or null. */
export async function retrieveProductProducerGroup(productId: string): Promise<ProductProducerGroup | null> {
  const { producer_group } = await sdk.client.fetch<{ producer_group: ProductProducerGroup | null }>(
    `/admin/products/${productId}/producer-group`,
  )
  return producer_group
}

/** Makes the given group the product's one group. */
export async function setProductProducerGroup(productId: string, producerGroupId: string): Promise<void> {
  await sdk.client.fetch(`/admin/products/${productId}/producer-group`, {
    method: "POST",
    body: { producer_group_id: producerGroupId },
  })
}

/** Uploads an image through Medusa's file module and returns its public URL. */
export async function uploadImage(file: File): Promise<string> {
  const { files } = await sdk.admin.upload.create({ files: [file] })
  const url = files[0]?.url
  if (!url) throw new Error("The upload returned no file")
  return url
}

/** The commission as a fraction, whatever form the big-number column arrived in. */
export function commissionFraction(group: Pick<AdminProducerGroup, "commission_rate">): number {
  return Number(group.commission_rate)
}

/** The text to show for a failed request: the server's message (it names the field) when it sent one. */
export function requestErrorMessage(error: unknown): string | undefined {
  return error instanceof Error && error.message ? error.message : undefined
}
