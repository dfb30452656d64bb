/** A query runner over the test database (Medusa's knex connection). */
type Sql = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Tables whose rows are fingerprinted (every column of every row): the project's own records and
 * what a shopper's requests write. Any write to them, even of one column, shows.
 */
const fingerprintedTables = [
  "producer_group",
  "harvest_lot",
  "preorder",
  "back_in_stock_request",
  "cart",
  "cart_line_item",
  "cart_address",
  "cart_shipping_method",
  "customer",
  "customer_address",
  "payout_entry",
  "exchange_rate",
  "payout_batch",
  "payout_batch_line",
]

/** Tables only counted: core records a refused request must not add or remove. */
const countedTables = [
  "product",
  "product_variant",
  "inventory_level",
  "reservation_item",
  "payment_collection",
  "payment_session",
  "order",
  "order_item",
  "auth_identity",
  "provider_identity",
  "translation",
]
/** Link tables of the project's modules (their names are Medusa's), counted too. */
const projectLink = /producer_group|harvest_lot/

/**
 * Reads the state of the shop as a map: a fingerprint of every row of the shop's own and the
 * shopper's tables, and the row count of a few core ones. One statement, a few milliseconds.
 */
export async function createStateReader(sql: Sql): Promise<() => Promise<Record<string, string>>> {
  const { rows } = await sql.raw(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  )
  const present = new Set(rows.map((row) => String(row.table_name)))
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
  const parts = [
    ...fingerprintedTables
      .filter((name) => present.has(name))
      .map(
        (name) =>
          `'rows:${name}', (select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from ${quote(name)} t)`,
      ),
    ...[...present]
      .filter((name) => countedTables.includes(name) || (projectLink.test(name) && !fingerprintedTables.includes(name)))
      .sort()
      .map((name) => `'count:${name}', (select count(*)::text from ${quote(name)})`),
  ]
  const statement = `select json_build_object(${parts.join(", ")}) as state`
  return async () => {
    const { rows: state } = await sql.raw(statement)
    return (state[0]?.state ?? {}) as Record<string, string>
  }
}

/** The tables whose count or rows differ between two states. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key])
}
