/** Shipping options per service zone (a region's name), in the zone's currency. */
export const SHIPPING_OPTIONS = [
  { zone: "Kyrgyzstan", code: "kg-courier", name: "Courier across Kyrgyzstan", currency: "kgs", amount: 250 },
  { zone: "Kyrgyzstan", code: "kg-pickup", name: "Pickup at the Karakol warehouse", currency: "kgs", amount: 0 },
  { zone: "Japan", code: "jp-ems", name: "EMS to Japan", currency: "jpy", amount: 2800 },
  { zone: "International", code: "intl-post", name: "International post", currency: "usd", amount: 18 },
]
