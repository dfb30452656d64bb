import { extractText, getDocumentProxy } from "unpdf"
import { describe, expect, it } from "vitest"
import {
  BANK_FILE_COLUMNS,
  bankFileCsv,
  cashReceiptDocument,
  type GroupStatement,
  missingBankDetails,
  type StatementLine,
  statementCsv,
  statementDocument,
  statementTotals,
} from "./payout-documents"
import { renderBusinessDocument } from "./pdf/business-document"

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\s+/g, " ")
}

/** Tosor's November: two jars of jam, a pot of honey, one jar refunded. */
const tosorNovember: GroupStatement = {
  group: { id: "pgrp_tosor", name: "Тосор өрүк тобу" },
  period: { start: "2026-11-01", end: "2026-11-30" },
  batchId: "pbat_01",
  lines: [
    {
      date: "2026-11-03",
      order: "#1041",
      product: "Apricot jam 250 g",
      quantity: 2,
      kind: "credit",
      gross: 1000,
      commission: 150,
      fees: 34,
      net: 816,
    },
    {
      date: "2026-11-12",
      order: "#1047",
      product: "Sea-buckthorn jam; 250 g",
      quantity: 1,
      kind: "credit",
      gross: 600,
      commission: 90,
      fees: 0,
      net: 510,
    },
    {
      date: "2026-11-20",
      order: "#1041",
      product: "Apricot jam 250 g",
      quantity: 1,
      kind: "debit",
      gross: -500,
      commission: -75,
      fees: -17,
      net: -408,
    },
  ],
  broughtForward: -120,
  paid: 798,
  payment: { method: "bank", reference: "RSK-PP-000917", paidOn: "2026-12-05" },
  issuedOn: "2026-12-06",
}

describe("statementTotals", () => {
  it("adds the signed lines up and carries brought forward + net - paid", () => {
    expect(statementTotals(tosorNovember)).toEqual({
      linesSold: 2,
      gross: 1100,
      commission: 165,
      fees: 17,
      net: 918,
      broughtForward: -120,
      paid: 798,
      carried: 0,
    })
  })
})

describe("a line paid in instalments", () => {
  // A wholesale order's deposit and balance: two credits of one line, one line sold.
  const instalments: GroupStatement = {
    ...tosorNovember,
    lines: [
      { ...(tosorNovember.lines[0] as StatementLine), quantity: 144, gross: 300, commission: 45, fees: 0, net: 255 },
      {
        ...(tosorNovember.lines[0] as StatementLine),
        date: "2026-11-25",
        quantity: 144,
        creditedBefore: true,
        gross: 700,
        commission: 105,
        fees: 0,
        net: 595,
      },
    ],
  }

  it("counts the line sold once and shows its quantity on its first credit only", () => {
    expect(statementTotals(instalments)).toMatchObject({ linesSold: 1, gross: 1000, net: 850 })
    const rows = statementCsv(instalments, "ru").slice(1).trimEnd().split("\r\n")
    expect(rows[1]).toBe("2026-11-03;#1041;Apricot jam 250 g;144;300.00;45.00;0.00;255.00")
    expect(rows[2]).toBe("2026-11-25;#1041;Apricot jam 250 g;;700.00;105.00;0.00;595.00")
    expect(rows[3]).toBe(";;Итого за период;1;1000.00;150.00;0.00;850.00")
  })
})

describe("statementCsv", () => {
  it("writes a header, one row per entry (refunds negative), the totals and the balance, amounts with two decimals", () => {
    const csv = statementCsv(tosorNovember, "ru")
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const rows = csv.slice(1).trimEnd().split("\r\n")
    expect(rows[0]).toBe("Дата;Заказ;Товар;Кол-во;Выручка;Комиссия;Сборы;Нетто")
    expect(rows[1]).toBe("2026-11-03;#1041;Apricot jam 250 g;2;1000.00;150.00;34.00;816.00")
    // A field holding the separator is quoted.
    expect(rows[2]).toBe('2026-11-12;#1047;"Sea-buckthorn jam; 250 g";1;600.00;90.00;0.00;510.00')
    expect(rows[3]).toBe("2026-11-20;#1041;Apricot jam 250 g (возврат);;-500.00;-75.00;-17.00;-408.00")
    expect(rows[4]).toBe(";;Итого за период;2;1100.00;165.00;17.00;918.00")
    expect(rows.slice(5)).toEqual([
      ";;Остаток с прошлого периода;;;;;-120.00",
      ";;Выплачено;;;;;798.00",
      ";;Остаток на следующий период;;;;;0.00",
    ])
  })

  it("speaks Kyrgyz when asked", () => {
    const rows = statementCsv(tosorNovember, "ky").slice(1).split("\r\n")
    expect(rows[0]).toBe("Күнү;Буйрутма;Продукция;Саны;Түшкөн акча;Комиссия;Төлөм чыгымы;Таза")
    expect(rows[3]).toContain("(кайтарым)")
  })
})

describe("statementDocument", () => {
  it("draws a Kyrgyz statement whose text reads back with ң ө ү and the group's figures", async () => {
    const text = await pdfText(await renderBusinessDocument(statementDocument(tosorNovember, "ky")))
    expect(text).toContain("Өндүрүүчүлөр тобунун көчүрмөсү: Тосор өрүк тобу")
    expect(text).toContain("суроолоруңуз")
    expect(text).toContain("01.11.2026 – 30.11.2026")
    expect(text).toContain("Таза: 918")
    expect(text).toContain("Төлөндү: 798")
    expect(text).toContain("1 100")
    expect(text).toContain("RSK-PP-000917")
  })
})

describe("bank file", () => {
  const rsk = {
    lineId: "pbl_01",
    groupId: "pgrp_tosor",
    name: "Tosor Apricot Group",
    bank: "RSK Bank",
    account: "1290 0040 1177 3301",
    bik: "129001",
    amount: 12345,
  }

  it("names each missing bank detail by the record's field", () => {
    expect(missingBankDetails(rsk)).toEqual([])
    expect(missingBankDetails({ ...rsk, bank: " ", account: "12345", bik: undefined })).toEqual([
      "payout_details.bank",
      "payout_details.account",
      "payout_details.bik",
    ])
  })

  it("writes the documented columns: account digits only, som with two decimals, KGS, the purpose in Russian, the line as reference", () => {
    const rows = bankFileCsv({ batchId: "pbat_01", period: { start: "2026-11-01", end: "2026-11-30" }, payees: [rsk] })
      .slice(1)
      .trimEnd()
      .split("\r\n")
    expect(rows[0]).toBe(BANK_FILE_COLUMNS.join(";"))
    expect(rows[1]?.split(";")).toEqual([
      "1",
      "Tosor Apricot Group",
      "1290004011773301",
      "RSK Bank",
      "129001",
      "12345.00",
      "KGS",
      "Выплата группе производителей «Tosor Apricot Group» за проданную продукцию, период 01.11.2026–30.11.2026, без НДС",
      "pbl_01",
    ])
  })
})

describe("cashReceiptDocument", () => {
  it("draws a row per group with its amount and a line to sign, in Russian and in Kyrgyz", async () => {
    const input = {
      batchId: "pbat_01",
      period: { start: "2026-11-01", end: "2026-11-30" },
      issuedOn: "2026-12-06",
      payees: [
        { groupId: "pgrp_a", name: "Ананьево бал тобу", leader: "Айгүл Осмонова", amount: 4200 },
        { groupId: "pgrp_b", name: "Барскоон кийиз", leader: null, amount: 15750 },
      ],
    }
    const ru = await pdfText(await renderBusinessDocument(cashReceiptDocument(input, "ru")))
    expect(ru).toContain("Ведомость выдачи наличных группам производителей")
    expect(ru).toContain("Ананьево бал тобу")
    expect(ru).toContain("4 200")
    expect(ru).toContain("Итого к выдаче, сом: 19 950")
    expect(ru).toContain("______")
    const ky = await pdfText(await renderBusinessDocument(cashReceiptDocument(input, "ky")))
    expect(ky).toContain("Өндүрүүчүлөр топторуна накталай акча берүү ведомосту")
    expect(ky).toContain("Колу")
    expect(ky).toContain("Айгүл Осмонова")
  })
})
