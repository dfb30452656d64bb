import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"
import {
  checkBuild,
  describeOver,
  type Measure,
  measures,
  type PageWeightBudgets,
  parsePageWeightBudgets,
  type TemplateBudget,
  templatesOf,
} from "./page-weight"

// `npx tsx tests/page-weight/record.ts <built storefront folder>`: sets the `recorded baseline`
// limits of tests/page-weight/budgets.json from a build, the heaviest page of each template (all
// languages) plus `headroom`, rounded up to 100 B. Limits an issue set are kept as they are.
const headroom = 1.1
const recordedSource = "recorded baseline"

/** budgets.json text: the comments, then one template a block and one limit a line, so a diff shows which limit moved. */
function serializePageWeightBudgets(comments: Record<string, unknown>, budgets: PageWeightBudgets): string {
  const blocks = [
    ...Object.entries(comments).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`),
    ...Object.entries(budgets).map(([template, budget]) => {
      const lines = Object.entries(budget).map(
        ([measure, limit]) =>
          `    ${JSON.stringify(measure)}: { "max": ${limit.max}, "source": ${JSON.stringify(limit.source)} }`,
      )
      return `  ${JSON.stringify(template)}: {\n${lines.join(",\n")}\n  }`
    }),
  ]
  return `{\n${blocks.join(",\n")}\n}\n`
}

const outDir = process.argv[2]
if (!outDir) {
  console.error("usage: npx tsx tests/page-weight/record.ts <built storefront folder>")
  process.exit(2)
}
const budgetsFile = path.join(repoRoot, "tests", "page-weight", "budgets.json")
const raw = JSON.parse(fs.readFileSync(budgetsFile, "utf8")) as Record<string, unknown>
const budgets = parsePageWeightBudgets(raw)
const templates = templatesOf(path.join(repoRoot, "storefront", "src", "pages"))
const { weighed } = checkBuild(fs.realpathSync(outDir), templates, {})

const recorded: PageWeightBudgets = {}
for (const template of ["*", ...templates]) {
  const own: TemplateBudget = { ...budgets[template] }
  for (const [measure, field] of measures) {
    if (template === "*" || measure === "total" || measure === "firstScreen") continue
    if (own[measure] && own[measure]?.source !== recordedSource) continue
    const heaviest = Math.max(0, ...weighed.filter((p) => p.template === template).map((p) => p.weight[field]))
    if (heaviest === 0) delete own[measure as Measure]
    else own[measure] = { max: Math.ceil((heaviest * headroom) / 100) * 100, source: recordedSource }
  }
  if (Object.keys(own).length) recorded[template] = own
}
const comments = Object.fromEntries(Object.entries(raw).filter(([key]) => key.startsWith("$")))
fs.writeFileSync(budgetsFile, serializePageWeightBudgets(comments, recorded))
const { over } = checkBuild(fs.realpathSync(outDir), templates, parsePageWeightBudgets({ ...comments, ...recorded }))
console.log(`recorded ${path.relative(repoRoot, budgetsFile)} from ${weighed.length} pages`)
for (const line of over.map(describeOver)) console.log(`over an issue's budget: ${line}`)
