import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"
import { readDisclosure, readInfoContent } from "../../storefront/src/features/legal/content-files"

/** A Japanese text the shop shows, and where it is written (file and path inside it). */
export type JapaneseText = { where: string; text: string }

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), "utf8")) as unknown

/** Every string inside `value`, with its path; with `onlyJapanese`, only the `ja` members of objects. */
function strings(value: unknown, at: string, onlyJapanese: boolean): JapaneseText[] {
  if (typeof value === "string") return onlyJapanese ? [] : [{ where: at, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`, onlyJapanese))
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, member]) =>
      onlyJapanese && key === "ja" && typeof member === "string"
        ? [{ where: `${at}.ja`, text: member }]
        : strings(member, `${at}.${key}`, onlyJapanese),
    )
  }
  return []
}

/**
 * Every Japanese text of the shop: the storefront's interface strings, the domain's messages
 * (emails, refusals), the Japanese information pages, shop words and 特定商取引法の表記, and the
 * seed catalogue's Japanese translations (groups, products, categories, collections, allergens,
 * warnings).
 */
export function japaneseTexts(): JapaneseText[] {
  const messageFamilies = fs
    .readdirSync(path.join(repoRoot, "domain/messages"))
    .filter(
      (family) => family !== "glossary" && fs.existsSync(path.join(repoRoot, "domain/messages", family, "ja.json")),
    )
  const seedFiles = fs.readdirSync(path.join(repoRoot, "seed/data/ovop")).filter((file) => file.endsWith(".json"))
  const content = readInfoContent().ja
  return [
    ...strings(readJson("storefront/src/i18n/ja.json"), "storefront/src/i18n/ja.json", false),
    ...messageFamilies.flatMap((family) =>
      strings(readJson(`domain/messages/${family}/ja.json`), `domain/messages/${family}/ja.json`, false),
    ),
    ...strings(content.pages, "storefront/src/content/info/ja", false),
    ...strings(content.shop, "storefront/src/content/shop/ja.yaml", false),
    ...strings(readDisclosure(), "storefront/src/content/tokushoho/ja.yaml", false),
    ...seedFiles.flatMap((file) => strings(readJson(`seed/data/ovop/${file}`), `seed/data/ovop/${file}`, true)),
  ]
}
