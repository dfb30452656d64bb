import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCartPricesCurrent } from "../../lib/cart-prices"
import { present } from "../../lib/query-graph"
import { refuse } from "../../lib/refusal-error"
import { HARVEST_MODULE } from "../../modules/harvest"
import { matchPreorderLines } from "../../modules/harvest/preorder"
import type HarvestModuleService from "../../modules/harvest/service"
import { pastBestBeforeOf } from "./best-before-rules"
import { type CartVariant, loadCartVariants } from "./cart-variants"
import { soldOutProductOf } from "./checkout-stock"
import { assertVariantsOnSale } from "./off-sale"
import { assertPhoneForDelivery } from "./phone-rules"
import {
  assertPreorderQuantity,
  type CheckoutCartLine,
  preorderBookingsOf,
  preorderLineRecords,
} from "./preorder-rules"
import { assertNoRestrictedLines, assertShippable, cartDestinationsById, destinationsOf } from "./restriction-rules"
import { assertSeasonAndStock } from "./season-rules"
import {
  assertWholesaleBuyer,
  assertWholesaleCheckout,
  assertWholesaleQuantities,
  isWholesaleChannel,
  quantitiesOf,
  wholesaleBookingPrices,
} from "./wholesale-rules"

// One handler per hook (a workflow hook takes a single handler): every rule on what may enter
// a cart runs here, cheapest first.

type WantedItem = { variant_id?: string | null; quantity?: unknown }

type ItemInput = WantedItem & { product_id?: string | null; product_title?: string | null; title?: string | null }

// The products asked for: each variant's, and a line's own product (a pre-order line has no variant).
const productsOf = (items: ItemInput[] | undefined, variants: CartVariant[]) => [
  ...variants.map((variant) => ({
    product: variant.product?.title ?? variant.title ?? variant.id,
    product_id: variant.product?.id,
  })),
  ...(items ?? [])
    .filter((item) => !item.variant_id && item.product_id)
    .map((item) => ({ product: item.product_title ?? item.title ?? "", product_id: item.product_id ?? undefined })),
]

const wantedOf = (items: WantedItem[] | undefined) =>
  (items ?? [])
    .filter((item): item is WantedItem & { variant_id: string } => Boolean(item.variant_id))
    .map((item) => ({ variant_id: item.variant_id, quantity: Number(item.quantity ?? 1) }))

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const wanted = wantedOf(input.items as WantedItem[] | undefined)
  const variants = await loadCartVariants(
    container,
    wanted.map((w) => w.variant_id),
  )
  await assertVariantsOnSale(container, variants)
  const cartId = (cart as { id: string }).id
  const products = productsOf(input.items as ItemInput[] | undefined, variants)
  await assertShippable(container, () => cartDestinationsById(container, cartId), products)
  // The hook's cart does not carry its items' quantities: read them.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "customer_id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  await assertWholesaleAdd(container, data[0], wanted)
  await assertSeasonAndStock(container, (data[0] ?? {}) as Parameters<typeof assertSeasonAndStock>[1], wanted, variants)
})

// On the wholesale channel: an approved buyer's cart, lines in whole cases from the variant's minimum
// (the units already in the cart counted with those added).
async function assertWholesaleAdd(
  container: Parameters<typeof isWholesaleChannel>[0],
  held: { sales_channel_id?: string | null; customer_id?: string | null; items?: unknown } | undefined,
  wanted: { variant_id: string; quantity: number }[],
) {
  if (!(await isWholesaleChannel(container, held?.sales_channel_id))) return
  await assertWholesaleBuyer(container, held?.customer_id)
  const added = new Set(wanted.map((w) => w.variant_id))
  const lines = quantitiesOf([...((held?.items as WantedItem[] | undefined) ?? []), ...wanted] as never[])
  await assertWholesaleQuantities(
    container,
    lines.filter((line) => added.has(line.variant_id)),
  )
}

createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const wanted = wantedOf(input.items as WantedItem[] | undefined)
  const made = cart as { sales_channel_id?: string | null; customer_id?: string | null }
  await assertWholesaleAdd(container, { ...made, items: [] }, wanted)
  const variants = await loadCartVariants(
    container,
    wanted.map((w) => w.variant_id),
  )
  await assertVariantsOnSale(container, variants)
  if (variants.length) {
    // The cart being made: its region is resolved by now (the store's default when none was named).
    const made = cart as {
      region_id?: string | null
      shipping_address?: { country_code?: string | null } | string | null
    }
    await assertShippable(container, () => destinationsOf(container, made), productsOf([], variants))
  }
  await assertSeasonAndStock(
    container,
    { sales_channel_id: input.sales_channel_id as string | undefined },
    wanted,
    variants,
  )
})

type CartLine = CheckoutCartLine & { id: string }

// A quantity change follows the same rules as adding: a pre-order line (one the server recorded,
// see `matchPreorderLines`) must fit its lot's open forecast; an ordinary line must be on sale, in
// season and in stock (counting the cart's other lines), whatever its metadata says.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = Number(input.update?.quantity ?? 0)
  if (!quantity) return
  const c = cart as {
    id: string
    items?: CartLine[]
    sales_channel_id?: string | null
    customer_id?: string | null
    customer?: { id?: string } | null
  }
  const items = c.items ?? []
  const line = items.find((item) => item.id === input.item_id)
  if (!line) return
  if (line.variant_id && (await isWholesaleChannel(container, c.sales_channel_id))) {
    await assertWholesaleBuyer(container, c.customer_id ?? c.customer?.id)
    await assertWholesaleQuantities(container, [{ variant_id: line.variant_id, quantity }])
  }
  if (!line.variant_id) {
    const { preorders } = matchPreorderLines(c.id, [line], await preorderLineRecords(container, c.id))
    const record = preorders[0]?.record
    // A line without a variant that the pre-order route did not make cannot be checked out anyway.
    if (record) {
      await assertPreorderQuantity(container, record.lot_id, quantity, {
        product: line.product_title ?? line.title ?? "",
        product_id: line.product_id ?? undefined,
      })
    }
    return
  }
  const variants = await loadCartVariants(container, [line.variant_id])
  await assertVariantsOnSale(container, variants)
  await assertSeasonAndStock(
    container,
    { sales_channel_id: c.sales_channel_id, items: items.filter((item) => item.id !== line.id) },
    [{ variant_id: line.variant_id, quantity }],
    variants,
  )
})

// At checkout every stocked line must still be on the shelf (sold_out_during_checkout, naming the
// product; a checkout that loses the race for the last units after this check is named the same way
// by the store's error handler), and the cart's pre-order lines (the server's records, re-checked against their lots and
// prices) are booked against their lots, atomically and at most once per line (a retried completion
// finds its bookings). If the checkout fails after this, the bookings made here are released.
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    // Every line at its product's price for this cart, in its currency: never charge a stale amount (lib/cart-prices.ts).
    await assertCartPricesCurrent(container, cart as { id: string; currency_code?: string })
    // The wholesale channel's buyer, cases, minimums and order value (wholesale-rules.ts).
    await assertWholesaleCheckout(container, cart as Parameters<typeof assertWholesaleCheckout>[1])
    // No order ships a product its destination refuses (the cart may have moved since it was filled).
    await assertNoRestrictedLines(container, (cart as { id: string }).id)
    // The courier (and cash on delivery) needs a phone number of the address's country.
    await assertPhoneForDelivery(container, (cart as { id: string }).id)
    // Nothing past its best-before day is sold, even if its lot expired after the line went in.
    const stale = await pastBestBeforeOf(container, (cart as { id: string }).id)
    if (stale) throw refuse("past_best_before", stale)
    const soldOut = await soldOutProductOf(container, (cart as { id: string }).id)
    if (soldOut) throw refuse("sold_out_during_checkout", soldOut)
    const checkoutCart = cart as {
      id: string
      currency_code?: string
      region_id?: string | null
      sales_channel_id?: string | null
      items?: CartLine[]
    }
    // On the wholesale channel a booking is priced at the whole line's tier, not the variant's retail price.
    const lines = await preorderBookingsOf(
      container,
      checkoutCart,
      await wholesaleBookingPrices(container, checkoutCart),
    )
    if (!lines.length) return new StepResponse(undefined, [] as string[])
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const booked = await harvest.bookPreorders(lines)
    return new StepResponse(undefined, booked)
  },
  async (booked, { container }) => {
    if (!booked?.length) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const released = await harvest.releasePreorders(booked)
    if (!released.length) return
    // Units already set aside from an arrived lot go back on the shelf.
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
      filters: { id: released.map((r) => r.variant_id) },
    })
    const inventory = container.resolve(Modules.INVENTORY)
    for (const row of released) {
      const variant = data.find((v) => v.id === row.variant_id)
      const [item] = present(variant?.inventory_items)
      const location = present(item?.inventory?.location_levels)[0]?.location_id
      if (item && location) await inventory.adjustInventory(item.inventory_item_id, location, row.allocated)
    }
  },
)
