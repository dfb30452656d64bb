/** The som sign (U+20C0, Unicode 14) that the browser's Intl writes for KGS and the dashboard's font lacks. */
export const SOM_SIGN = /\u20c0/gi

/**
 * A KGS amount as the browser wrote it, with "сом" for the som sign; where the sign leads the
 * number (English, and the dashboard's own amounts whatever the admin's language: "⃀1,260.00"),
 * a no-break space keeps the word off the digits ("сом 1,260.00", not "сом1,260.00").
 */
export function withSomWord(formatted: string): string {
  return formatted.replace(/\u20c0(?=[\d\-\u2212])/gi, "сом\u00a0").replace(SOM_SIGN, "сом")
}

/** The currency part of `formatToParts` for KGS: "сом", with a no-break space when the number follows it directly. */
export function somAfterSign(currencyPart: string, nextPartType: string | undefined): string {
  const word = currencyPart.replace(SOM_SIGN, "сом")
  const leadsNumber = nextPartType === "integer" || nextPartType === "minusSign" || nextPartType === "nan"
  return leadsNumber && word !== currencyPart ? `${word}\u00a0` : word
}
