import fs from "node:fs"
import path from "node:path"
import type { ProductCategoryDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateProductCategoriesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { mergeRestrictions, parseRestrictions, RESTRICTIONS_METADATA_KEY, type Restriction } from "@ovop/domain"
import { findSeedDir } from "../catalogue"
import type { SeedRun } from "../run"

/** One entry of `restrictions.json`: a restriction and what it applies to (a category's or a product's handle). */
type SeedRestriction = Restriction & { target: { kind: "category" | "product"; handle: string } }

/** Reads and checks `restrictions.json` (absent: none); throws one INVALID_DATA error naming every problem. */
export function readSeedRestrictions(dir: string): SeedRestriction[] {
  const file = path.join(dir, "restrictions.json")
  if (!fs.existsSync(file)) return []
  const records: unknown = JSON.parse(fs.readFileSync(file, "utf8"))
  const problems: string[] = []
  const found: SeedRestriction[] = []
  ;(Array.isArray(records) ? records : [records]).forEach((record, index) => {
    const { category, product } = (record ?? {}) as { category?: unknown; product?: unknown }
    const handle = typeof category === "string" ? category : typeof product === "string" ? product : ""
    if (!handle || (category !== undefined && product !== undefined)) {
      problems.push(`restrictions.json record ${index + 1}: names one "category" or one "product" (a handle)`)
    }
    const { restrictions, problems: own } = parseRestrictions([record])
    problems.push(
      ...own.map((problem) => `restrictions.json record ${index + 1}: ${problem.replace(/^\w+\[0\]\./, "")}`),
    )
    const [restriction] = restrictions
    if (restriction && handle) {
      found.push({ ...restriction, target: { kind: typeof category === "string" ? "category" : "product", handle } })
    }
  })
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The seed's restrictions have problems:\n- ${problems.join("\n- ")}`,
    )
  }
  return found
}

const restrictionOf = ({ country_code, reason_code, reason }: SeedRestriction): Restriction => ({
  country_code,
  reason_code,
  reason,
})

/**
 * Goods that may not enter (seed/data/ovop/restrictions.json): writes each restriction into the
 * metadata of its category or product (`ovop_restrictions`), replacing the entry for the same
 * country and keeping any other staff set; a second run changes nothing.
 */
export async function seedRestrictions(
  { container, report }: SeedRun,
  categories: ProductCategoryDTO[],
): Promise<void> {
  const wanted = readSeedRestrictions(findSeedDir())
  const byTarget = new Map<string, SeedRestriction[]>()
  for (const entry of wanted) {
    const key = `${entry.target.kind}:${entry.target.handle}`
    byTarget.set(key, [...(byTarget.get(key) ?? []), entry])
  }
  const productModule = container.resolve(Modules.PRODUCT)
  let changed = 0
  for (const [key, entries] of byTarget) {
    const [kind, handle] = key.split(":") as ["category" | "product", string]
    const record =
      kind === "category"
        ? categories.find((category) => category.handle === handle)
        : (await productModule.listProducts({ handle }, { select: ["id", "metadata"] }))[0]
    if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `restrictions.json: no ${kind} "${handle}"`)
    const current = (
      kind === "category"
        ? (await productModule.listProductCategories({ id: record.id }, { select: ["id", "metadata"] }))[0]
        : record
    )?.metadata
    const merged = mergeRestrictions(current?.[RESTRICTIONS_METADATA_KEY], entries.map(restrictionOf))
    if (!merged) continue
    const metadata = { ...(current ?? {}), [RESTRICTIONS_METADATA_KEY]: merged }
    if (kind === "category") {
      await updateProductCategoriesWorkflow(container).run({
        input: { selector: { id: record.id }, update: { metadata } },
      })
    } else {
      await updateProductsWorkflow(container).run({ input: { selector: { id: record.id }, update: { metadata } } })
    }
    changed++
  }
  report("restrictions", changed, byTarget.size - changed)
}
