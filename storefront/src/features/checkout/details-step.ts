import { type AddressErrors, countryForm, toStoreAddress, validateAddress } from "../account/address"
import { readToken } from "../account/session"
import { shopSettings, storeApi } from "../cart/shop"
import { isEmail } from "./checkout"
import type { CheckoutCart, CheckoutPage } from "./checkout-page"
import type { ShippingOption } from "./delivery"
import {
  addressFormValues,
  addressFromForm,
  type CustomerContact,
  countryFieldGroup,
  customerContact,
  detailsSummary,
  invalidControl,
  type SavedAddress,
  type StoredAddress,
  savedAddressChoices,
  startingCountry,
} from "./details"

/**
 * The first step, email and address: the country-aware form (features/account/address.ts), the
 * cart's address and a signed-in customer's saved ones; answered, it hands the delivery options on.
 */
export function detailsStep(page: CheckoutPage, delivery: { offer: (options: ShippingOption[]) => void }) {
  const { $, text, state, formError, busy, summarise, show } = page
  const details = page.formOf("details")
  const field = (name: string) => details.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
  const value = (name: string) => field(name)?.value ?? ""
  const countrySelect = field("country_code") as HTMLSelectElement
  const saveAddress = field("save_address") as HTMLInputElement
  const countryCodes = () => [...countrySelect.options].map((option) => option.value).filter(Boolean)

  const applyCountry = (country: string) => {
    const shown = countryFieldGroup(country)
    for (const group of details.querySelectorAll<HTMLElement>("[data-country]"))
      group.hidden = group.dataset.country !== shown
    const postal = field("postal_code")
    if (postal instanceof HTMLInputElement) postal.placeholder = countryForm(country).postalPlaceholder
  }
  const fill = (address: StoredAddress) => {
    for (const [name, entry] of Object.entries(addressFormValues(address))) {
      const control = field(name)
      if (control && typeof entry === "string") control.value = entry
    }
    applyCountry(address.country_code ?? "")
  }
  countrySelect.addEventListener("change", () => applyCountry(countrySelect.value))

  const showErrors = (errors: Record<string, string>) => {
    for (const element of details.querySelectorAll<HTMLElement>(".field-error")) element.textContent = ""
    for (const element of details.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid")
    for (const [name, key] of Object.entries(errors)) {
      const targets =
        name === "province"
          ? [...details.querySelectorAll<HTMLElement>("[data-error-for=province]")]
          : [details.querySelector<HTMLElement>(`#checkout-${name}-error`)]
      for (const target of targets) if (target) target.textContent = text(key)
      field(invalidControl(name, value("country_code")))?.setAttribute("aria-invalid", "true")
    }
    formError("details", Object.keys(errors).length ? text("checkout.fix") : "")
    details.querySelector<HTMLElement>("[aria-invalid]")?.focus()
  }

  details.addEventListener("submit", (event) => {
    event.preventDefault()
    const address = addressFromForm(value)
    const errors: AddressErrors & { email?: string } = validateAddress(address)
    if (!isEmail(value("email"))) errors.email = "checkout.error.email"
    showErrors(errors)
    if (Object.keys(errors).length) return
    void busy("details", async () => {
      const shippingAddress = toStoreAddress(address)
      // Saved in the address book once the order is placed (an order not placed saves nothing).
      state.addressToSave = saveAddress.checked && !saveAddress.closest("[hidden]") ? shippingAddress : null
      await storeApi(`/store/carts/${state.cartId}`, {
        method: "POST",
        body: { email: value("email").trim(), shipping_address: shippingAddress, billing_address: shippingAddress },
      })
      // The cart read again beside the options: a new address can change its lines and delivery.
      const [{ shipping_options: options }] = await Promise.all([
        storeApi<{ shipping_options: ShippingOption[] }>("/store/shipping-options", {
          query: new URLSearchParams({ cart_id: state.cartId }),
        }),
        page.refreshCart(),
      ])
      // The country as the form's list names it (the store's words, not the browser's).
      const countryName = (code: string) =>
        [...countrySelect.options].find((option) => option.value === code)?.text ?? code.toUpperCase()
      summarise("details", detailsSummary(value("email"), address, shopSettings().locale, { countryName }))
      delivery.offer(options)
    })
  })

  /** Account holders: their email, their saved addresses to pick from, and the cart made theirs. */
  const savedAddresses = async () => {
    const token = readToken()
    if (!token) return
    const { backendUrl, publishableKey } = shopSettings()
    const call = async <T>(path: string, method = "GET"): Promise<T | null> => {
      const response = await fetch(`${backendUrl}${path}`, {
        method,
        headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
      }).catch(() => null)
      return response?.ok ? ((await response.json()) as T) : null
    }
    const [me, book] = await Promise.all([
      call<{ customer: CustomerContact }>("/store/customers/me?fields=email,first_name,last_name,phone"),
      call<{ addresses: SavedAddress[] }>("/store/customers/me/addresses"),
      call(`/store/carts/${state.cartId}/customer`, "POST"),
    ])
    if (me) {
      // The account's email and name (and phone) where the form is still empty.
      for (const [name, entry] of Object.entries(customerContact(me.customer))) {
        const control = field(name)
        if (control && !control.value && entry) control.value = entry
      }
      $("[data-save-address]").hidden = false
    }
    const usable = savedAddressChoices(book?.addresses ?? [], countryCodes())
    if (!usable.length) return
    const picker = $<HTMLSelectElement>("#checkout-saved")
    for (const { address, label } of usable) picker.append(new Option(label, address.id))
    $("[data-saved-addresses]").hidden = false
    picker.addEventListener("change", () => {
      const chosen = usable.find((candidate) => candidate.address.id === picker.value)
      if (!chosen) return
      fill(chosen.address)
      // Already in the address book.
      saveAddress.checked = false
    })
  }

  return {
    /** Fills the form: the region's countries, what the cart already holds, the account's addresses; then opens the step. */
    start: async (cart: CheckoutCart) => {
      try {
        const { region } = await storeApi<{ region: { countries?: { iso_2: string }[] } }>(
          `/store/regions/${cart.region_id}`,
          { query: new URLSearchParams({ fields: "id,countries.iso_2" }) },
        )
        const allowed = new Set((region.countries ?? []).map((country) => country.iso_2))
        for (const option of [...countrySelect.options]) if (option.value && !allowed.has(option.value)) option.remove()
      } catch {}
      countrySelect.value = startingCountry(countryCodes(), page.root.dataset.defaultCountry ?? "")
      applyCountry(countrySelect.value)
      if (cart.shipping_address?.country_code) fill(cart.shipping_address)
      if (cart.email) (field("email") as HTMLInputElement).value = cart.email
      await savedAddresses()
      show("details", false)
    },
  }
}
