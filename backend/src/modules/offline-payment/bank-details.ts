/** The association's bank account a shopper transfers to, as shown with the payment reference. */
export type BankDetails = {
  bank_name: string
  account_holder: string
  account_number: string
  bik: string
  /** True when the account is the local default's demo data (`OVOP_BANK_DEMO=true`), not a real one. */
  demo: boolean
}

/** Bank transfer provider options, from the `OVOP_BANK_*` environment variables. */
export type BankTransferOptions = Partial<Omit<BankDetails, "demo">> & { demo?: boolean | string }

/** The provider's options as the environment gives them (medusa-config.ts and the store routes read them alike). */
export function bankTransferOptionsFrom(env: NodeJS.ProcessEnv): BankTransferOptions {
  return {
    bank_name: env.OVOP_BANK_NAME,
    account_holder: env.OVOP_BANK_ACCOUNT_HOLDER,
    account_number: env.OVOP_BANK_ACCOUNT_NUMBER,
    bik: env.OVOP_BANK_BIK,
    demo: env.OVOP_BANK_DEMO,
  }
}

/**
 * The account to print, or null while it is not configured: every one of the bank's name, the
 * holder, the account number and the BIK must be set, or bank transfer is not offered at all
 * (shoppers never see a placeholder).
 */
export function bankDetailsFrom(options: BankTransferOptions): BankDetails | null {
  const bank_name = options.bank_name?.trim()
  const account_holder = options.account_holder?.trim()
  const account_number = options.account_number?.trim()
  const bik = options.bik?.trim()
  if (!bank_name || !account_holder || !account_number || !bik) return null
  return { bank_name, account_holder, account_number, bik, demo: options.demo === true || options.demo === "true" }
}

/** The provider id of bank transfer, offered only while `bankDetailsFrom` finds an account. */
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_ovop"

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
