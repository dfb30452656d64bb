// Medusa's module finds its internal services in the module's own `services` folder: the
// provider registry the caching service is built on comes from Medusa's package unchanged.
export { default as CacheProviderService } from "@medusajs/caching/dist/services/cache-provider"
