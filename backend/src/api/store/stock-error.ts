import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_BUSY_MESSAGE, isCartBusy, isLockFailure } from "./cart-busy"
import { localizeRuleMessage } from "./rule-messages"

const medusaErrorHandler = errorHandler()
const stockShortage = /^Not enough stock available for item (iitem_[0-9A-Z]+)/

/** The language a store request asked for (set by the locale middleware; none for English and admin routes). */
const requestLocale = (req: { locale?: string; path?: string; originalUrl?: string }) =>
  (req.originalUrl ?? req.path ?? "").startsWith("/store") ? req.locale : undefined

/**
 * Answers a checkout that lost the race for the last units with the product's name, instead of
 * Medusa's internal inventory ids, a change that found its cart locked by another one with a 409
 * the shop can retry, and the store's own refusals (season, stock, off sale, pre-orders) in the
 * language the request asked for; then Medusa's own handler answers.
 */
export const storeErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const locale = requestLocale(req as { locale?: string; path?: string; originalUrl?: string })
  // Medusa's "Failed to acquire lock for key "cart_..."" is a plain Error (a 500) from the
  // in-memory and PostgreSQL locking providers: another request is changing the same cart. Answered
  // here, since Medusa's handler replaces every 409's message with a generic one.
  if (isLockFailure(error) || isCartBusy(error)) {
    const store = (req.originalUrl ?? req.path ?? "").startsWith("/store")
    res.status(409).json({
      type: MedusaError.Types.CONFLICT,
      code: store ? "cart_busy" : "busy",
      message: store
        ? localizeRuleMessage(CART_BUSY_MESSAGE, locale)
        : "another change to the same record is in progress: try again in a moment",
    })
    return
  }
  const localize = () => {
    if (typeof error?.message === "string") error.message = localizeRuleMessage(error.message, locale)
  }
  const match = typeof error?.message === "string" ? stockShortage.exec(error.message) : null
  if (!match) {
    localize()
    return medusaErrorHandler(error, req, res, next as never)
  }
  void productTitleOf(req.scope, match[1] ?? "")
    .then((title) => {
      error.message = title
        ? `"${title}" sold out while you were checking out: lower the quantity or remove it from your cart`
        : "an item sold out while you were checking out: lower the quantity or remove it from your cart"
    })
    .catch(() => undefined)
    .finally(() => {
      localize()
      medusaErrorHandler(error, req, res, next as never)
    })
}

async function productTitleOf(
  scope: { resolve: (key: string) => unknown },
  inventoryItemId: string,
): Promise<string | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as {
    graph: (input: unknown) => Promise<{ data: { variants?: { product?: { title?: string } }[] }[] }>
  }
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product.title"],
    filters: { id: inventoryItemId },
  })
  return data[0]?.variants?.[0]?.product?.title
}
