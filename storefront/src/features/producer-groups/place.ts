import type { Locale } from "../../i18n/locales"
import { t } from "../../i18n/strings"
import { codeText } from "../catalogue/facts"

/**
 * Where a group works, worded the page's language's way ("Tosor, Jeti-Oguz district",
 * "ジェティ・オグズ地区トソール村"); a town that is its own district (Karakol, Balykchy) is named once.
 */
export function placeName(locale: Locale, group: { village: string; district: string }): string {
  const district = codeText(locale, "district", group.district)
  if (district === group.village) return group.village
  return t(locale, "group.place", { village: group.village, district })
}
