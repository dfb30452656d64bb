/**
 * The embedded PostgreSQL the integration tier starts for itself: a port away from `npm start`'s
 * (5433) so both can run at once, and a password that only ever guards a throw-away test cluster.
 */
export const integrationDatabase = {
  port: Number(process.env.OVOP_TEST_PG_PORT || 54329),
  user: "postgres",
  password: "ovop-test-only",
} as const

/** The Redis the integration tier starts for the test of the REDIS_URL switch. */
export const integrationRedisPort = Number(process.env.OVOP_TEST_REDIS_PORT || 6391)
