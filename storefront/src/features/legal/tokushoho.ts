import { associationContact, shippingRates } from "./info"
import { ja } from "./ja"

/** One line of the disclosure: the term the Act names and what the association states for it. */
export type DisclosureRow = { term: string; details: string[] }

const emsRate = shippingRates.find((rate) => rate.id === "ems-japan")?.price
if (!emsRate) throw new Error("the EMS rate to Japan is missing from the shipping rates")

/** 「特定商取引法に基づく表記」: the seller's disclosure the Specified Commercial Transactions Act requires of shops selling to Japan. */
export const tokushohoRows: readonly DisclosureRow[] = [
  { term: "販売業者", details: ["イシク・クル一村一品協会（Issyk-Kul One Village One Product Association）"] },
  { term: "運営統括責任者", details: ["アイグリ・トクトスノワ（協会 事務局長）"] },
  { term: "所在地", details: [ja.officeAddress] },
  { term: "電話番号", details: [`${associationContact.phone}（${ja.officeHours}）`] },
  { term: "メールアドレス", details: [associationContact.email] },
  { term: "販売価格", details: ["各商品ページに表示（消費税込）"] },
  {
    term: "商品代金以外の必要料金",
    details: [`送料：EMS ${emsRate.amount.toLocaleString("ja-JP")}円（1回のご注文につき）`],
  },
  { term: "お支払い方法", details: ["クレジットカード"] },
  { term: "お支払い時期", details: ["ご注文時"] },
  { term: "商品の引渡時期", details: ["ご注文確定後7〜14日程度でEMSにて発送"] },
  {
    term: "返品・交換について",
    details: [
      "未開封の食品および未使用の工芸品に限り、商品到着後14日以内に返品を承ります。まずメールにてご注文番号をお知らせください。",
      "お客様のご都合による返品の送料はお客様のご負担となります。破損・誤配送の場合は当協会の負担で交換または返金いたします。",
    ],
  },
]
