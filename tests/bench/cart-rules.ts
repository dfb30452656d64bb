import { type ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { withBuildLock } from "../../scripts/lib/build-lock"
import { repoRoot } from "../../scripts/lib/config"
import { isPortFree, waitForHttp } from "../../scripts/lib/ports"
import type { Figures } from "./figures"
import { type LatencyRun, runLatency, type ScenarioClient } from "./http-load"
import type { BenchOptions } from "./options"
import { backendProcess, readProcessEnvironment, readProcessStartedAtMs, readProcessTable } from "./processes"
import { httpScenarios, type StoreContext, storeRequest } from "./scenarios"
import { benchPorts, type RunningStack, trackStop } from "./stack"
import { round, summarizeLatencies } from "./stats"

const medusaDir = path.join(repoRoot, "backend", ".medusa")
const serverDir = path.join(medusaDir, "server")
const medusaBin = path.join(repoRoot, "node_modules", ".bin", "medusa")

/** The built file that registers every cart rule (season, stock, off-sale, pre-orders) as workflow hook handlers. */
export const cartRulesFile = path.join("src", "workflows", "hooks", "cart-rules.js")

/** Which backend a run goes to: the stack's own (rules on) or the copy without the rules file (rules off). */
export type RulesSide = "on" | "off"

/**
 * The order of the two sides in each of `rounds` rounds, alternating which goes first
 * (on-off, off-on, …), so a drift of the machine's load weighs on both sides alike.
 */
export function interleavedOrder(rounds: number): RulesSide[][] {
  return Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? ["on", "off"] : ["off", "on"]))
}

/** The environment of the rules-off server: exactly the stack backend's, on its own port. */
export function rulesOffServerEnv(backendEnv: Readonly<Record<string, string>>, port: number): NodeJS.ProcessEnv {
  return { ...backendEnv, PORT: String(port), MEDUSA_BACKEND_URL: `http://localhost:${port}` }
}

/** A season window (one month) that is not `now`'s month in `timeZone`: six months away. */
export function monthsOutOfSeason(now: Date, timeZone: string): number[] {
  const month = Number(new Intl.DateTimeFormat("en-US", { timeZone, month: "numeric" }).format(now))
  return [((month + 5) % 12) + 1]
}

/** An answer of the store API, kept for a verdict. */
export type ProbeAnswer = { status: number; body: string }

/** The refusal code of an answer's JSON body, if any. */
const refusalCodeOf = (body: string): unknown => {
  try {
    return (JSON.parse(body) as { code?: unknown }).code
  } catch {
    return undefined
  }
}

/**
 * Throws unless the rules are really switched: the same out-of-season line refused (400, the
 * `out_of_season` refusal) by the stack's backend and accepted (200) by the copy without the rules file.
 */
export function assertRulesSwitched(on: ProbeAnswer, off: ProbeAnswer): void {
  const problems: string[] = []
  if (on.status !== 400 || refusalCodeOf(on.body) !== "out_of_season")
    problems.push(
      `the backend with the rules answered ${on.status} (${on.body.slice(0, 160)}), not a 400 out_of_season`,
    )
  if (off.status !== 200)
    problems.push(`the backend without the rules answered ${off.status} (${off.body.slice(0, 160)}), not 200`)
  if (problems.length)
    throw new Error(`adding an out-of-season variant does not tell the two backends apart: ${problems.join("; ")}`)
}

/** The association's time zone, in which season months are read (as the backend's season rules do). */
const associationTimeZone = "Asia/Bishkek"
/** Rounds of the interleaved runs; the sequential requests of each side are spread over them. */
const rounds = 4

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T

/**
 * Copies the built server (what the stack's backend runs) to `copyDir` without the cart rules
 * file, under the build lock so no build rewrites it meanwhile. `copyDir` must lie inside the
 * repository: the build has no node_modules and Node resolves packages from the parent folders.
 * Throws when the build was replaced after the stack's backend started, since the two servers
 * would then run different code.
 */
async function copyServerWithoutRules(copyDir: string, backendStartedAtMs: number): Promise<void> {
  await withBuildLock(path.join(medusaDir, ".build-lock"), async () => {
    const marker = fs.statSync(path.join(serverDir, ".ovop-build"), { throwIfNoEntry: false })
    if (!marker) throw new Error(`no finished backend build in ${serverDir}`)
    if (marker.mtimeMs > backendStartedAtMs)
      throw new Error(
        "another start script rebuilt the backend after the stack's backend started: a copy would run other code; run the benchmark again",
      )
    if (!fs.existsSync(path.join(serverDir, cartRulesFile)))
      throw new Error(`${cartRulesFile} is not in the build: has the cart rules file moved?`)
    fs.rmSync(copyDir, { recursive: true, force: true })
    fs.cpSync(serverDir, copyDir, {
      recursive: true,
      filter: (source) => path.relative(serverDir, source) !== cartRulesFile,
    })
  })
  if (fs.existsSync(path.join(copyDir, cartRulesFile))) throw new Error(`the copy in ${copyDir} still has the rules`)
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()))

/** Starts `medusa start` in `serverCopy` (its own process group) and waits for its health check. */
async function startRulesOffServer(
  serverCopy: string,
  env: NodeJS.ProcessEnv,
  port: number,
  logFile: string,
): Promise<{ stop: () => Promise<void> }> {
  if (!(await isPortFree(port))) throw new Error(`port ${port} (the rules-off backend) is in use`)
  const log = fs.openSync(logFile, "a")
  const child = spawn(medusaBin, ["start"], { cwd: serverCopy, env, detached: true, stdio: ["ignore", log, log] })
  fs.closeSync(log)
  const pid = child.pid
  if (pid === undefined) throw new Error("could not spawn medusa start for the rules-off backend")
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // the group has ended
    }
  }
  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      group("SIGTERM")
      await Promise.race([exited(child), new Promise((resolve) => setTimeout(resolve, 20_000))])
      group("SIGKILL")
      untrack()
    })()
    return stopped
  }
  const untrack = trackStop(stop)
  try {
    await waitForHttp(`http://localhost:${port}/health`, 180_000, () => child.exitCode === null)
  } catch (error) {
    await stop()
    throw new Error(`the rules-off backend did not start (see ${logFile}): ${(error as Error).message}`)
  }
  return { stop }
}

async function answerOf(response: Response): Promise<ProbeAnswer> {
  return { status: response.status, body: await response.text() }
}

async function newCart(store: StoreContext): Promise<string> {
  const answer = await answerOf(await storeRequest(store, "POST", "/store/carts", { region_id: store.regionId }))
  if (answer.status !== 200) throw new Error(`POST /store/carts on ${store.baseUrl}: ${answer.status} ${answer.body}`)
  return (JSON.parse(answer.body) as { cart: { id: string } }).cart.id
}

function addLine(store: StoreContext, cartId: string, variantId: string): Promise<ProbeAnswer> {
  return storeRequest(store, "POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }).then(
    answerOf,
  )
}

type AdminApi = (method: string, apiPath: string, body?: unknown) => Promise<ProbeAnswer>

/** Signs in as the stack's first admin user (`<dataDir>/admin.json`) on the stack's backend. */
async function adminApi(baseUrl: string, dataDir: string): Promise<AdminApi> {
  const credentials = readJson<{ email: string; password: string }>(path.join(dataDir, "admin.json"))
  const signIn = await answerOf(
    await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(credentials),
    }),
  )
  if (signIn.status !== 200) throw new Error(`admin sign-in: ${signIn.status} ${signIn.body.slice(0, 200)}`)
  const { token } = JSON.parse(signIn.body) as { token: string }
  return async (method, apiPath, body) =>
    answerOf(
      await fetch(`${baseUrl}${apiPath}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    )
}

/**
 * Proves the rules are off on the copy and on on the stack: a throw-away product, out of season
 * now, with one variant that needs no stock, is added to a fresh cart on each backend. The product
 * is deleted afterwards, so the catalogue later steps see is the seeded one.
 */
async function checkRulesSwitched(on: StoreContext, off: StoreContext, dataDir: string): Promise<void> {
  const admin = await adminApi(on.baseUrl, dataDir)
  const { salesChannelId } = readJson<{ salesChannelId: string }>(path.join(dataDir, "storefront.json"))
  const created = await admin("POST", "/admin/products", {
    title: "Benchmark probe: out of season",
    handle: `bench-out-of-season-probe-${Date.now()}`,
    status: "published",
    metadata: { season_months: monthsOutOfSeason(new Date(), associationTimeZone) },
    options: [{ title: "Size", values: ["One size"] }],
    variants: [
      {
        title: "One size",
        options: { Size: "One size" },
        manage_inventory: false,
        prices: [{ currency_code: "usd", amount: 10 }],
      },
    ],
    sales_channels: [{ id: salesChannelId }],
  })
  if (created.status !== 200) throw new Error(`creating the probe product: ${created.status} ${created.body}`)
  const product = (JSON.parse(created.body) as { product: { id: string; variants: { id: string }[] } }).product
  try {
    const variantId = product.variants[0]?.id
    if (!variantId) throw new Error("the probe product has no variant")
    const [onAnswer, offAnswer] = [
      await addLine(on, await newCart(on), variantId),
      await addLine(off, await newCart(off), variantId),
    ]
    assertRulesSwitched(onAnswer, offAnswer)
  } finally {
    const deleted = await admin("DELETE", `/admin/products/${product.id}`)
    if (deleted.status !== 200) console.error(`  could not delete the probe product ${product.id}: ${deleted.status}`)
  }
}

/**
 * The variants the stack's backend (rules on) lets into a cart, one of each in fresh carts of
 * five lines like the scenario's: in season, in stock, on sale. Both backends are measured on
 * these only, so both do the same work and every add succeeds.
 */
async function acceptedVariants(
  on: StoreContext,
  variantIds: readonly string[],
): Promise<{ ok: string[]; refused: string[] }> {
  const ok: string[] = []
  const refused: string[] = []
  let cartId = ""
  let linesInCart = linesPerProbeCart
  for (const variantId of variantIds) {
    if (linesInCart === linesPerProbeCart) {
      cartId = await newCart(on)
      linesInCart = 0
    }
    const answer = await addLine(on, cartId, variantId)
    if (answer.status === 200) {
      ok.push(variantId)
      linesInCart++
    } else refused.push(`${variantId}: ${answer.status} ${answer.body.slice(0, 120)}`)
  }
  return { ok, refused }
}

const linesPerProbeCart = 5
const addItemScenario = httpScenarios.find((scenario) => scenario.name === "store_cart_add_item")

/** The add-to-cart figures with the cart rules on (the stack's backend) and off (a copy without them). */
export async function measureCartRules(run: {
  options: BenchOptions
  stack: RunningStack
  store: StoreContext
  dataDir: string
}): Promise<Figures> {
  const { options, stack, store, dataDir } = run
  if (!addItemScenario) throw new Error("no store_cart_add_item scenario to measure")
  const backend = backendProcess(stack.pid, readProcessTable())
  if (!backend) throw new Error("no `medusa start` process under the start script")
  const copyDir = path.join(dataDir, "rules-off-server")
  await copyServerWithoutRules(copyDir, readProcessStartedAtMs(backend))
  const port = benchPorts.rulesOffBackend
  const server = await startRulesOffServer(
    copyDir,
    rulesOffServerEnv(readProcessEnvironment(backend.pid), port),
    port,
    path.join(dataDir, "logs", "rules-off-backend.log"),
  )
  try {
    const on = store
    const off: StoreContext = { ...store, baseUrl: `http://localhost:${port}` }
    await checkRulesSwitched(on, off, dataDir)
    const variants = await acceptedVariants(on, store.variantIds)
    if (!variants.ok.length) throw new Error(`the store refuses every variant: ${variants.refused[0]}`)

    const clients: Record<RulesSide, ScenarioClient> = {
      on: addItemScenario.newClient({ ...on, variantIds: variants.ok }),
      off: addItemScenario.newClient({ ...off, variantIds: variants.ok }),
    }
    const runs: Record<RulesSide, LatencyRun> = {
      on: { samplesMs: [], errors: 0 },
      off: { samplesMs: [], errors: 0 },
    }
    const add = (side: RulesSide, latency: LatencyRun) => {
      runs[side].samplesMs.push(...latency.samplesMs)
      runs[side].errors += latency.errors
      runs[side].firstError ??= latency.firstError
    }
    for (const side of ["on", "off"] as const) add(side, await runLatency(clients[side], options.warmup, 0))
    const perRound = Math.ceil(options.requests / rounds)
    for (const order of interleavedOrder(rounds)) {
      for (const side of order) add(side, await runLatency(clients[side], 0, perRound))
    }

    const summary = (side: RulesSide) =>
      runs[side].samplesMs.length ? summarizeLatencies(runs[side].samplesMs) : undefined
    const [onSummary, offSummary] = [summary("on"), summary("off")]
    if (!onSummary || !offSummary)
      throw new Error(`no add-to-cart answered: ${runs.on.firstError ?? runs.off.firstError}`)
    const how = `${onSummary.count} sequential adds a side in ${rounds} alternating rounds, ${variants.ok.length} in-season in-stock variants${variants.refused.length ? ` (${variants.refused.length} refused by the rules left out)` : ""}`
    const sideFigure = (side: RulesSide, p95: number) => ({
      value: round(p95, 1),
      unit: "ms",
      note: runs[side].firstError ? `first error: ${runs[side].firstError}` : how,
      ...(runs[side].errors && { errors: runs[side].errors }),
    })
    const errors = runs.on.errors + runs.off.errors
    return {
      cart_rules_on_add_item_p95_ms: sideFigure("on", onSummary.p95),
      cart_rules_off_add_item_p95_ms: sideFigure("off", offSummary.p95),
      cart_rules_add_item_ratio: {
        value: round(onSummary.p95 / offSummary.p95, 2),
        unit: "x",
        note: `p95 with the cart rules / without (${cartRulesFile} left out of a copy of the build, checked with an out-of-season probe); p50 ${round(onSummary.p50, 1)} / ${round(offSummary.p50, 1)} ms`,
        ...(errors && { errors }),
      },
    }
  } finally {
    await server.stop()
    fs.rmSync(copyDir, { recursive: true, force: true })
  }
}
