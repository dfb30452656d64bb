import { useSearchParams } from "react-router-dom"

/**
 * A paged list's filters and page, kept in the URL so a reload, a shared link or coming back to
 * the list keeps them. `pageIndex` counts from 0; the URL's `page` from 1 and is left out on page 1.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams()
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "1", 10) - 1 || 0)

  /** Changes the URL's filters; any filter change starts again from the first page. */
  const updateParams = (changes: Record<string, string | undefined>) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        if (!("page" in changes)) next.delete("page")
        return next
      },
      { replace: true },
    )
  }

  /** Goes to the page at `index` (from 0). */
  const goToPage = (index: number) => updateParams({ page: index > 0 ? String(index + 1) : undefined })

  return { searchParams, setSearchParams, pageIndex, updateParams, goToPage }
}
