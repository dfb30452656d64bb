import type { IncomingMessage } from "node:http"
import proxyAddr from "proxy-addr"

/**
 * Which proxies in front of the backend may name the client in `X-Forwarded-For`, from
 * `OVOP_TRUST_PROXY`: unset or `off`, none (the connection's own address counts: the backend
 * faces the internet, as in docker-compose); a number `n`, the nearest `n` hops (e.g. `1` behind
 * one nginx); otherwise addresses or subnets as Express's `trust proxy` takes them
 * (`loopback`, `uniquelocal`, `10.0.0.0/8, 172.16.0.0/12`). Medusa itself sets Express's
 * `trust proxy` to 1 for every request, so `req.ip` can be chosen by any client: never used here.
 */
export function trustedProxies(setting: string | undefined): (address: string, hop: number) => boolean {
  const text = setting?.trim().toLowerCase() ?? ""
  if (!text || text === "off" || text === "false") return () => false
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return (_address, hop) => hop < hops
  }
  try {
    return proxyAddr.compile(text.split(",").map((part) => part.trim()))
  } catch (error) {
    throw new Error(`OVOP_TRUST_PROXY=${JSON.stringify(setting)}: ${(error as Error).message}`)
  }
}

/** Expands an IPv6 address to its eight groups (undefined for anything else). */
function ipv6Groups(address: string): string[] | undefined {
  const [head = "", tail] = address.split("::")
  const left = head ? head.split(":") : []
  const right = tail ? tail.split(":") : []
  const missing = 8 - left.length - right.length
  if (tail === undefined ? left.length !== 8 : missing < 0) return undefined
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right].map((group) =>
    Number.parseInt(group || "0", 16).toString(16),
  )
}

/**
 * The key a client is counted under: its IPv4 address (IPv4-mapped IPv6 unwrapped), or the /64
 * network of an IPv6 address, since one subscriber holds a whole /64 and could rotate through it.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (!address.includes(":")) return address
  const groups = ipv6Groups(address.split("%")[0] ?? address)
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address
}

/** The client a request is counted as, honouring only the proxies `OVOP_TRUST_PROXY` trusts. */
export function clientOf(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return clientKey(proxyAddr(req, trust))
}
