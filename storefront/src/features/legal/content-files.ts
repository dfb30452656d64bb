import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"
import { type Locale, locales } from "../../i18n/locales"
import { type InfoPageId, infoPageIds } from "./info"
import {
  type Disclosure,
  disclosureSchema,
  type InfoPage,
  infoPageSchema,
  type ShopWords,
  shopWordsSchema,
} from "./schema"

/*
 * The legal and information pages' content files read straight from src/content, checked with
 * the collections' schemas: for the tests, which run outside Astro (the pages use entries.ts).
 */

const contentDir = path.resolve(import.meta.dirname, "../../content")
const read = (file: string) => parse(fs.readFileSync(path.join(contentDir, file), "utf8")) as unknown

/** One language's texts: its information pages and its shop words. */
export type LocaleInfoContent = { pages: Record<InfoPageId, InfoPage>; shop: ShopWords }

/** Every language's information pages and shop words, as the content files hold them. */
export function readInfoContent(): Record<Locale, LocaleInfoContent> {
  const ofLocale = (locale: Locale): LocaleInfoContent => ({
    pages: Object.fromEntries(
      infoPageIds.map((id) => [id, infoPageSchema.parse(read(`info/${locale}/${id}.yaml`))]),
    ) as Record<InfoPageId, InfoPage>,
    shop: shopWordsSchema.parse(read(`shop/${locale}.yaml`)),
  })
  return Object.fromEntries(locales.map((locale) => [locale, ofLocale(locale)])) as Record<Locale, LocaleInfoContent>
}

/** The disclosure's content file, its `{fact}`s not yet filled. */
export function readDisclosure(): Disclosure {
  return disclosureSchema.parse(read("tokushoho/ja.yaml"))
}

/** The content files present, relative to src/content (to find one no page reads). */
export function contentFiles(): string[] {
  return (fs.readdirSync(contentDir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.split(path.sep).join("/"))
    .sort()
}
