/** A rate limit: at most `points` requests per `durationSeconds` window, for one client or email. */
export type RateLimit = { points: number; durationSeconds: number }

/** The limited actions, each with its environment variable and the default a small shop would choose. */
export const rateLimitRules = {
  /** Sign-in attempts (customers and staff) per client address. */
  signIn: { env: "OVOP_RATE_LIMIT_SIGN_IN", default: "20/300", describe: "sign-in attempts" },
  /** Sign-in attempts per email, whatever the address: slows credential stuffing on one account. */
  signInEmail: { env: "OVOP_RATE_LIMIT_SIGN_IN_EMAIL", default: "10/900", describe: "sign-in attempts" },
  /** Registrations (the auth identity, then the customer) per client address. */
  register: { env: "OVOP_RATE_LIMIT_REGISTER", default: "10/3600", describe: "registrations" },
  /** Password reset requests and password changes with a reset token, per client address. */
  passwordReset: { env: "OVOP_RATE_LIMIT_PASSWORD_RESET", default: "5/900", describe: "password reset requests" },
  /** Password reset requests per email: each one sends an email. */
  passwordResetEmail: {
    env: "OVOP_RATE_LIMIT_PASSWORD_RESET_EMAIL",
    default: "3/3600",
    describe: "password reset requests",
  },
  /** Back-in-stock requests per client address: each one may send an email later. */
  backInStock: { env: "OVOP_RATE_LIMIT_BACK_IN_STOCK", default: "20/3600", describe: "back-in-stock requests" },
  /** Pre-orders added to carts per client address. */
  preorder: { env: "OVOP_RATE_LIMIT_PREORDER", default: "30/600", describe: "pre-orders" },
} as const

export type RateLimitRule = keyof typeof rateLimitRules

/**
 * Reads a limit written `<requests>/<seconds>` (e.g. `10/60`); `off` switches the rule off
 * (`undefined`). Throws, naming the variable, on anything else, so a typo stops the boot instead
 * of leaving sign-in unprotected.
 */
export function parseRateLimit(value: string, variable: string): RateLimit | undefined {
  const text = value.trim().toLowerCase()
  if (text === "off") return undefined
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(text)
  const points = Number(match?.[1])
  const durationSeconds = Number(match?.[2])
  if (!match || points < 1 || durationSeconds < 1) {
    throw new Error(`${variable}=${JSON.stringify(value)}: write <requests>/<seconds>, e.g. 10/60, or off`)
  }
  return { points, durationSeconds }
}

/** The limit of a rule from the environment, or its default; `undefined` when switched off. */
export function rateLimitOf(rule: RateLimitRule, env: NodeJS.ProcessEnv = process.env): RateLimit | undefined {
  const { env: variable, default: fallback } = rateLimitRules[rule]
  return parseRateLimit(env[variable]?.trim() || fallback, variable)
}
