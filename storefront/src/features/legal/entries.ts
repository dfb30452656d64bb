import { getEntry } from "astro:content"
import type { Locale } from "../../i18n/locales"
import type { InfoPageId } from "./info"
import type { Disclosure, InfoPage, ShopWords } from "./schema"
import { disclosureFacts, disclosureRows } from "./tokushoho"

/*
 * The legal and information pages' texts from their content collections (src/content.config.ts),
 * for the pages' frontmatter at build time. A missing entry fails the build naming the file.
 */

const required = <T>(entry: { data: T } | undefined, file: string): T => {
  if (!entry) throw new Error(`src/content/${file} is missing`)
  return entry.data
}

/** An information page's text in `locale`. */
export async function infoPage(locale: Locale, id: InfoPageId): Promise<InfoPage> {
  return required(await getEntry("info", `${locale}/${id}`), `info/${locale}/${id}.yaml`)
}

/** The shop's words in `locale`: the delivery options' method and destination, the office's address and hours. */
export async function shopWords(locale: Locale): Promise<ShopWords> {
  return required(await getEntry("shop", locale), `shop/${locale}.yaml`)
}

/** 特定商取引法に基づく表記, its `{fact}`s filled from the shop's data. */
export async function tokushoho(): Promise<Disclosure> {
  const disclosure = required(await getEntry("tokushoho", "ja"), "tokushoho/ja.yaml")
  return { ...disclosure, rows: disclosureRows(disclosure.rows, disclosureFacts(await shopWords("ja"))) }
}
