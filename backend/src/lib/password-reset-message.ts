import { passwordResetPageUrl } from "@ovop/domain"
import { resolveStoreLocale, type StoreLocale } from "./locales"

/** How long Medusa's reset token works (its `generateResetPasswordTokenWorkflow`: 15 minutes). */
export const RESET_LINK_MINUTES = 15

/**
 * The storefront page where a shopper chooses a new password:
 * `<storefront>/<locale>/account/reset/?token=...&email=...`.
 */
export function passwordResetUrl(storefrontUrl: string, locale: StoreLocale, token: string, email: string): string {
  return passwordResetPageUrl(storefrontUrl, locale, token, email)
}

const subjects: Record<StoreLocale, string> = {
  en: "Reset your Issyk-Kul OVOP password",
  ja: "【Issyk-Kul OVOP】パスワード再設定のご案内",
  ru: "Восстановление пароля в магазине Issyk-Kul OVOP",
  ky: "Issyk-Kul OVOP дүкөнүндө сырсөздү калыбына келтирүү",
}

const bodies: Record<StoreLocale, (url: string, minutes: number) => string> = {
  en: (url, minutes) =>
    `Someone asked to reset the password of your Issyk-Kul OVOP account. To choose a new one, open this link within ${minutes} minutes:\n\n${url}\n\nIf it was not you, ignore this email: your password stays as it is.`,
  ja: (url, minutes) =>
    `Issyk-Kul OVOPアカウントのパスワード再設定のお申し込みを受け付けました。${minutes}分以内に次のリンクを開き、新しいパスワードを設定してください。\n\n${url}\n\nお心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。`,
  ru: (url, minutes) =>
    `Кто-то попросил восстановить пароль вашего кабинета в магазине Issyk-Kul OVOP. Чтобы задать новый пароль, откройте эту ссылку в течение ${minutes} минут:\n\n${url}\n\nЕсли это были не вы, просто не отвечайте на это письмо: пароль останется прежним.`,
  ky: (url, minutes) =>
    `Issyk-Kul OVOP дүкөнүндөгү кабинетиңиздин сырсөзүн калыбына келтирүүнү суранышты. Жаңы сырсөз коюу үчүн бул шилтемени ${minutes} мүнөттүн ичинде ачыңыз:\n\n${url}\n\nЭгер бул сиз болбосоңуз, бул катты көңүлгө албаңыз: сырсөзүңүз өзгөрбөйт.`,
}

/** The language of the email: the one the request asked in, else the customer's own, else English. */
export function passwordResetLocale(requested: unknown, customerLocale: unknown): StoreLocale {
  for (const candidate of [requested, customerLocale]) {
    const locale = typeof candidate === "string" ? resolveStoreLocale(candidate) : undefined
    if (locale) return locale
  }
  return "en"
}

/** The password-reset email in `locale`, with the link to the storefront's reset page. */
export function passwordResetMessage(locale: StoreLocale, url: string): { subject: string; text: string } {
  return { subject: subjects[locale], text: bodies[locale](url, RESET_LINK_MINUTES) }
}
