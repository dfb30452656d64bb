// @ts-check
import { storefrontBaseUrl } from "@ovop/domain"
import { defineConfig } from "astro/config"
import { precompress } from "./src/build/precompress"

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

// The storefront is fully static: pages are built from the backend's catalogue, fetched once per build.
export default defineConfig({
  output: "static",
  site: storefrontBaseUrl(process.env),
  outDir: process.env.OVOP_STOREFRONT_OUT_DIR || "./dist",
  // Every stylesheet a file: the Content-Security-Policy (scripts/lib/security-headers.ts) allows no inline style.
  build: { format: "directory", inlineStylesheets: "never" },
  vite: {
    // Every script a file, never inlined into the page (small ones are by default), and no asset
    // turned into a data: URL: the Content-Security-Policy allows neither.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [precompress()],
  devToolbar: { enabled: false },
  image: {
    // Catalogue images are the backend's uploads: the build downloads them once (cached in
    // node_modules/.astro between builds) and writes the sizes the pages use.
    remotePatterns: [
      {
        protocol: backendUrl.protocol.replace(":", ""),
        hostname: backendUrl.hostname,
        ...(backendUrl.port ? { port: backendUrl.port } : {}),
        pathname: "/uploads/**",
      },
    ],
  },
})
