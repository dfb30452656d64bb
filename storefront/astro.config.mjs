// @ts-check
import { defineConfig } from "astro/config"

// The storefront is fully static: pages are built from the backend's catalogue, fetched once per build.
export default defineConfig({
  output: "static",
  site: process.env.STOREFRONT_URL || "http://localhost:4321",
  outDir: process.env.OVOP_STOREFRONT_OUT_DIR || "./dist",
  build: { format: "directory" },
  devToolbar: { enabled: false },
})
