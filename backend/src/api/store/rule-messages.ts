import type { TranslatedLocale } from "../../lib/locales"
import { monthNames } from "../../workflows/hooks/season-rules"
import { CART_BUSY_MESSAGE } from "./cart-busy"

/**
 * The store's refusals (season, stock, off sale, pre-orders) in the shopper's language. The
 * rules write them in English wherever they run (inside workflows, where the request's language
 * is unknown); the store's error handler rewrites a known one here for the language the
 * request asked for. Unknown messages are left as they are.
 */

const intlLocales: Record<TranslatedLocale, string> = { ja: "ja-JP", ru: "ru-RU", ky: "ky-KG" }

/** A month's name in `locale`, as the storefront writes it (standalone, nominative). */
function monthIn(englishMonth: string, locale: TranslatedLocale): string {
  const index = monthNames.indexOf(englishMonth)
  if (index < 0) return englishMonth
  return new Intl.DateTimeFormat(intlLocales[locale], { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, index, 15, 12)),
  )
}

type Texts = Record<TranslatedLocale, (...parts: string[]) => string>

/** Each English refusal (its pattern) and its wording in ja, ru and ky, named parts in order. */
const rules: { pattern: RegExp; texts: Texts; month?: number }[] = [
  {
    pattern: /^"(.+)" is out of season: back in season in (\w+)$/,
    month: 1,
    texts: {
      ja: (name, month) => `「${name}」は現在季節外です（${month}に再入荷予定）`,
      ru: (name, month) => `«${name}» сейчас не в сезоне. Снова в продаже: ${month}`,
      ky: (name, month) => `«${name}» азыр мезгилинде эмес. Кайра сатыкка чыгат: ${month}`,
    },
  },
  {
    pattern: /^"(.+)" is out of season$/,
    texts: {
      ja: (name) => `「${name}」は現在季節外です`,
      ru: (name) => `«${name}» сейчас не в сезоне`,
      ky: (name) => `«${name}» азыр мезгилинде эмес`,
    },
  },
  {
    pattern: /^only (\d+) of "(.+)" (?:is|are) left beyond what is already in your cart$/,
    texts: {
      ja: (count, name) => `「${name}」はカートの分のほかに残り${count}点です`,
      ru: (count, name) => `«${name}»: сверх того, что уже в корзине, осталось ${count} шт.`,
      ky: (count, name) => `«${name}»: себеттегиден тышкары ${count} гана калды`,
    },
  },
  {
    pattern: /^only (\d+) of "(.+)" (?:is|are) left$/,
    texts: {
      ja: (count, name) => `「${name}」は残り${count}点です`,
      ru: (count, name) => `«${name}»: осталось всего ${count} шт.`,
      ky: (count, name) => `«${name}»: ${count} гана калды`,
    },
  },
  {
    pattern: /^"(.+)" is sold out$/,
    texts: {
      ja: (name) => `「${name}」は売り切れです`,
      ru: (name) => `«${name}» закончился`,
      ky: (name) => `«${name}» сатылып бүттү`,
    },
  },
  {
    pattern: /^"(.+)" sold out while you were checking out: lower the quantity or remove it from your cart$/,
    texts: {
      ja: (name) => `ご注文手続き中に「${name}」が売り切れました。数量を減らすか、カートから削除してください`,
      ru: (name) => `Пока вы оформляли заказ, «${name}» закончился: уменьшите количество или удалите его из корзины`,
      ky: (name) => `Буйрутма берип жатканыңызда «${name}» сатылып бүттү: санын азайтыңыз же себеттен алып салыңыз`,
    },
  },
  {
    pattern: /^"(.+)" cannot be bought right now: (.+) has paused its sales$/,
    texts: {
      ja: (name, group) => `「${name}」は現在ご購入いただけません（${group}が販売を一時停止しています）`,
      ru: (name, group) => `«${name}» сейчас нельзя купить: ${group} приостановила продажи`,
      ky: (name, group) => `«${name}» азыр сатылбайт: ${group} сатууну убактылуу токтотту`,
    },
  },
  {
    pattern: /^"(.+)" is off sale: the Issyk-Kul brand certificate of (.+) has expired$/,
    texts: {
      ja: (name, group) => `「${name}」は販売停止中です（${group}のイシク・クル ブランド認証の期限切れ）`,
      ru: (name, group) => `«${name}» снят с продажи: у ${group} истёк сертификат бренда «Иссык-Куль»`,
      ky: (name, group) => `«${name}» сатуудан алынды: ${group} тобунун «Ысык-Көл» бренд сертификатынын мөөнөтү бүттү`,
    },
  },
  {
    pattern: /^only (\d+) of "(.+)" can still be pre-ordered$/,
    texts: {
      ja: (count, name) => `「${name}」の予約は残り${count}点です`,
      ru: (count, name) => `«${name}»: для предзаказа осталось ${count} шт.`,
      ky: (count, name) => `«${name}»: алдын ала буйрутма үчүн ${count} гана калды`,
    },
  },
  {
    pattern: /^"(.+)" is fully pre-ordered$/,
    texts: {
      ja: (name) => `「${name}」の予約は上限に達しました`,
      ru: (name) => `Предзаказ на «${name}» закрыт: всё уже заказано`,
      ky: (name) => `«${name}» үчүн алдын ала буйрутма толду`,
    },
  },
  {
    pattern:
      /^"(.+)" can no longer be pre-ordered: the harvest is in, remove it from your cart and order it from stock$/,
    texts: {
      ja: (name) => `「${name}」は収穫済みのため予約できません。カートから削除し、在庫からご注文ください`,
      ru: (name) =>
        `«${name}» больше нельзя предзаказать: урожай уже собран, удалите его из корзины и закажите из наличия`,
      ky: (name) =>
        `«${name}» алдын ала буйрутма кылынбайт: түшүм жыйналды, себеттен алып салып, кампадан буйрутма кылыңыз`,
    },
  },
  {
    pattern: /^"(.+)" cannot be pre-ordered now: it is in stock \(add it to the cart\) or no harvest is planned$/,
    texts: {
      ja: (name) => `「${name}」は現在予約できません（在庫があるか、収穫の予定がありません）`,
      ru: (name) => `«${name}» сейчас нельзя предзаказать: он есть в наличии или урожай не запланирован`,
      ky: (name) => `«${name}» азыр алдын ала буйрутма кылынбайт: кампада бар же түшүм пландалган эмес`,
    },
  },
  {
    pattern: /^"(.+)" cannot be ordered from this cart as it stands: remove it and add it again$/,
    texts: {
      ja: (name) => `「${name}」はこのカートのままではご注文いただけません。いったん削除して、もう一度追加してください`,
      ru: (name) => `«${name}» нельзя заказать из этой корзины в таком виде: удалите его и добавьте снова`,
      ky: (name) => `«${name}» бул себеттен мындай абалда буйрутма кылынбайт: аны алып салып, кайра кошуңуз`,
    },
  },
  {
    pattern: /^the price of "(.+)" has changed: remove it from your cart and pre-order it again$/,
    texts: {
      ja: (name) => `「${name}」の価格が変わりました。カートから削除し、もう一度予約してください`,
      ru: (name) => `Цена «${name}» изменилась: удалите его из корзины и оформите предзаказ снова`,
      ky: (name) => `«${name}» баасы өзгөрдү: аны себеттен алып салып, кайра алдын ала буйрутма кылыңыз`,
    },
  },
  {
    pattern: new RegExp(`^${CART_BUSY_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    texts: {
      ja: () => "カートが別のウィンドウまたはタブで変更中です。少し待ってからもう一度お試しください",
      ru: () => "Корзина сейчас меняется в другом окне или вкладке: попробуйте ещё раз через минуту",
      ky: () => "Себет азыр башка терезеде же өтмөктө өзгөртүлүүдө: бир аздан кийин кайра аракет кылыңыз",
    },
  },
]

/** `message` in `locale` when it is one of the store's refusals; otherwise `message` unchanged. */
export function localizeRuleMessage(message: string, locale: string | undefined): string {
  if (locale !== "ja" && locale !== "ru" && locale !== "ky") return message
  for (const rule of rules) {
    const match = rule.pattern.exec(message)
    if (!match) continue
    const parts = match.slice(1).map((part, index) => (rule.month === index ? monthIn(part, locale) : part))
    return rule.texts[locale](...parts)
  }
  return message
}
