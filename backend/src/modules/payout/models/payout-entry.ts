import { model } from "@medusajs/framework/utils"
import { PAYOUT_ENTRY_KINDS, PAYOUT_PART_KINDS } from "@ovop/domain"

/**
 * One line of the payout ledger: a part of an order's payment that one capture (or wholesale
 * payment) credited or one refund (or cancellation) debited. Entries are never changed (a
 * correction is a new entry) and unique per order part and event (`event_key`: `capture:<id>`,
 * `refund:<id>`, `wholesale_payment:<id>`, `wholesale_cancel:<id>`), by a database index, so a
 * replayed event never books twice. Amounts are in the order's currency (main unit), the `kgs_`
 * ones in whole som at `rate_to_kgs`. Parts of the association (shipping, lines without a group)
 * carry no group: they keep the ledger's sum equal to the payment.
 */
export const PayoutEntry = model
  .define("payout_entry", {
    id: model.id({ prefix: "pent" }).primaryKey(),
    kind: model.enum([...PAYOUT_ENTRY_KINDS]),
    /** The producer group owed the net; null for the association's parts. */
    producer_group_id: model.text().nullable(),
    order_id: model.text(),
    /** The order line (item) or shipping method the entry is for. */
    part_id: model.text(),
    part_kind: model.enum([...PAYOUT_PART_KINDS]),
    /** `capture:<capture id>`, `refund:<refund id>`, `wholesale_payment:<wholesale payment id>` or `wholesale_cancel:<wholesale payment id>`. */
    event_key: model.text(),
    payment_id: model.text(),
    currency_code: model.text(),
    /** The part's share of the payment or refund; = net + commission + fee + association. */
    share: model.bigNumber(),
    /** The tax inside the share (the association remits it). */
    tax: model.bigNumber(),
    /** The group's gross: the share net of tax. */
    gross: model.bigNumber(),
    commission: model.bigNumber(),
    /** The association's commission rate applied (a fraction), as it was when booked. */
    commission_rate: model.bigNumber(),
    fee: model.bigNumber(),
    /** What the group is owed by the entry (gross - commission - fee). */
    net: model.bigNumber(),
    /** What the association keeps besides commission and fee (tax, shipping). */
    association: model.bigNumber(),
    rate_to_kgs: model.bigNumber(),
    kgs_net: model.number(),
    kgs_commission: model.number(),
    kgs_fee: model.number(),
    kgs_association: model.number(),
    /** When the money moved (the capture's or refund's time; a wholesale payment's recording, its order's cancellation). */
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["part_id", "event_key"], unique: true },
    { on: ["producer_group_id", "occurred_at"] },
    { on: ["order_id"] },
  ])
