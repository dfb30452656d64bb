import type { NOTIFY_LOCALES } from "./models/back-in-stock-request"

type NotifyLocale = (typeof NOTIFY_LOCALES)[number]

const subjects: Record<NotifyLocale, (title: string) => string> = {
  en: (title) => `${title} is back in stock`,
  ja: (title) => `「${title}」が再入荷しました`,
  ru: (title) => `«${title}» снова в продаже`,
  ky: (title) => `«${title}» кайрадан сатыкта`,
}

const bodies: Record<NotifyLocale, (title: string, url: string) => string> = {
  en: (title, url) =>
    `Good news from Issyk-Kul: ${title} is back in stock. Order it while the new harvest lasts: ${url}`,
  ja: (title, url) =>
    `イシク・クル湖のほとりから、うれしいお知らせです。「${title}」が再入荷しました。数に限りがございますので、お早めにどうぞ：${url}`,
  ru: (title, url) =>
    `Хорошие новости с Иссык-Куля: «${title}» снова в продаже. Успейте заказать, пока есть новый урожай: ${url}`,
  ky: (title, url) =>
    `Ысык-Көлдөн жакшы кабар: «${title}» кайрадан сатыкта. Жаңы түшүм түгөнө электе заказ бериңиз: ${url}`,
}

/** The back-in-stock email in the shopper's language, with the product page's address. */
export function backInStockMessage(
  locale: NotifyLocale,
  title: string,
  url: string,
): { subject: string; text: string } {
  return { subject: subjects[locale](title), text: bodies[locale](title, url) }
}
