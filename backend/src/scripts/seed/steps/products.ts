import type {
  ProductCategoryDTO,
  ProductCollectionDTO,
  SalesChannelDTO,
  ShippingProfileDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedRun } from "../run"
import { writeProductTranslations } from "../translations"
import type { SeededGroup } from "./producer-groups"

/** What products are filed under and sold through. */
export type ProductPlacement = {
  groups: SeededGroup[]
  categories: ProductCategoryDTO[]
  collections: ProductCollectionDTO[]
  channels: SalesChannelDTO[]
  profile: ShippingProfileDTO
}

/** Products: one workflow per product, linked to its group in the same workflow, then translated. */
export async function seedProducts(
  { container, catalogue, report, uploadImage }: SeedRun,
  { groups, categories, collections, channels, profile }: ProductPlacement,
): Promise<void> {
  const { products } = catalogue
  const productModule = container.resolve(Modules.PRODUCT)
  const existingProducts = await productModule.listProducts({ handle: products.map((p) => p.handle) })
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)?.id
  const collectionId = (handle: string | undefined) => collections.find((c) => c.handle === handle)?.id
  const newProducts = products.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  for (const product of newProducts) {
    const group = groups.find((g) => g.handle === product.group)
    if (!group) throw new Error(`product ${product.handle}: group ${product.group} is not in the catalogue`)
    const isCraft = Boolean(product.material)
    const optionTitle = product.option.title.en
    const image = await uploadImage("products", product.handle)
    // The second view (the drawing close up) for the product page's gallery.
    const detail = await uploadImage("products", `${product.handle}-detail`)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            handle: product.handle,
            title: product.title.en,
            subtitle: product.subtitle.en,
            description: product.description.en,
            material: (product.material ?? product.ingredients)?.en,
            hs_code: product.hs_code,
            origin_country: product.origin_country,
            weight: product.variants[0]?.weight_g,
            status: "published" as const,
            thumbnail: image,
            images: [image, detail].filter((url): url is string => Boolean(url)).map((url) => ({ url })),
            category_ids: [categoryId(product.category)].filter((id): id is string => Boolean(id)),
            collection_id: collectionId(product.collections[0]),
            shipping_profile_id: profile.id,
            metadata: {
              kind: isCraft ? "craft" : "food",
              allergens: product.allergens,
              warnings: product.warnings,
              season_months: product.season_months,
              shelf_life_days: product.shelf_life_days ?? null,
              collections: product.collections,
            },
            options: [{ title: optionTitle, values: product.option.values.map((v) => v.value) }],
            variants: product.variants.map((variant) => ({
              title:
                product.option.values.find((v) => v.value === variant.option_value)?.label.en ?? variant.option_value,
              sku: variant.sku,
              weight: variant.weight_g,
              hs_code: product.hs_code,
              origin_country: product.origin_country,
              manage_inventory: true,
              options: { [optionTitle]: variant.option_value },
              prices: Object.entries(variant.prices).map(([currency_code, amount]) => ({ currency_code, amount })),
            })),
            sales_channels: channels.map((c) => ({ id: c.id })),
          },
        ],
        additional_data: { producer_group_id: group.id },
      },
    })
    const created = result[0]
    if (!created) throw new Error(`could not create ${product.handle}`)
    await writeProductTranslations(container, created.id, product)
  }
  report("products", newProducts.length, existingProducts.length)
}
