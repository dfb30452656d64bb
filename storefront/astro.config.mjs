// @ts-check
import { storefrontBaseUrl } from "@ovop/domain"
import { defineConfig } from "astro/config"
import { precompress } from "./src/build/precompress"
import { styleHashes } from "./src/build/style-hashes"

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

// The storefront is fully static: pages are built from the backend's catalogue, fetched once per build.
export default defineConfig({
  output: "static",
  site: storefrontBaseUrl(process.env),
  outDir: process.env.OVOP_STOREFRONT_OUT_DIR || "./dist",
  // Every stylesheet inline: the first paint waits for no stylesheet request (a whole round trip
  // on a phone's network, most of the product page's LCP). The Content-Security-Policy admits
  // exactly these styles by hash: the style-hashes integration lists them for the servers.
  build: { format: "directory", inlineStylesheets: "always" },
  vite: {
    // Every script a file, never inlined into the page (small ones are by default), and no asset
    // turned into a data: URL: the Content-Security-Policy allows neither.
    build: { assetsInlineLimit: 0 },
  },
  // Hashes first: the list is a file of the build, precompressed with the rest.
  integrations: [styleHashes(), precompress()],
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
