import { formatPostalAddress } from "@ovop/domain"
import { type AddressErrors, type AddressInput, countryForm, toStoreAddress, validateAddress } from "./address"
import { callApi, forgetToken, readConfig, readToken, reveal } from "./session"

/** An address as the store API answers it. */
type StoreAddress = AddressInput & { id: string; metadata?: Record<string, unknown> | null }

/**
 * The address book's island: lists the customer's addresses and adds, edits and deletes them.
 * The form is checked with the shared address rules before anything is sent; messages are the
 * page's strings, so they are in its language (the browser's own checks are off: `novalidate`).
 */
export async function addressBookIsland(): Promise<void> {
  const config = readConfig()
  const token = readToken()
  if (!config) return
  if (!token) return location.replace(config.paths.signIn)
  const text = (key: string) => config.strings[key] ?? ""
  const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)
  const status = $<HTMLElement>("[data-account-status]")
  const list = $<HTMLUListElement>("[data-address-list]")
  const none = $<HTMLElement>("[data-no-addresses]")
  const form = $<HTMLFormElement>("[data-address-form]")
  const heading = $<HTMLElement>("#address-form-heading")
  const formError = $<HTMLElement>("[data-form-error]")
  if (!status || !list || !none || !form || !heading || !formError) return
  const say = (message: string) => {
    status.textContent = message
  }
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
  const optionText = (select: string, value: string) =>
    [...((field(select) as HTMLSelectElement | null)?.options ?? [])].find((option) => option.value === value)?.text

  /** Shows the fields of `country` only: prefecture and furigana for Japan, region for Kyrgyzstan. */
  const applyCountry = (country: string) => {
    const shape = countryForm(country)
    const shown = shape.region === "prefecture" ? "jp" : shape.region === "oblast" ? "kg" : "other"
    for (const group of form.querySelectorAll<HTMLElement>("[data-country]"))
      group.hidden = group.dataset.country !== shown
    const postal = field("postal_code")
    if (postal instanceof HTMLInputElement) postal.placeholder = shape.postalPlaceholder
  }

  const showErrors = (errors: AddressErrors) => {
    for (const element of form.querySelectorAll<HTMLElement>(".field-error")) element.textContent = ""
    for (const element of form.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid")
    for (const [name, key] of Object.entries(errors)) {
      const targets =
        name === "province"
          ? [...form.querySelectorAll<HTMLElement>("[data-error-for=province]")]
          : [$<HTMLElement>(`#address-${name}-error`, form)]
      for (const target of targets) if (target) target.textContent = text(key)
      const control =
        name === "province"
          ? field(form.querySelector("[data-country=jp]:not([hidden])") ? "prefecture" : "oblast")
          : field(name)
      control?.setAttribute("aria-invalid", "true")
    }
    formError.textContent = Object.keys(errors).length ? text("account.addresses.fix") : ""
    form.querySelector<HTMLElement>("[aria-invalid]")?.focus()
  }

  const openForm = (address?: StoreAddress) => {
    form.reset()
    showErrors({})
    heading.textContent = text(address ? "account.addresses.editTitle" : "account.addresses.add")
    const country = address?.country_code ?? form.dataset.defaultCountry ?? ""
    const values: Record<string, string> = {
      ...Object.fromEntries(
        Object.entries(address ?? {}).map(([key, value]) => [key, typeof value === "string" ? value : ""]),
      ),
      country_code: country,
      first_name_kana: String(address?.metadata?.first_name_kana ?? ""),
      last_name_kana: String(address?.metadata?.last_name_kana ?? ""),
    }
    const region = countryForm(country).region
    values[region === "prefecture" ? "prefecture" : region === "oblast" ? "oblast" : "province"] =
      address?.province ?? ""
    for (const [name, value] of Object.entries(values)) {
      const control = field(name)
      if (control) control.value = value
    }
    applyCountry(country)
    form.hidden = false
    field("country_code")?.focus()
  }

  // The address in its country's order (a Japanese one from 〒 to the name with 様), the furigana after the name.
  const addressLines = (address: StoreAddress) => {
    const kana = [address.metadata?.last_name_kana, address.metadata?.first_name_kana].filter(Boolean).join(" ")
    const countryName = (code: string) => optionText("country_code", code) ?? code.toUpperCase()
    const lines = formatPostalAddress(address, config.locale, { countryName })
    if (!kana) return lines
    const names = [address.last_name, address.first_name].filter(Boolean)
    const nameLine = lines.findIndex((line) => names.every((name) => line.includes(name)))
    return lines.map((line, index) =>
      index === nameLine ? (config.locale === "ja" ? `${line}（${kana}）` : `${line} (${kana})`) : line,
    )
  }

  const load = async (): Promise<boolean> => {
    const answer = await callApi<{ addresses: StoreAddress[] }>(config, "/store/customers/me/addresses?limit=100", {
      token,
    })
    if (!answer.ok) {
      if (answer.status === 401) {
        forgetToken()
        location.replace(config.paths.signIn)
      } else say(text("account.failed"))
      return false
    }
    const { addresses } = answer.data
    none.hidden = addresses.length > 0
    list.replaceChildren(
      ...addresses.map((address) => {
        const item = document.createElement("li")
        const lines = addressLines(address)
        const block = document.createElement("p")
        for (const [index, line] of lines.entries()) {
          if (index) block.append(document.createElement("br"))
          block.append(line)
        }
        const edit = document.createElement("button")
        edit.type = "button"
        edit.textContent = text("account.addresses.edit")
        edit.setAttribute("aria-label", `${text("account.addresses.edit")}: ${lines[1]}`)
        edit.addEventListener("click", () => openForm(address))
        const remove = document.createElement("button")
        remove.type = "button"
        remove.textContent = text("account.addresses.delete")
        remove.setAttribute("aria-label", `${text("account.addresses.delete")}: ${lines[1]}`)
        remove.addEventListener("click", async () => {
          const deleted = await callApi(config, `/store/customers/me/addresses/${address.id}`, {
            method: "DELETE",
            token,
          }).catch(() => null)
          if (!deleted?.ok) return say(text("account.failed"))
          await load()
          say(text("account.addresses.deleted"))
        })
        item.append(block, edit, " ", remove)
        return item
      }),
    )
    return true
  }

  field("country_code")?.addEventListener("change", (event) => applyCountry((event.target as HTMLSelectElement).value))
  $("[data-add-address]")?.addEventListener("click", () => openForm())
  $("[data-cancel]", form)?.addEventListener("click", () => {
    form.hidden = true
  })
  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    const values = Object.fromEntries(
      [...new FormData(form)].map(([name, value]) => [name, typeof value === "string" ? value : ""]),
    ) as Record<string, string>
    const country = values.country_code ?? ""
    const region = countryForm(country).region
    const address: AddressInput = {
      first_name: values.first_name ?? "",
      last_name: values.last_name ?? "",
      first_name_kana: values.first_name_kana,
      last_name_kana: values.last_name_kana,
      phone: values.phone,
      country_code: country,
      province: region === "prefecture" ? values.prefecture : region === "oblast" ? values.oblast : values.province,
      postal_code: values.postal_code,
      city: values.city ?? "",
      address_1: values.address_1 ?? "",
      address_2: values.address_2,
    }
    const errors = validateAddress(address)
    showErrors(errors)
    if (Object.keys(errors).length) return
    const id = values.id
    const saved = await callApi(config, `/store/customers/me/addresses${id ? `/${id}` : ""}`, {
      token,
      body: toStoreAddress(address),
    }).catch(() => null)
    if (!saved?.ok) {
      formError.textContent = saved?.message || text("account.failed")
      return
    }
    form.hidden = true
    await load()
    say(text("account.addresses.saved"))
  })

  try {
    if (!(await load())) return
    say("")
    reveal()
  } catch {
    say(text("account.failed"))
  }
}
