import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"
import { e2eStack } from "./stack"

const readyLine = "The OVOP store is running"

/**
 * Starts the whole store (embedded PostgreSQL, backend, built storefront) with `scripts/start.ts`
 * on a fresh data folder, and returns the teardown that stops it and removes the folder.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  fs.rmSync(e2eStack.dataDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(e2eStack.logFile), { recursive: true })
  const log = fs.createWriteStream(e2eStack.logFile)
  const stack = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      OVOP_DATA_DIR: e2eStack.dataDir,
      PORT: String(e2eStack.backendPort),
      STOREFRONT_PORT: String(e2eStack.storefrontPort),
      OVOP_PG_PORT: String(e2eStack.postgresPort),
      DATABASE_URL: "",
      MEDUSA_DISABLE_TELEMETRY: "true",
      ASTRO_TELEMETRY_DISABLED: "1",
      OVOP_STOREFRONT_TODAY: "2026-05-15",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const exited = new Promise<number | null>((resolve) => stack.once("exit", resolve))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.write(chunk)
      output += chunk.toString()
      if (output.includes(readyLine)) resolve()
    }
    stack.stdout.on("data", onData)
    stack.stderr.on("data", onData)
    void exited.then((code) =>
      reject(
        new Error(`the store exited (code ${code}) before it was ready:\n${output.split("\n").slice(-20).join("\n")}`),
      ),
    )
  })
  const timeout = setTimeout(() => stack.kill("SIGTERM"), 10 * 60_000)
  try {
    await ready
  } finally {
    clearTimeout(timeout)
  }

  return async () => {
    if (stack.exitCode === null) {
      stack.kill("SIGTERM")
      const killer = setTimeout(() => stack.kill("SIGKILL"), 30_000)
      await exited
      clearTimeout(killer)
    }
    log.end()
    fs.rmSync(e2eStack.dataDir, { recursive: true, force: true })
  }
}
