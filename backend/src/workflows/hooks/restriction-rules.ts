import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  blockingRestriction,
  cartDestinations,
  type ProductRef,
  type RestrictableProduct,
  type RestrictedLine,
  restrictedLinesOf,
  restrictionsOf,
} from "@ovop/domain"
import { present } from "../../lib/query-graph"
import { refuse } from "../../lib/refusal-error"

/*
 * Goods that may not enter a country (`@ovop/domain` restrictions.ts): the server-side rules.
 * Adding a product the cart's destination refuses answers `restricted_destination`; a cart whose
 * destination changed (an address in another country, another region) keeps its lines, names
 * them in its answer (`ovop_restricted_lines`) and cannot be completed while it holds them
 * (`restricted_lines`), so no order ever ships a restricted product there.
 */

/** The products' restriction data (their metadata and their categories'), by product id. */
export async function loadRestrictableProducts(
  container: MedusaContainer,
  productIds: string[],
): Promise<Map<string, RestrictableProduct & { title?: string }>> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "metadata", "categories.handle", "categories.metadata"],
    filters: { id: ids },
  })
  return new Map(
    data.map((product) => [
      product.id,
      {
        title: product.title,
        metadata: product.metadata ?? null,
        categories: present(product.categories).map((category) => ({
          handle: category.handle,
          metadata: category.metadata ?? null,
        })),
      },
    ]),
  )
}

/** The countries of a region (ISO alpha-2, lower case). */
async function regionCountries(container: MedusaContainer, regionId: string | null | undefined): Promise<string[]> {
  if (!regionId) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["countries.iso_2"], filters: { id: regionId } })
  return present(data[0]?.countries)
    .map((country) => country.iso_2 ?? "")
    .filter(Boolean)
}

/** Where a cart (or a cart being made) ships to: its address's country, else its region's countries. */
export async function destinationsOf(
  container: MedusaContainer,
  cart: { region_id?: string | null; shipping_address?: { country_code?: string | null } | string | null },
): Promise<string[]> {
  const address = typeof cart.shipping_address === "object" ? cart.shipping_address : null
  if (address?.country_code) return cartDestinations({ shipping_address: address })
  return cartDestinations({ region_countries: await regionCountries(container, cart.region_id) })
}

const CART_DESTINATION_FIELDS = ["id", "shipping_address.country_code", "region.countries.iso_2"]

/** A stored cart's destinations (and, when asked, its lines), in one read. */
async function readCart(container: MedusaContainer, cartId: string, withLines: boolean) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: withLines
      ? [...CART_DESTINATION_FIELDS, "items.id", "items.product_id", "items.title", "items.product_title"]
      : CART_DESTINATION_FIELDS,
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart) return undefined
  const destinations = cartDestinations({
    shipping_address: cart.shipping_address ?? null,
    region_countries: present(cart.region?.countries).map((country) => country.iso_2 ?? ""),
  })
  return { destinations, items: present(cart.items) }
}

/** Where a stored cart ships to (see `destinationsOf`); none for an unknown cart. */
export async function cartDestinationsById(container: MedusaContainer, cartId: string): Promise<string[]> {
  return (await readCart(container, cartId, false))?.destinations ?? []
}

/**
 * Refuses with a 400 (`restricted_destination`, naming the product, the country and why) a product
 * that may not be sent to any of the destinations. The destinations are read only when one of the
 * products has a restriction at all (most have none: one query then).
 */
export async function assertShippable(
  container: MedusaContainer,
  destinationsOfCart: () => Promise<string[]>,
  products: ProductRef[],
): Promise<void> {
  if (!products.length) return
  const restrictable = await loadRestrictableProducts(
    container,
    products.map((p) => p.product_id ?? ""),
  )
  const candidates = products.filter((product) => {
    const data = product.product_id ? restrictable.get(product.product_id) : undefined
    return data ? restrictionsOf(data).length > 0 : false
  })
  if (!candidates.length) return
  const destinations = await destinationsOfCart()
  for (const product of candidates) {
    const data = restrictable.get(product.product_id ?? "")
    const restriction = data ? blockingRestriction(data, destinations) : null
    if (restriction) {
      throw refuse("restricted_destination", {
        ...product,
        country: restriction.country_code,
        reason_code: restriction.reason_code,
        restriction: restriction.reason,
      })
    }
  }
}

/** The lines of a stored cart that may not be sent to its destination, with why; none for an unknown cart. */
export async function restrictedLinesOfCart(container: MedusaContainer, cartId: string): Promise<RestrictedLine[]> {
  const cart = await readCart(container, cartId, true)
  if (!cart?.items.length || !cart.destinations.length) return []
  const lines = cart.items.map((item) => ({
    id: item.id,
    product_id: item.product_id,
    title: item.title,
    product_title: item.product_title,
  }))
  const products = await loadRestrictableProducts(
    container,
    lines.map((line) => line.product_id ?? ""),
  )
  return restrictedLinesOf(lines, products, cart.destinations)
}

/**
 * Refuses with a 400 (`restricted_lines`, naming every such line) the checkout of a cart holding
 * lines that may not be sent to its destination.
 */
export async function assertNoRestrictedLines(container: MedusaContainer, cartId: string): Promise<void> {
  const restricted = await restrictedLinesOfCart(container, cartId)
  const [first] = restricted
  if (!first) return
  throw refuse("restricted_lines", {
    country: first.country,
    lines: restricted.map((line) => ({
      line_id: line.line_id,
      product: line.product,
      product_id: line.product_id,
      reason_code: line.reason_code,
    })),
  })
}
