import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One label and value of a detail section, laid out like the dashboard's own sections. */
export function SectionRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      {typeof value === "string" || typeof value === "number" ? (
        <Text size="small" leading="compact" className="whitespace-pre-line break-words">
          {value === "" ? "—" : value}
        </Text>
      ) : (
        <div>{value ?? "—"}</div>
      )}
    </div>
  )
}
