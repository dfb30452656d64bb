/** The association's bank account a shopper transfers to, as shown with the payment reference. */
export type BankDetails = {
  bank_name: string
  account_holder: string
  account_number: string
  bik: string
  /** True while the values are the repository's placeholders, not a real account. */
  placeholder: boolean
}

/** Bank transfer provider options, from the `OVOP_BANK_*` environment variables. */
export type BankTransferOptions = Partial<Omit<BankDetails, "placeholder">>

const PLACEHOLDER: Omit<BankDetails, "placeholder"> = {
  bank_name: "PLACEHOLDER BANK (set OVOP_BANK_NAME)",
  account_holder: "Issyk-Kul OVOP Association (set OVOP_BANK_ACCOUNT_HOLDER)",
  account_number: "0000000000000000",
  bik: "000000",
}

/** The bank details to print: the configured ones, or placeholders marked as such. */
export function bankDetailsFrom(options: BankTransferOptions): BankDetails {
  const configured = Boolean(options.bank_name && options.account_number)
  return {
    bank_name: options.bank_name || PLACEHOLDER.bank_name,
    account_holder: options.account_holder || PLACEHOLDER.account_holder,
    account_number: options.account_number || PLACEHOLDER.account_number,
    bik: options.bik || PLACEHOLDER.bik,
    placeholder: !configured,
  }
}

/**
 * The reference a shopper quotes with the transfer: `OVOP-` and the last eight characters of the
 * payment session id (a ULID), so staff find the order's payment by it.
 */
export function bankTransferReference(sessionId: string): string {
  const tail = sessionId
    .replace(/^[a-z]+_/, "")
    .slice(-8)
    .toUpperCase()
  return `OVOP-${tail}`
}
