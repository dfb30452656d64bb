import { describe, expect, it } from "vitest"
import { decodeStripeForm, FormDecodeError } from "./form"

describe("decodeStripeForm", () => {
  it("reads the bracket notation the stripe SDK writes for a payment intent", () => {
    const body =
      "amount=5200&currency=jpy&metadata[session_id]=payses_01J&capture_method=manual" +
      "&expand[0]=payment_method&payment_method_types[0]=card&automatic_payment_methods[enabled]=true"
    expect(decodeStripeForm(body)).toEqual({
      amount: "5200",
      currency: "jpy",
      metadata: { session_id: "payses_01J" },
      capture_method: "manual",
      expand: ["payment_method"],
      payment_method_types: ["card"],
      automatic_payment_methods: { enabled: "true" },
    })
  })

  it("decodes percent-encoding and nested arrays of objects", () => {
    expect(
      decodeStripeForm("description=Honey%20%26%20jam&items[0][name]=%E8%9C%82%E8%9C%9C&items[1][name]=jam"),
    ).toEqual({
      description: "Honey & jam",
      items: [{ name: "蜂蜜" }, { name: "jam" }],
    })
  })

  it("appends empty-bracket arrays and reads an empty body as no parameters", () => {
    expect(decodeStripeForm("expand[]=a&expand[]=b")).toEqual({ expand: ["a", "b"] })
    expect(decodeStripeForm("")).toEqual({})
  })
})

describe("decodeStripeForm refuses what Stripe refuses", () => {
  it("refuses prototype keys, a parameter both a value and a hash, and huge array indexes", () => {
    expect(() => decodeStripeForm("__proto__[polluted]=yes")).toThrow(FormDecodeError)
    expect(() => decodeStripeForm("metadata[constructor][prototype][polluted]=yes")).toThrow(FormDecodeError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(() => decodeStripeForm("amount=5&amount[value]=6")).toThrow("amount[value] is both a value and a hash")
    expect(() => decodeStripeForm("expand[4294967294]=a")).toThrow("Invalid array index in expand[4294967294]")
  })
})
