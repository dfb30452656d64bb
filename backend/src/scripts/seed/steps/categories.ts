import type { ProductCategoryDTO, ProductCollectionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCollectionsWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedRun } from "../run"
import { writeTranslations } from "../translations"

/** The catalogue's product categories, ranked in file order, translated. */
export async function seedCategories({ container, catalogue, report }: SeedRun): Promise<ProductCategoryDTO[]> {
  const { categories } = catalogue
  const productModule = container.resolve(Modules.PRODUCT)
  const existingCategories = await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })
  const newCategories = categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (newCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: newCategories.map((c, rank) => ({
          name: c.name.en,
          handle: c.handle,
          description: c.description.en,
          is_active: true,
          rank,
        })),
      },
    })
    for (const category of result) {
      const source = newCategories.find((c) => c.handle === category.handle)
      if (source)
        await writeTranslations(container, "product_category", category.id, {
          name: source.name,
          description: source.description,
        })
    }
    existingCategories.push(...result)
  }
  report("categories", newCategories.length, existingCategories.length - newCategories.length)
  return existingCategories
}

/** The seasonal collections, translated. */
export async function seedCollections({ container, catalogue, report }: SeedRun): Promise<ProductCollectionDTO[]> {
  const { collections } = catalogue
  const productModule = container.resolve(Modules.PRODUCT)
  const existingCollections = await productModule.listProductCollections({ handle: collections.map((c) => c.handle) })
  const newCollections = collections.filter((c) => !existingCollections.some((e) => e.handle === c.handle))
  if (newCollections.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: newCollections.map((c) => ({
          title: c.title.en,
          handle: c.handle,
          metadata: { description: c.description.en },
        })),
      },
    })
    for (const collection of result) {
      const source = newCollections.find((c) => c.handle === collection.handle)
      if (source) await writeTranslations(container, "product_collection", collection.id, { title: source.title })
    }
    existingCollections.push(...result)
  }
  report("seasonal collections", newCollections.length, existingCollections.length - newCollections.length)
  return existingCollections
}
