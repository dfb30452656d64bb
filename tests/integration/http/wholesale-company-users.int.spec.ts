import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { WHOLESALE_CUSTOMER_GROUP } from "@ovop/domain"
import { beforeAll, expect, it } from "vitest"
import type { CheckoutShop } from "../fixtures/checkout"
import { signUpCustomer } from "../fixtures/store"
import { type Buyer, type Person, requester, waitingApplicant, wholesaleShop } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// A company's users (export wholesale: "one company, several users; roles buyer admin and
// buyer"), through the real server and database: the buyer admin adds colleagues who have an
// account, changes their roles and removes them; they get (and lose) wholesale prices; the
// company always keeps a buyer admin; nobody else can touch the company's users.

type Headers = Record<string, string>

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let wholesaleKey: Headers
    let variantId: string
    let retailKey: string
    let adminA: Buyer
    let adminB: Buyer

    const send = requester(api)
    const as = (who: { authorization: string }) => ({ ...wholesaleKey, authorization: who.authorization })
    const person = (email: string, first_name = "Kenji", last_name = "Ito") =>
      signUpCustomer(api, retailKey, { email, first_name, last_name })

    /** Whether `customerId` is in the Wholesale customer group (the one the wholesale price lists are for). */
    const inWholesaleGroup = async (customerId: string) => {
      const customers = getContainer().resolve("customer")
      const [group] = await customers.listCustomerGroups({ name: WHOLESALE_CUSTOMER_GROUP })
      if (!group) throw new Error("no Wholesale customer group")
      return (await customers.listCustomers({ id: customerId, groups: { id: group.id } })).length === 1
    }
    /** The jam's price in yen as the wholesale channel's product route answers it to `who`. */
    const jamYen = async (who: Person) => {
      const { status, data } = await send(
        "GET",
        `/store/products?region_id=${shop.regions.Japan?.regionId}&fields=id,*variants.calculated_price`,
        as(who),
      )
      expect(status).toBe(200)
      const variants = data.products.flatMap((product: { variants: unknown[] }) => product.variants) as {
        id: string
        calculated_price: { calculated_amount: number }
      }[]
      return variants.find((variant) => variant.id === variantId)?.calculated_price.calculated_amount
    }
    const companyOf = async (who: Person) => send("GET", "/store/wholesale/company", as(who))
    const addTo = (admin: Person, email: string, role?: string) =>
      send("POST", "/store/wholesale/company/users", as(admin), role ? { email, role } : { email })
    const userId = (company: { users: { id: string; email: string }[] }, email: string) => {
      const found = company.users.find((user) => user.email === email)
      if (!found) throw new Error(`${email} is not a user of the company`)
      return found.id
    }

    beforeAll(async () => {
      const made = await wholesaleShop(getContainer(), api, ["kyotoAdmin", "osakaAdmin"])
      ;({ shop, variantId, retailKey, kyotoAdmin: adminA, osakaAdmin: adminB } = made)
      wholesaleKey = made.wholesale.headers
    })

    it("the buyer admin adds a colleague with an account: a buyer with wholesale prices and an email in the company's language", async () => {
      const kenji = await person("Kenji@Kyoto-Imports.example.jp")
      expect(await jamYen(kenji)).toBe(1070)

      const added = await addTo(adminA, "kenji@kyoto-imports.example.jp")
      expect(added.status, JSON.stringify(added.data)).toBe(201)
      expect(added.data.company.users).toEqual([
        expect.objectContaining({ email: "hanako@kyoto-imports.example.jp", role: "buyer_admin", is_you: true }),
        // Found whatever the letters' case; shown as they signed up.
        expect.objectContaining({ email: "Kenji@Kyoto-Imports.example.jp", role: "buyer", first_name: "Kenji" }),
      ])
      expect(await inWholesaleGroup(kenji.customerId)).toBe(true)
      expect(await jamYen(kenji)).toBe(640)

      // The colleague sees the company as a buyer, with both users.
      const seen = await companyOf(kenji)
      expect(seen.status).toBe(200)
      expect(seen.data.company).toMatchObject({ name: "Kyoto Imports", your_role: "buyer" })
      expect(seen.data.company.users).toHaveLength(2)

      // Told in Japanese (the company's preferred language), once.
      const emails = await getContainer()
        .resolve("notification")
        .listNotifications({ to: "Kenji@Kyoto-Imports.example.jp", trigger_type: "wholesale_company_user.added" })
      expect(emails).toHaveLength(1)
      const content = emails[0]?.data as { subject: string; text: string }
      expect(content.subject).toContain("Kyoto Imports")
      expect(content.text).toContain("Hanako Sato")
      expect(content.text).toMatch(/卸売/)

      // Sent again: refused, nothing doubled.
      const again = await addTo(adminA, "kenji@kyoto-imports.example.jp")
      expect(again.status).toBe(409)
      expect((await companyOf(adminA)).data.company.users).toHaveLength(2)
    })

    it("refuses what cannot be added, saying why: no account, another company's buyer, an applicant, a bad role", async () => {
      const nobody = await addTo(adminA, "nobody@example.jp")
      expect(nobody.status).toBe(404)
      expect(nobody.data.message).toMatch(/ask them to create an account/)

      const otherCompany = await addTo(adminA, "orders@osaka-foods.example.jp")
      expect(otherCompany.status).toBe(409)
      expect(otherCompany.data.message).not.toMatch(/Osaka/)

      await waitingApplicant(api, retailKey, "yuki@nagoya-trading.example.jp")
      expect((await addTo(adminA, "yuki@nagoya-trading.example.jp")).status).toBe(409)

      const badRole = await addTo(adminA, "someone@example.jp", "owner")
      expect(badRole.status).toBe(400)
      expect(badRole.data.message).toMatch(/role/)
      const badEmail = await send("POST", "/store/wholesale/company/users", as(adminA), { email: "not-an-email" })
      expect(badEmail.status).toBe(400)
      expect(badEmail.data.message).toMatch(/email/)

      expect((await companyOf(adminA)).data.company.users).toHaveLength(1)
      expect((await companyOf(adminB)).data.company.users).toHaveLength(1)
    })

    it("only the buyer admin manages users, only their own company's, and the company always keeps a buyer admin", async () => {
      const kenji = await person("kenji@kyoto-imports.example.jp")
      const aiko = await person("aiko@kyoto-imports.example.jp", "Aiko", "Mori")
      expect((await addTo(adminA, "kenji@kyoto-imports.example.jp")).status).toBe(201)
      const company = (await companyOf(adminA)).data.company
      const kenjiId = userId(company, "kenji@kyoto-imports.example.jp")
      const hanakoId = userId(company, "hanako@kyoto-imports.example.jp")

      // A buyer cannot add, promote or remove.
      expect((await addTo(kenji, "aiko@kyoto-imports.example.jp")).status).toBe(403)
      expect(
        (await send("POST", `/store/wholesale/company/users/${kenjiId}`, as(kenji), { role: "buyer_admin" })).status,
      ).toBe(403)
      expect((await send("DELETE", `/store/wholesale/company/users/${hanakoId}`, as(kenji))).status).toBe(403)
      // Another company's buyer admin does not find company A's users.
      expect((await send("DELETE", `/store/wholesale/company/users/${kenjiId}`, as(adminB))).status).toBe(404)
      expect(
        (await send("POST", `/store/wholesale/company/users/${kenjiId}`, as(adminB), { role: "buyer" })).status,
      ).toBe(404)
      // A retail customer, an anonymous caller: no company at all.
      expect((await companyOf(aiko)).status).toBe(403)
      expect((await send("GET", "/store/wholesale/company", wholesaleKey)).status).toBe(401)

      // The only buyer admin cannot step down or leave.
      const stepDown = await send("POST", `/store/wholesale/company/users/${hanakoId}`, as(adminA), { role: "buyer" })
      expect(stepDown.status).toBe(400)
      expect(stepDown.data.message).toMatch(/only buyer admin/)
      expect((await send("DELETE", `/store/wholesale/company/users/${hanakoId}`, as(adminA))).status).toBe(400)

      // Promote Kenji; then Hanako may step down, and Kenji (now buyer admin) manages the company.
      const promoted = await send("POST", `/store/wholesale/company/users/${kenjiId}`, as(adminA), {
        role: "buyer_admin",
      })
      expect(promoted.status).toBe(200)
      const steppedDown = await send("POST", `/store/wholesale/company/users/${hanakoId}`, as(adminA), {
        role: "buyer",
      })
      expect(steppedDown.status).toBe(200)
      expect(steppedDown.data.company.your_role).toBe("buyer")
      expect((await addTo(adminA, "aiko@kyoto-imports.example.jp")).status).toBe(403)
      expect((await addTo(kenji, "aiko@kyoto-imports.example.jp")).status).toBe(201)
    })

    it("two buyer admins stepping down at the same moment leave one buyer admin", async () => {
      await person("kenji@kyoto-imports.example.jp")
      const kenji = (await addTo(adminA, "kenji@kyoto-imports.example.jp", "buyer_admin")).data.company
      const kenjiId = userId(kenji, "kenji@kyoto-imports.example.jp")
      const hanakoId = userId(kenji, "hanako@kyoto-imports.example.jp")
      const kenjiSession = await api.post("/auth/customer/emailpass", {
        email: "kenji@kyoto-imports.example.jp",
        password: "integration-tests-only",
      })
      const asKenji = { authorization: `Bearer ${kenjiSession.data.token}` }
      const answers = await Promise.all([
        send("POST", `/store/wholesale/company/users/${hanakoId}`, as(adminA), { role: "buyer" }),
        send("POST", `/store/wholesale/company/users/${kenjiId}`, as(asKenji), { role: "buyer" }),
      ])
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
      const users = (await companyOf(adminA)).data.company.users as { role: string }[]
      expect(users.filter((user) => user.role === "buyer_admin")).toHaveLength(1)
    })

    it("a removed user loses wholesale prices and the company's quotes, and can be added again", async () => {
      const kenji = await person("kenji@kyoto-imports.example.jp")
      const company = (await addTo(adminA, "kenji@kyoto-imports.example.jp")).data.company
      const kenjiId = userId(company, "kenji@kyoto-imports.example.jp")
      expect(await jamYen(kenji)).toBe(640)

      const removed = await send("DELETE", `/store/wholesale/company/users/${kenjiId}`, as(adminA))
      expect(removed.status, JSON.stringify(removed.data)).toBe(200)
      expect(removed.data).toMatchObject({ id: kenjiId, deleted: true })
      expect(removed.data.company.users).toHaveLength(1)
      expect(await inWholesaleGroup(kenji.customerId)).toBe(false)
      expect(await jamYen(kenji)).toBe(1070)
      expect((await send("GET", "/store/wholesale/quotes", as(kenji))).status).toBe(403)
      // Removed twice: the second finds nobody.
      expect((await send("DELETE", `/store/wholesale/company/users/${kenjiId}`, as(adminA))).status).toBe(404)

      expect((await addTo(adminA, "kenji@kyoto-imports.example.jp")).status).toBe(201)
      expect(await jamYen(kenji)).toBe(640)
    })
  },
})
