import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "./lib/config"

/** One tier's outcome, counted in tests (a static check counts as one). */
type TierResult = { tier: string; passed: number; failed: number; skipped: number }

function run(command: string, args: string[], cwd = repoRoot): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: process.env })
    child.on("exit", (code) => resolve(code ?? 1))
    child.on("error", () => resolve(1))
  })
}

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name)

async function vitestTier(tier: string, args: string[]): Promise<TierResult> {
  const report = path.join(repoRoot, ".tmp", `${tier}.json`)
  fs.mkdirSync(path.dirname(report), { recursive: true })
  fs.rmSync(report, { force: true })
  const code = await run(bin("vitest"), [
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ])
  if (!fs.existsSync(report)) return { tier, passed: 0, failed: 1, skipped: 0 }
  const json = JSON.parse(fs.readFileSync(report, "utf8")) as {
    numPassedTests: number
    numFailedTests: number
    numFailedTestSuites: number
    numPendingTests: number
    numTodoTests: number
  }
  // A run that failed outside any test (a broken file, a setup error) still counts as a failure.
  // A file that fails in its setup fails no single test: count the file.
  const failed = json.numFailedTests + json.numFailedTestSuites || (code === 0 ? 0 : 1)
  return { tier, passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests }
}

async function playwrightTier(tier: string): Promise<TierResult> {
  const report = path.join(repoRoot, ".tmp", "e2e.json")
  fs.rmSync(report, { force: true })
  console.log(`\n▶ ${tier}: playwright test (starts its own store)`)
  const code = await run(bin("playwright"), ["test", "-c", "tests/e2e/playwright.config.ts"])
  if (!fs.existsSync(report)) return { tier, passed: 0, failed: 1, skipped: 0 }
  const { stats } = JSON.parse(fs.readFileSync(report, "utf8")) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number }
  }
  // A flaky test (passed only on retry) is not a pass; a failure outside any test still fails the tier.
  const failed = stats.unexpected + stats.flaky || (code === 0 ? 0 : 1)
  return { tier, passed: stats.expected, failed, skipped: stats.skipped }
}

async function checkTier(tier: string, command: string, args: string[], cwd?: string): Promise<TierResult> {
  console.log(`\n▶ ${tier}: ${path.basename(command)} ${args.join(" ")}`)
  const code = await run(command, args, cwd)
  return { tier, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
}

// Neither Medusa nor Astro may phone home from a test run.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.ASTRO_TELEMETRY_DISABLED = "1"

// The shared rules first (npm ci builds them too): every tier imports @ovop/domain's build, which an
// edit of domain/src since the install would have left behind.
if ((await run(process.execPath, [path.join(repoRoot, "domain", "build.mjs")])) !== 0) {
  console.error("the shared domain package (domain/) does not build")
  process.exit(1)
}

const tiers: TierResult[] = []
tiers.push(await vitestTier("unit", ["--project", "unit"]))
tiers.push(await vitestTier("integration", ["--project", "integration"]))
tiers.push(await playwrightTier("end-to-end"))
tiers.push(await checkTier("typecheck (scripts, tests, seed)", bin("tsc"), ["--noEmit", "-p", "."]))
tiers.push(await checkTier("typecheck (backend)", bin("tsc"), ["--noEmit", "-p", "backend"]))
tiers.push(await checkTier("typecheck (storefront)", bin("astro"), ["check"], path.join(repoRoot, "storefront")))
tiers.push(await checkTier("lint and format", bin("biome"), ["check", "."]))

console.log("\nSummary by tier:")
for (const t of tiers)
  console.log(`  ${t.tier}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`)
const total = tiers.reduce(
  (sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
)
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`)
process.exit(total.failed ? 1 : 0)
