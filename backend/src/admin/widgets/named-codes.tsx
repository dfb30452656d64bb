import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { resolveLocale } from "@ovop/domain"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { namedCodes } from "../lib/named-codes"

/**
 * Medusa's own order and customer sections print a payment's provider id (`pp_cash-on-delivery_ovop`)
 * and an address's province code (`jp-13`) as they are stored. This widget draws nothing: while
 * such a page is open it names them in the text Medusa renders (`namedCodes`): the way to pay in
 * the admin's language, the prefecture as Japan writes it (東京都), the Kyrgyz region in the
 * admin's language. Medusa renders a text again only when its value changes, and then it is named again.
 */
function NamedCodesWidget() {
  const { t, i18n } = useTranslation()
  useEffect(() => {
    const locale = resolveLocale(i18n.language) === "ru" ? "ru" : "en"
    const name = (node: Node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
      for (let text = walker.currentNode; text; text = walker.nextNode() as Node) {
        if (text.nodeType !== Node.TEXT_NODE || !text.nodeValue) continue
        if (text.parentElement?.closest("input, textarea, [contenteditable]")) continue
        const named = namedCodes(text.nodeValue, locale, (key) => t(key))
        if (named === null) continue
        text.nodeValue = named
        // Medusa capitalises the id's first letter; a name keeps its own capitals.
        if (text.parentElement && getComputedStyle(text.parentElement).textTransform === "capitalize") {
          text.parentElement.style.textTransform = "none"
        }
      }
    }
    const main = document.querySelector("main") ?? document.body
    name(main)
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "characterData") name(record.target)
        for (const added of record.addedNodes) name(added)
      }
    })
    observer.observe(main, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [t, i18n.language])
  return null
}

export const config = defineWidgetConfig({
  zone: ["order.details.before", "customer.details.before"],
})

export default NamedCodesWidget
