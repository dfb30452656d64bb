import { describe, expect, it } from "vitest"
import { OutputTail } from "./output-tail"

describe("OutputTail", () => {
  it("keeps only the last lines", () => {
    const tail = new OutputTail(2)
    tail.push("one\ntwo\nthree\n")
    expect(tail.text()).toBe("two\nthree")
  })

  it("joins a line split across chunks and shows an unfinished last line", () => {
    const tail = new OutputTail(5)
    tail.push("▶ start")
    tail.push("ing…\r\n✖ fail")
    expect(tail.text()).toBe("▶ starting…\n✖ fail")
  })
})
