// Plain constants (no imports), shared by the API's validator and the admin dashboard's bundle.

/** The threshold staff see when they do not choose one. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 10
/** The highest threshold the list accepts. */
export const MAX_LOW_STOCK_THRESHOLD = 10_000
