/**
 * The bank account `npm start` (and the test stacks it runs) gives bank transfer when none is
 * configured: believable demo data, so a local store offers bank transfer as production does
 * without showing shoppers a placeholder. `OVOP_BANK_DEMO=true` marks it: the payment's data says
 * `demo: true` and the admin shows "Demo data" beside it. Set any `OVOP_BANK_*` variable and none
 * of this is used.
 */
export function demoBankAccount(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const configured = ["OVOP_BANK_NAME", "OVOP_BANK_ACCOUNT_HOLDER", "OVOP_BANK_ACCOUNT_NUMBER", "OVOP_BANK_BIK"].some(
    (name) => env[name],
  )
  if (configured) return {}
  return {
    OVOP_BANK_NAME: "Issyk-Kul Commercial Bank, Karakol branch",
    OVOP_BANK_ACCOUNT_HOLDER: "Issyk-Kul OVOP Association",
    OVOP_BANK_ACCOUNT_NUMBER: "1240020001234567",
    OVOP_BANK_BIK: "124002",
    OVOP_BANK_DEMO: "true",
  }
}
