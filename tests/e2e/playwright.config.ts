import path from "node:path"
import { defineConfig, devices } from "@playwright/test"
import { repoRoot } from "../../scripts/lib/config"
import { storefrontUrl } from "./stack"

// Debian's Chromium, never a downloaded browser (no browser downloads on our machines).
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.e2e.ts",
  outputDir: path.join(repoRoot, ".tmp", "e2e-results"),
  globalSetup: "./global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(repoRoot, ".tmp", "e2e.json") }]],
  use: {
    baseURL: storefrontUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Staff use the admin dashboard on desktop: its tests run in the desktop project only.
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testIgnore: /admin(-[a-z]+)?\.e2e\.ts$/ },
  ],
})
