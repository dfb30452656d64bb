/**
 * Phone numbers a courier can call: which a delivery or payment needs, and what each country's
 * numbers look like. Spaces, dashes, dots and brackets are ignored.
 */

/** Delivery codes whose courier calls the buyer (shipping.ts). */
export const PHONE_REQUIRED_SHIPPING: readonly string[] = ["kg-courier"]

/** Ways to pay that need the buyer's phone (the courier collects the cash). */
export const PHONE_REQUIRED_PAYMENT: readonly string[] = ["pp_cash-on-delivery_ovop"]

/** Why a phone number does not do: absent, or not a number of the country. */
export type PhoneProblem = "missing" | "invalid"

// Per country: its calling code and the national number's digits after the trunk 0.
const COUNTRY_NUMBERS: Record<string, { callingCode: string; national: RegExp }> = {
  // Kyrgyzstan: 9 digits (mobile 5xx/7xx/9xx..., Bishkek 312..., Karakol 3922...).
  kg: { callingCode: "996", national: /^\d{9}$/ },
  // Japan: 9 digits for landlines (03-1234-5678 without its 0), 10 for mobiles (090-1234-5678).
  jp: { callingCode: "81", national: /^[1-9]\d{8,9}$/ },
}

/**
 * What is wrong with `phone` for an address in `countryCode` (ISO alpha-2), or null when it will
 * do. Kyrgyzstan: +996 and 9 digits, or 0 and 9 digits; Japan: +81 and 9-10 digits, or 0 and
 * 9-10 digits; elsewhere an international number, + and 8-15 digits (E.164).
 */
export function phoneProblem(
  phone: string | null | undefined,
  countryCode: string | null | undefined,
): PhoneProblem | null {
  const compact = (phone ?? "").replace(/[\s().-]/g, "")
  if (!compact) return "missing"
  if (!/^\+?\d+$/.test(compact)) return "invalid"
  const country = COUNTRY_NUMBERS[(countryCode ?? "").toLowerCase()]
  if (country) {
    const national = compact.startsWith(`+${country.callingCode}`)
      ? compact.slice(country.callingCode.length + 1)
      : compact.startsWith("0") && !compact.startsWith("00")
        ? compact.slice(1)
        : null
    return national !== null && country.national.test(national) ? null : "invalid"
  }
  return /^\+\d{8,15}$/.test(compact) ? null : "invalid"
}

/** True when the delivery (its shipping code) or the way to pay (provider id) needs the buyer's phone. */
export function needsPhone(choice: { shippingCodes?: readonly string[]; providerIds?: readonly string[] }): boolean {
  return (
    (choice.shippingCodes ?? []).some((code) => PHONE_REQUIRED_SHIPPING.includes(code)) ||
    (choice.providerIds ?? []).some((id) => PHONE_REQUIRED_PAYMENT.includes(id))
  )
}
