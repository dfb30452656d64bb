import { Select } from "@medusajs/ui"

// Radix Select items cannot have an empty value, so "no filter" needs a name of its own.
const ANY = "any"

type ListFilterSelectProps<Value extends string> = {
  /** The Tailwind width of the dropdown's box. */
  className: string
  /** The accessible name of the dropdown (what it filters by). */
  label: string
  /** The text of the "no filter" choice. */
  anyLabel: string
  values: readonly Value[]
  /** The text of one choice. */
  valueLabel: (value: Value) => string
  /** The chosen value, or undefined for "no filter". */
  value: Value | undefined
  /** Called with the new choice; undefined means "no filter". */
  onChange: (value: Value | undefined) => void
}

/** A list's filter dropdown: one choice per value and one for "any", meaning no filter. */
export function ListFilterSelect<Value extends string>({
  className,
  label,
  anyLabel,
  values,
  valueLabel,
  value,
  onChange,
}: ListFilterSelectProps<Value>) {
  return (
    <div className={className}>
      <Select
        size="small"
        value={value ?? ANY}
        // The items below are the values and ANY, so the choice is one of them.
        onValueChange={(choice) => onChange(choice === ANY ? undefined : (choice as Value))}
      >
        <Select.Trigger aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY}>{anyLabel}</Select.Item>
          {values.map((choice) => (
            <Select.Item key={choice} value={choice}>
              {valueLabel(choice)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
