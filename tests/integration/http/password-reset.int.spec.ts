import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string } } }
const failure = (error: ApiError) => error.response

type SentEmail = { to: string; template: string; data?: { subject?: string; text?: string } | null }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      publishableKey = (await createStorefrontChannel(getContainer())).publishableKey
    })

    /** Signs a shopper up as the storefront does: emailpass identity, then the customer with their language. */
    const signUp = async (email: string, password: string, locale: string) => {
      const { data: identity } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post(
        "/store/customers",
        { email, first_name: "Aigul", last_name: "Asanova", metadata: { locale } },
        { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${identity.token}` } },
      )
    }
    const signIn = (email: string, password: string) =>
      api.post("/auth/customer/emailpass", { email, password }).catch(failure)

    /** The reset emails sent to `to`, waiting up to 30 s for `count` of them. */
    const resetEmailsTo = async (to: string, count: number): Promise<SentEmail[]> => {
      const notifications = getContainer().resolve("notification")
      const sent = async () =>
        (await notifications.listNotifications({ to, trigger_type: "auth.password_reset" })) as SentEmail[]
      const deadline = Date.now() + 30_000
      while ((await sent()).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
      return sent()
    }
    const linkIn = (email: SentEmail) => new URL(/https?:\/\/\S+/.exec(email.data?.text ?? "")?.[0] ?? "http://none")

    it("emails the reset link in the language of the request, and the link's token sets a new password once", async () => {
      await signUp("aiko@example.jp", "first-password-1", "ky")
      const asked = await api.post("/auth/customer/emailpass/reset-password", {
        identifier: "aiko@example.jp",
        metadata: { locale: "ja" },
      })
      expect(asked.status).toBe(201)

      const [email] = await resetEmailsTo("aiko@example.jp", 1)
      expect(email?.template).toBe("password-reset")
      expect(email?.data?.subject).toBe("【Issyk-Kul OVOP】パスワード再設定のご案内")
      const link = linkIn(email as SentEmail)
      expect(`${link.origin}${link.pathname}`).toBe("http://localhost:4321/ja/account/reset/")
      expect(link.searchParams.get("email")).toBe("aiko@example.jp")
      const token = link.searchParams.get("token") ?? ""

      // What the reset page posts.
      const update = (password: string) =>
        api
          .post("/auth/customer/emailpass/update", { password }, { headers: { authorization: `Bearer ${token}` } })
          .catch(failure)
      expect((await update("second-password-2")).status).toBe(200)
      expect((await signIn("aiko@example.jp", "second-password-2")).status).toBe(200)
      expect((await signIn("aiko@example.jp", "first-password-1")).status).toBe(401)
      // The link works once.
      expect((await update("third-password-3")).status).toBe(401)
    })

    it("writes in the customer's own language when the request names none, and to nobody for an unknown email", async () => {
      await signUp("aigul@example.kg", "first-password-1", "ky")
      const unknown = await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.kg" })
      // The same answer as for a real account, so the route tells nobody which emails have one.
      expect(unknown.status).toBe(201)
      await api.post("/auth/customer/emailpass/reset-password", { identifier: "aigul@example.kg" })
      const [email] = await resetEmailsTo("aigul@example.kg", 1)
      expect(email?.data?.subject).toBe("Ысык-Көл OVOP дүкөнүндө сырсөздү калыбына келтирүү")
      expect(linkIn(email as SentEmail).pathname).toBe("/ky/account/reset/")
      // Asked before Aigul's, which has arrived: nothing went to the unknown address.
      expect(await resetEmailsTo("nobody@example.kg", 0)).toHaveLength(0)
    })
  },
})
