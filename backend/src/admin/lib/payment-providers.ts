/** The shop's payment providers by id, with the key of their name in the admin's texts (`payments.providers.*`). */
const PROVIDER_NAME_KEYS: Record<string, string> = {
  "pp_cash-on-delivery_ovop": "cashOnDelivery",
  "pp_bank-transfer_ovop": "bankTransfer",
  pp_stripe_stripe: "stripe",
  pp_system_default: "system",
}

/** The admin text key naming a payment provider, or null for one the shop does not know (shown by its id). */
export function providerNameKey(providerId: string): string | null {
  const key = PROVIDER_NAME_KEYS[providerId]
  return key ? `payments.providers.${key}` : null
}

/** What a bank-transfer payment's data holds for staff: the reference and the account, and whether it is demo data. */
export type BankTransferData = {
  reference: string
  bank: { bank_name: string; account_holder: string; account_number: string; bik: string; demo: boolean } | null
}

/** Reads a bank-transfer payment's data (null when it is not one). */
export function bankTransferData(data: Record<string, unknown> | null | undefined): BankTransferData | null {
  if (data?.method !== "bank-transfer" || typeof data.reference !== "string") return null
  const bank = data.bank as Record<string, unknown> | null | undefined
  const text = (value: unknown) => (typeof value === "string" ? value : "")
  return {
    reference: data.reference,
    bank: bank
      ? {
          bank_name: text(bank.bank_name),
          account_holder: text(bank.account_holder),
          account_number: text(bank.account_number),
          bik: text(bank.bik),
          demo: bank.demo === true,
        }
      : null,
  }
}
