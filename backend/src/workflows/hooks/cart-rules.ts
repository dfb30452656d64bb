import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { loadCartVariants } from "./cart-variants"
import { assertVariantsOnSale } from "./off-sale"
import { assertSeasonAndStock } from "./season-rules"

// One handler per hook (a workflow hook takes a single handler): every rule on what may enter
// a cart runs here, cheapest first.

type WantedItem = { variant_id?: string | null; quantity?: unknown }

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
  // The hook's cart does not carry its items' quantities: read them.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "items.variant_id", "items.quantity"],
    filters: { id: (cart as { id: string }).id },
  })
  await assertSeasonAndStock(container, (data[0] ?? {}) as Parameters<typeof assertSeasonAndStock>[1], wanted, variants)
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const wanted = wantedOf(input.items as WantedItem[] | undefined)
  const variants = await loadCartVariants(
    container,
    wanted.map((w) => w.variant_id),
  )
  await assertVariantsOnSale(container, variants)
  await assertSeasonAndStock(
    container,
    { sales_channel_id: input.sales_channel_id as string | undefined },
    wanted,
    variants,
  )
})
