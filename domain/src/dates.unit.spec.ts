import { describe, expect, it } from "vitest"
import { formatDay, formatDayRange, type Month, monthName, monthYearName } from "./index"

// Kyrgyz dates are worded by the domain, not by the runtime's Intl: a browser has no Kyrgyz locale
// data (Chromium prints "July 2027" for ky-KG), so a page's script would mix English months into a
// Kyrgyz page. The wording is Node's full ICU's, so server-built pages and scripts agree.
const icu = (options: Intl.DateTimeFormatOptions, date: Date) =>
  new Intl.DateTimeFormat("ky-KG", { ...options, timeZone: "UTC" }).format(date)

describe("Kyrgyz dates", () => {
  it("are written in lower case with the year first, as Kyrgyz does", () => {
    expect(monthName(7, "ky")).toBe("июль")
    expect(monthYearName(2027, 7, "ky")).toBe("2027-ж., июль")
    expect(formatDay("2027-02-05", "ky")).toBe("2027-ж., 5-февраль")
    expect(formatDayRange("2027-07-15", "2027-07-20", "ky")).toBe("15–20-июль 2027-ж.")
    expect(formatDayRange("2027-07-15", "2027-08-02", "ky")).toBe("15-июль – 2-август 2027-ж.")
    expect(formatDayRange("2026-12-15", "2027-01-02", "ky")).toBe("15-декабрь 2026-ж. - 2-январь 2027-ж.")
    expect(formatDayRange("2027-07-15", "2027-07-15", "ky")).toBe("2027-ж., 15-июль")
  })

  it("read as Node's ICU writes them, every month", () => {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2027, month - 1, 9, 12))
      expect(monthYearName(2027, month as Month, "ky")).toBe(icu({ month: "long", year: "numeric" }, date))
      expect(formatDay(`2027-${String(month).padStart(2, "0")}-09`, "ky")).toBe(icu({ dateStyle: "long" }, date))
    }
  })

  it("leave the other languages to Intl", () => {
    expect(monthYearName(2027, 7, "en")).toBe("July 2027")
    expect(formatDay("2027-02-05", "ru")).toMatch(/^5 февраля 2027/)
  })
})
