import { type AccountConfig, callApi, formText, readConfig, reveal, saveToken, tooManyText } from "./session"

/**
 * The islands of the sign-in, sign-up, forgotten-password and reset pages, each bound to its
 * form on the page. Messages come from the page's strings, in its language.
 */

type Handler = (config: AccountConfig, fields: Record<string, string>, say: (text: string) => void) => Promise<void>

function bind(selector: string, handler: Handler): void {
  const config = readConfig()
  const form = document.querySelector<HTMLFormElement>(selector)
  if (!config || !form) return
  const status = form.querySelector<HTMLElement>("[role=status]")
  const button = form.querySelector("button")
  const say = (text: string) => {
    if (status) status.textContent = text
  }
  reveal()
  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    if (button) button.disabled = true
    say("")
    try {
      await handler(config, formText(form), say)
    } catch {
      say(config.strings["account.failed"] ?? "")
    } finally {
      if (button) button.disabled = false
    }
  })
}

/**
 * Signs in with email and password and keeps the customer's token; answers what to tell the
 * shopper when it did not work (`undefined` on success).
 */
async function signIn(config: AccountConfig, email: string, password: string): Promise<string | undefined> {
  const login = await callApi<{ token: string }>(config, "/auth/customer/emailpass", { body: { email, password } })
  if (!login.ok) return tooManyText(config, login) ?? config.strings["account.signIn.failed"] ?? ""
  saveToken(login.data.token)
  return undefined
}

/** The sign-in form: on success, the account page. */
export function signInIsland(): void {
  bind("form[data-sign-in]", async (config, fields, say) => {
    const problem = await signIn(config, fields.email ?? "", fields.password ?? "")
    if (problem === undefined) location.assign(config.paths.account)
    else say(problem)
  })
}

/**
 * The sign-up form: Medusa's emailpass identity, then the customer (its language kept in
 * metadata, for the emails it gets), then a sign-in.
 */
export function registerIsland(): void {
  bind("form[data-register]", async (config, fields, say) => {
    const email = (fields.email ?? "").trim()
    const password = fields.password ?? ""
    const identity = await callApi<{ token: string }>(config, "/auth/customer/emailpass/register", {
      body: { email, password },
    })
    if (!identity.ok) {
      say(
        tooManyText(config, identity) ??
          config.strings[identity.status < 500 ? "account.register.exists" : "account.failed"] ??
          "",
      )
      return
    }
    const customer = await callApi(config, "/store/customers", {
      token: identity.data.token,
      body: {
        email,
        first_name: fields.first_name?.trim(),
        last_name: fields.last_name?.trim(),
        metadata: { locale: config.locale },
      },
    })
    if (!customer.ok) {
      say(tooManyText(config, customer) ?? (customer.message || (config.strings["account.failed"] ?? "")))
      return
    }
    const problem = await signIn(config, email, password)
    if (problem === undefined) location.assign(config.paths.account)
    else say(problem)
  })
}

/** The forgotten-password form: asks Medusa for a reset email in the page's language. */
export function forgotIsland(): void {
  bind("form[data-forgot]", async (config, fields, say) => {
    const answer = await callApi(config, "/auth/customer/emailpass/reset-password", {
      body: { identifier: (fields.email ?? "").trim(), metadata: { locale: config.locale } },
    })
    // Medusa answers 201 whether or not the email has an account, so nobody learns which do.
    say(tooManyText(config, answer) ?? config.strings[answer.ok ? "account.forgot.sent" : "account.failed"] ?? "")
  })
}

/** The reset page: the new password goes with the token from the email's link, which is then dropped from the address bar. */
export function resetIsland(): void {
  const params = new URLSearchParams(location.search)
  const token = params.get("token") ?? ""
  const email = params.get("email") ?? ""
  if (token) history.replaceState(null, "", location.pathname)
  const emailField = document.querySelector<HTMLInputElement>("form[data-reset] input[name=email]")
  if (emailField) emailField.value = email
  bind("form[data-reset]", async (config, fields, say) => {
    const answer = await callApi(config, "/auth/customer/emailpass/update", {
      token,
      body: { email: fields.email ?? email, password: fields.password ?? "" },
    })
    if (answer.ok) {
      say(config.strings["account.reset.done"] ?? "")
      document.querySelector<HTMLElement>("[data-reset-done]")?.removeAttribute("hidden")
    } else
      say(
        tooManyText(config, answer) ??
          config.strings[answer.status === 401 ? "account.reset.invalid" : "account.failed"] ??
          "",
      )
  })
}
