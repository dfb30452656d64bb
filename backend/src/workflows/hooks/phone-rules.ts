import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PHONE_REQUIRED_PAYMENT, PHONE_REQUIRED_SHIPPING, phoneProblem } from "@ovop/domain"
import { present } from "../../lib/query-graph"
import { refuse } from "../../lib/refusal-error"

/**
 * At checkout: a courier delivery (`kg-courier`) or cash on delivery needs a phone number the
 * courier can call, valid for the address's country (`phoneProblem` of the domain). Answers
 * `400` `phone_required` naming `shipping_address.phone` otherwise; nothing is placed.
 */
export async function assertPhoneForDelivery(container: MedusaContainer, cartId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "shipping_address.phone",
      "shipping_address.country_code",
      "shipping_methods.shipping_option_id",
      "payment_collection.payment_sessions.provider_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart) return
  const providerIds = present(cart.payment_collection?.payment_sessions).map((session) => session.provider_id)
  let needs: "courier" | "cash_on_delivery" | null = providerIds.some((id) => PHONE_REQUIRED_PAYMENT.includes(id))
    ? "cash_on_delivery"
    : null
  if (!needs) {
    const optionIds = present(cart.shipping_methods)
      .map((method) => method.shipping_option_id)
      .filter((id): id is string => Boolean(id))
    if (optionIds.length) {
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "type.code"],
        filters: { id: optionIds },
      })
      if (options.some((option) => PHONE_REQUIRED_SHIPPING.includes(option.type?.code ?? ""))) needs = "courier"
    }
  }
  if (!needs) return
  const country = (cart.shipping_address?.country_code ?? "").toLowerCase()
  const problem = phoneProblem(cart.shipping_address?.phone, country)
  if (problem) {
    throw refuse(
      "phone_required",
      { field: "shipping_address.phone", country, needs, problem },
      MedusaError.Types.INVALID_DATA,
    )
  }
}
