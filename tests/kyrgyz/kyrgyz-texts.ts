import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"
import { readInfoContent } from "../../storefront/src/features/legal/content-files"

/** A Kyrgyz text the shop shows, and where it is written (file and path inside it). */
export type KyrgyzText = { where: string; text: string }

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), "utf8")) as unknown

/** Every string inside `value`, with its path; with `onlyKyrgyz`, only the `ky` members of objects. */
function strings(value: unknown, at: string, onlyKyrgyz: boolean): KyrgyzText[] {
  if (typeof value === "string") return onlyKyrgyz ? [] : [{ where: at, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`, onlyKyrgyz))
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, member]) =>
      onlyKyrgyz && key === "ky" && typeof member === "string"
        ? [{ where: `${at}.ky`, text: member }]
        : strings(member, `${at}.${key}`, onlyKyrgyz),
    )
  }
  return []
}

/**
 * Every Kyrgyz text of the shop: the storefront's interface strings, the domain's messages
 * (emails, refusals), the Kyrgyz information pages and shop words, and the seed catalogue's
 * Kyrgyz translations (groups, products, categories, collections, allergens, warnings).
 */
export function kyrgyzTexts(): KyrgyzText[] {
  const messageFamilies = fs
    .readdirSync(path.join(repoRoot, "domain/messages"))
    .filter((family) => fs.existsSync(path.join(repoRoot, "domain/messages", family, "ky.json")))
  const seedFiles = fs.readdirSync(path.join(repoRoot, "seed/data/ovop")).filter((file) => file.endsWith(".json"))
  const content = readInfoContent().ky
  return [
    ...strings(readJson("storefront/src/i18n/ky.json"), "storefront/src/i18n/ky.json", false),
    ...messageFamilies.flatMap((family) =>
      strings(readJson(`domain/messages/${family}/ky.json`), `domain/messages/${family}/ky.json`, false),
    ),
    ...strings(content.pages, "storefront/src/content/info/ky", false),
    ...strings(content.shop, "storefront/src/content/shop/ky.yaml", false),
    ...seedFiles.flatMap((file) => strings(readJson(`seed/data/ovop/${file}`), `seed/data/ovop/${file}`, true)),
  ]
}
