import fs from "node:fs"
import path from "node:path"
import { expect, test } from "@playwright/test"
import { repoRoot } from "../../scripts/lib/config"
import { locales } from "../../storefront/src/i18n/locales"
import { checkBuild, describeOver, parsePageWeightBudgets, templatesOf } from "../page-weight/page-weight"
import { e2eStack } from "./stack"

// The byte budgets of every page template in every language (tests/page-weight/budgets.json),
// checked on the build the tier's global setup made: deterministic sizes, no timings, and no
// second build. The browser is not needed, so it runs once, in the desktop project.
const budgetsFile = path.join(repoRoot, "tests", "page-weight", "budgets.json")
const pagesDir = path.join(repoRoot, "storefront", "src", "pages")

test("every page of every template in every language is within its byte budget (gzip)", async () => {
  test.skip(test.info().project.name !== "desktop", "sizes do not depend on the browser: checked once, on desktop")
  const outDir = fs.realpathSync(path.join(e2eStack.dataDir, "storefront-dist"))
  const templates = templatesOf(pagesDir)
  const budgets = parsePageWeightBudgets(JSON.parse(fs.readFileSync(budgetsFile, "utf8")))
  const { over, weighed, unknown } = checkBuild(outDir, templates, budgets)

  expect(unknown, "built pages that no src/pages template explains").toEqual([])
  // Every template was built and weighed, in every language it is built in.
  for (const template of templates) {
    const pages = weighed.filter((page) => page.template === template)
    expect(pages.length, `pages of ${template}`).toBeGreaterThan(0)
    if (template.startsWith("[locale]/")) {
      const builtIn = new Set(pages.map((page) => page.pagePath.split("/")[1]))
      expect([...builtIn].sort(), `languages of ${template}`).toEqual([...locales].sort())
    }
  }
  expect(over.map(describeOver)).toEqual([])
})
