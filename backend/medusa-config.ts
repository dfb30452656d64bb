import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { isJapanDutyPaid } from "@ovop/domain"
import { registerKyrgyzSom } from "./src/lib/kgs-currency"
import { orderTokenDays } from "./src/lib/order-access-token"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// Before any module loads: the currency module seeds its table from this list.
registerKyrgyzSom()
// A wrong OVOP_ORDER_TOKEN_DAYS stops the boot, not the first guest checkout.
orderTokenDays()
// So does a wrong OVOP_JAPAN_DUTY_PAID, rather than every change of a cart.
isJapanDutyPaid(process.env)

/**
 * Medusa configuration of the OVOP store.
 *
 * Every external service is switched on by an environment variable (see `.env.example`);
 * unset means the embedded or in-process default, which is meant for local use only.
 */
const env = process.env
const redisUrl = env.REDIS_URL || undefined
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:4321"
const backendUrl = env.MEDUSA_BACKEND_URL || "http://localhost:9000"

// Local-only defaults: the start script generates real secrets into .data/secrets.json.
const jwtSecret = env.JWT_SECRET || "local-only-jwt-secret"
const cookieSecret = env.COOKIE_SECRET || "local-only-cookie-secret"

// `medusa start` runs in production mode, whose session cookie is `Secure` and so never set over
// plain http: staff could not sign in to the admin of the local store. Over local http only, the
// cookie drops `Secure` (SameSite stays lax, so cross-site posts still carry no session).
const isLocalHttp = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(backendUrl)

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

const modules: ModuleEntry[] = [
  { resolve: "./src/modules/producer-group" },
  { resolve: "./src/modules/harvest" },
  { resolve: "./src/modules/wholesale" },
  { resolve: "./src/modules/payout" },
  // Product search, one index per locale: Meilisearch when MEILISEARCH_HOST is set, else PostgreSQL.
  {
    resolve: "./src/modules/product-search",
    options: {
      meilisearch: env.MEILISEARCH_HOST
        ? { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, indexPrefix: env.MEILISEARCH_INDEX_PREFIX }
        : undefined,
    },
  },
  // Listed explicitly (not only by feature flag) so it loads in every process, tests included.
  { resolve: "@medusajs/medusa/translation" },
]

// Medusa's query cache (product lists, prices): in Redis when there is one, shared by server and
// worker; otherwise, for the single-process embedded default only (OVOP_QUERY_CACHE=memory, set
// by `npm start`), in memory. Invalidated by Medusa on every product, price and stock event.
// Loaded through ./src/modules/query-cache, Medusa's module keeping its own copy of each value
// (a core step rewrites cached results in place: see there).
const memoryCache = !redisUrl && env.OVOP_QUERY_CACHE === "memory"
if (memoryCache) {
  modules.push({
    resolve: "./src/modules/query-cache",
    options: { in_memory: { enable: true, ttl: Number(env.OVOP_QUERY_CACHE_TTL || 60) } },
  })
}

if (redisUrl) {
  modules.push(
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "./src/modules/query-cache",
      options: {
        providers: [
          {
            resolve: "@medusajs/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  )
}

// Notifications (back-in-stock emails): the local provider writes them to the log until an email
// provider is configured for production.
modules.push({
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local notifications (log)", channels: ["email"] },
      },
    ],
  },
})

// Uploaded files (product photos, seeded illustrations) stay in the data folder, served by our
// GET /uploads/:name route: `.medusa/server`, Medusa's default, is wiped by every build.
if (env.OVOP_UPLOAD_DIR) {
  modules.push({
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          options: { upload_dir: env.OVOP_UPLOAD_DIR, backend_url: `${backendUrl}/uploads` },
        },
      ],
    },
  })
}

// Taxes. The tax-inclusive regions (Kyrgyzstan, Japan) use our provider `tp_invoice_ovop`: no
// per-line tax lines, the included tax computed once per rate per order (README, Money and tax).
modules.push({
  resolve: "@medusajs/medusa/tax",
  options: { providers: [{ resolve: "./src/modules/invoice-tax", id: "ovop" }] },
})

// Payments. Kyrgyzstan: cash on delivery and bank transfer (our offline providers, always on).
// Japan and International: cards through Stripe when STRIPE_API_KEY is set (STRIPE_API_BASE_URL
// points the SDK at another origin, e.g. the local Stripe server of the tests); without a key
// they keep Medusa's built-in `pp_system_default`, so a local checkout still completes.
type PaymentProviderEntry = { resolve: string; id: string; options?: Record<string, unknown> }
const paymentProviders: PaymentProviderEntry[] = [
  {
    resolve: "./src/modules/offline-payment",
    id: "ovop",
    options: {
      bank_name: env.OVOP_BANK_NAME,
      account_holder: env.OVOP_BANK_ACCOUNT_HOLDER,
      account_number: env.OVOP_BANK_ACCOUNT_NUMBER,
      bik: env.OVOP_BANK_BIK,
      demo: env.OVOP_BANK_DEMO,
    },
  },
]
if (env.STRIPE_API_KEY) {
  paymentProviders.push({
    resolve: "./src/modules/stripe-payment",
    id: "stripe",
    options: {
      apiKey: env.STRIPE_API_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      apiBaseUrl: env.STRIPE_API_BASE_URL,
    },
  })
}
modules.push({ resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } })

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) || "shared",
    cookieOptions: isLocalHttp ? { secure: false, sameSite: "lax" } : undefined,
    http: {
      storeCors: env.STORE_CORS || storefrontUrl,
      adminCors: env.ADMIN_CORS || backendUrl,
      authCors: env.AUTH_CORS || `${backendUrl},${storefrontUrl}`,
      jwtSecret,
      cookieSecret,
    },
  },
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED === "true" || env.MEDUSA_WORKER_MODE === "worker",
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: {
    caching: Boolean(redisUrl) || memoryCache,
    // Product, category, collection and producer-group content in en, ja, ru and ky.
    translation: true,
  },
  modules,
})
