import { expect, test } from "@playwright/test"
import { groupOf, isCertifiedToday, seed, uiStrings } from "./catalogue-data"

const activeGroups = seed.groups.filter((group) => group.status === "active")
const productsOf = (handle: string) => seed.products.filter((product) => product.group === handle)

test("a Kyrgyz group page tells the group's story in Kyrgyz and lists its products", async ({ page }) => {
  const group = activeGroups.find((candidate) => productsOf(candidate.handle).length > 1)
  if (!group) throw new Error("the seed has no active group with several products")
  await page.goto(`/ky/groups/${group.handle}/`)
  await expect(page.locator("html")).toHaveAttribute("lang", "ky")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.name.ky)
  await expect(page.getByRole("region", { name: uiStrings("ky")["group.story"] })).toContainText(group.story.ky)

  const products = page.getByRole("region", { name: uiStrings("ky")["group.products"] })
  const expected = productsOf(group.handle)
  await expect(products.getByRole("heading", { level: 3 })).toHaveCount(expected.length)
  for (const product of expected) {
    await expect(products.getByRole("link", { name: product.title.ky, exact: true })).toHaveAttribute(
      "href",
      `/ky/products/${product.handle}/`,
    )
  }
})

test("a certified group shows the Issyk-Kul brand badge and its certificate", async ({ page }) => {
  const group = activeGroups.find(isCertifiedToday)
  if (!group?.certificate) throw new Error("the seed has no group certified today")
  await page.goto(`/en/groups/${group.handle}/`)
  const certificate = page.getByRole("region", { name: uiStrings("en")["certificate.heading"] })
  await expect(certificate.getByText(uiStrings("en")["brand.badge"] ?? "?", { exact: true })).toBeVisible()
  await expect(certificate).toContainText(group.certificate.number)
})

test("the certificate's issuer is named in the page's language", async ({ page }) => {
  const group = activeGroups.find(isCertifiedToday)
  if (!group?.certificate) throw new Error("the seed has no group certified today")
  for (const locale of ["ja", "ky"] as const) {
    await page.goto(`/${locale}/groups/${group.handle}/`)
    const certificate = page.getByRole("region", { name: uiStrings(locale)["certificate.heading"] })
    await expect(certificate).toContainText(group.certificate.issuer[locale])
    await expect(certificate).not.toContainText(group.certificate.issuer.en)
  }
})

test("a group whose certificate expired shows a note instead of the badge", async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10)
  const group = activeGroups.find((candidate) => candidate.certificate && candidate.certificate.valid_to < today)
  if (!group) throw new Error("the seed has no group with an expired certificate")
  await page.goto(`/en/groups/${group.handle}/`)
  const [before, after] = (uiStrings("en")["certificate.expired"] ?? "").split("{date}")
  await expect(page.getByRole("main")).toContainText(before ?? "?")
  await expect(page.getByRole("main")).toContainText(after ?? "?")
  await expect(page.getByRole("region", { name: uiStrings("en")["certificate.heading"] })).toHaveCount(0)
  await expect(page.getByText(uiStrings("en")["brand.badge"] ?? "?", { exact: true })).toHaveCount(0)
})

test("a product of a certified group carries the brand badge; one of an uncertified group does not", async ({
  page,
}) => {
  const certified = seed.products.find(
    (product) => groupOf(product).status === "active" && isCertifiedToday(groupOf(product)),
  )
  const uncertified = seed.products.find(
    (product) => groupOf(product).status === "active" && !isCertifiedToday(groupOf(product)),
  )
  if (!certified || !uncertified) throw new Error("the seed lacks a certified or an uncertified group's product")
  const badge = uiStrings("ja")["brand.badge"] ?? "?"
  await page.goto(`/ja/products/${certified.handle}/`)
  await expect(page.getByRole("main").getByText(badge, { exact: true }).first()).toBeVisible()
  await page.goto(`/ja/products/${uncertified.handle}/`)
  await expect(page.getByRole("main").getByText(badge, { exact: true })).toHaveCount(0)
})

test("a group page shares its photo (or its first product's image) as an absolute og:image", async ({ page }) => {
  const group = activeGroups[0]
  if (!group) throw new Error("the seed has no active group")
  await page.goto(`/ja/groups/${group.handle}/`)
  const shareImage = (await page.locator('meta[property="og:image"]').getAttribute("content")) ?? ""
  expect(shareImage).toMatch(/^https?:\/\/[^/]+\/.+\.webp$/)
  const image = await page.request.get(new URL(shareImage).pathname)
  expect(image.ok()).toBe(true)
  expect(image.headers()["content-type"]).toContain("image/webp")
})
