/**
 * Every item 特定商取引法 第11条 and its ordinance (施行規則 第8条) ask a mail-order seller to
 * state, as the disclosure's terms: the page must have a row for each, with something in it.
 */
export const requiredDisclosureTerms = [
  "販売業者",
  "運営統括責任者",
  "所在地",
  "電話番号",
  "メールアドレス",
  "販売価格",
  "商品代金以外の必要料金",
  "お支払い方法",
  "お支払い時期",
  "商品の引渡時期",
  "申込みの有効期限",
  "販売数量の制限など特別な販売条件",
  "ご注文のキャンセル（申込みの撤回）",
  "返品・交換について（返品特約）",
] as const
