import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { addToCartWorkflow, deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { bookingUnitPrice, splitWholesaleLine, type WholesaleSplit } from "@ovop/domain"
import { isLockFailure } from "../../../../../../lib/lock-failure"
import {
  addPreorderLine,
  openCartOf,
  type PreorderLineToWrite,
  preorderLockKey,
} from "../../../../../../lib/preorder-line"
import { RefusalError, refuse } from "../../../../../../lib/refusal-error"
import { WHOLESALE_CURRENCIES, type WholesaleCurrency } from "../../../../../../lib/wholesale-catalogue"
import { readWholesaleOffers, variantSupply } from "../../../../../../lib/wholesale-offers"
import { matchPreorderLines } from "../../../../../../modules/harvest/preorder"
import { loadCartVariants } from "../../../../../../workflows/hooks/cart-variants"
import { assertVariantsOnSale } from "../../../../../../workflows/hooks/off-sale"
import { preorderLineRecords } from "../../../../../../workflows/hooks/preorder-rules"
import { assertShippable, cartDestinationsById } from "../../../../../../workflows/hooks/restriction-rules"
import { isWholesaleChannel } from "../../../../../../workflows/hooks/wholesale-rules"
import { routeParam } from "../../../../../input/fields"
import { cartBusyError } from "../../../../cart-busy"
import { assertCartAccess } from "../../../../carts/cart-access"
import { requireBuyer } from "../../../buyer"
import type { StoreSetWholesaleBookingType } from "../../../validators"

/** How long a booking waits for the cart's previous pre-order or booking (seconds) before answering 409. */
const BOOKING_LOCK_WAIT_SECONDS = 15

/** What the route did with the line: the units sold from the shelf now and those booked, with the booked part's price and lot. */
type BookingAnswer = WholesaleSplit & {
  booked_unit_price: number | null
  lot_number: string | null
  expected_shipping_month: string | null
}

/**
 * POST /store/wholesale/carts/:id/bookings: an approved buyer sets the wholesale cart's line of a
 * variant to `quantity` units (whole cases, from the minimum): what the shelf holds in whole cases
 * goes in as an ordinary line now, the rest is booked against the variant's coming harvest lot as a
 * pre-order line priced at the wholesale tier of the whole line. The lot's open forecast (shared
 * with retail pre-orders) caps it; checkout books it by one conditional UPDATE per lot, so
 * simultaneous checkouts never take more than the forecast. Replaces the variant's earlier lines.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetWholesaleBookingType>, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const cartId = routeParam(req, "id", "id")
  const held = await assertCartAccess(req, cartId)
  // Another customer's cart, or one with no customer, is not this buyer's: as if it did not exist.
  if (!held || held.customer_id !== buyer.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  if (!(await isWholesaleChannel(req.scope, held.sales_channel_id))) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "this cart is not on the Export wholesale sales channel: make it with the wholesale key",
    )
  }
  let started = false
  let answer: BookingAnswer | undefined
  try {
    await req.scope.resolve(Modules.LOCKING).execute(
      preorderLockKey(cartId),
      async () => {
        started = true
        answer = await setWholesaleLine(req.scope, cartId, req.validatedBody)
      },
      { timeout: BOOKING_LOCK_WAIT_SECONDS },
    )
  } catch (error) {
    if (!started && isLockFailure(error)) throw cartBusyError()
    throw error
  }
  const cart = await refetchCart(cartId, req.scope, defaultStoreCartFields)
  res.status(200).json({ cart, booking: answer })
}

/** The line itself, under the cart's pre-order lock: judged whole first, then the cart changed. */
async function setWholesaleLine(
  scope: MedusaContainer,
  cartId: string,
  body: StoreSetWholesaleBookingType,
): Promise<BookingAnswer> {
  const { variant_id, quantity, if_short } = body
  const cart = await openCartOf(scope, cartId)
  const [variant] = await loadCartVariants(scope, [variant_id])
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${variant_id}`)
  await assertVariantsOnSale(scope, [variant])
  const product = [variant.product?.title, variant.title].filter(Boolean).join(" ") || variant_id
  const ref = { product, ...(variant.product?.id ? { product_id: variant.product.id } : {}) }
  await assertShippable(scope, () => cartDestinationsById(scope, cart.id), [ref])

  const currency = cart.currency_code.toLowerCase()
  const [offer] = (WHOLESALE_CURRENCIES as readonly string[]).includes(currency)
    ? await readWholesaleOffers(scope, currency as WholesaleCurrency, [variant_id])
    : []
  if (!offer) throw refuse("no_price_in_currency", { ...ref, currency: currency.toUpperCase() })
  const supply = (await variantSupply(scope, [variant_id], cart.sales_channel_id)).get(variant_id) ?? {
    on_shelf: 0,
    coming_lot: null,
  }
  const judged = splitWholesaleLine({
    ...ref,
    quantity,
    terms: { case_pack: offer.case_pack, min_quantity: offer.min_quantity },
    offer: supply,
  })
  if ("refusal" in judged) throw new RefusalError(judged.refusal)
  const { now, booked } = judged.split
  const lot = supply.coming_lot
  const unitPrice = booked > 0 ? bookingUnitPrice(offer.tiers, quantity, offer.case_pack) : null
  if (booked > 0 && (unitPrice === null || !lot)) {
    throw refuse("no_price_in_currency", { ...ref, currency: currency.toUpperCase() })
  }

  // The variant's lines now: the ordinary one and the bookings the server recorded (never the metadata).
  const items = cart.items ?? []
  const { preorders } = matchPreorderLines(cart.id, items, await preorderLineRecords(scope, cart.id))
  await replaceVariantLines(scope, cart.id, {
    variant_id,
    shelfLine: items.find((item) => item.variant_id === variant_id),
    bookingLineIds: preorders.filter((p) => p.record.variant_id === variant_id).map((p) => p.line.id),
    now,
    booking:
      booked > 0 && lot && unitPrice !== null
        ? {
            cart,
            variant_id,
            quantity: booked,
            unit_price: unitPrice,
            lot,
            if_short,
            product: ref,
          }
        : null,
  })
  return {
    now,
    booked,
    booked_unit_price: booked > 0 ? unitPrice : null,
    lot_number: booked > 0 && lot ? lot.lot_number : null,
    expected_shipping_month: booked > 0 && lot ? lot.expected_shipping_month : null,
  }
}

/**
 * Replaces the variant's lines in the cart with `now` units on an ordinary line and the booking (if
 * any), so that a failure at any point leaves the buyer's old lines: the new booking goes in first,
 * then the ordinary line takes its new quantity, and the old bookings (and an ordinary line no
 * longer wanted) go last, in one deletion. If a later change fails, the earlier ones are undone.
 */
async function replaceVariantLines(
  scope: MedusaContainer,
  cartId: string,
  lines: {
    variant_id: string
    shelfLine: { id: string; quantity: number } | undefined
    bookingLineIds: string[]
    now: number
    booking: PreorderLineToWrite | null
  },
): Promise<void> {
  const { variant_id, shelfLine, bookingLineIds, now, booking } = lines
  const undo: (() => Promise<unknown>)[] = []
  const deleteLines = (ids: string[]) => deleteLineItemsWorkflow(scope).run({ input: { cart_id: cartId, ids } })
  try {
    if (booking) {
      const bookingLineId = await addPreorderLine(scope, booking)
      undo.push(() => deleteLines([bookingLineId]))
    }
    if (shelfLine && now > 0) {
      await updateLineItemInCartWorkflow(scope).run({
        input: { cart_id: cartId, item_id: shelfLine.id, update: { quantity: now } },
      })
      undo.push(() =>
        updateLineItemInCartWorkflow(scope).run({
          input: { cart_id: cartId, item_id: shelfLine.id, update: { quantity: Number(shelfLine.quantity) } },
        }),
      )
    } else if (!shelfLine && now > 0) {
      await addToCartWorkflow(scope).run({ input: { cart_id: cartId, items: [{ variant_id, quantity: now }] } })
      undo.push(async () => {
        const added = await shelfLineOf(scope, cartId, variant_id)
        if (added) await deleteLines([added])
      })
    }
    const gone = [...bookingLineIds, ...(shelfLine && now === 0 ? [shelfLine.id] : [])]
    if (gone.length) await deleteLines(gone)
  } catch (error) {
    for (const step of undo.reverse()) {
      // The buyer hears of the change that failed; an undo that fails too is for the log.
      await step().catch((undoError: unknown) =>
        scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`wholesale cart ${cartId}: could not undo a line change: ${(undoError as Error)?.message}`),
      )
    }
    throw error
  }
}

/** The id of the cart's ordinary line of the variant, if it has one. */
async function shelfLineOf(scope: MedusaContainer, cartId: string, variantId: string): Promise<string | undefined> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.id", "items.variant_id"],
    filters: { id: cartId },
  })
  const items = (data[0] as { items?: { id: string; variant_id: string | null }[] } | undefined)?.items ?? []
  return items.find((item) => item.variant_id === variantId)?.id
}
