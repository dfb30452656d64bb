import { Alert, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/** Where a list's shared texts live in the admin's i18n files: `<scope>.common.loading`, `<scope>.pagination.*`. */
type TextScope = "harvest" | "producerGroups"

type ListTableProps = {
  scope: TextScope
  /** The table itself (header and rows). */
  children: ReactNode
  /** Classes of the box around the table and the lines under it. */
  className?: string
  /** Marks the box busy while a new answer is on its way (the rows shown are the previous ones). */
  busy?: boolean
  isLoading: boolean
  isError: boolean
  /** Shown in place of the table when the list could not be loaded. */
  errorText: string
  /** Whether the loaded list has no rows. */
  isEmpty: boolean
  /** What to say when there are no rows: a title and a message, or just a line. */
  empty: { title?: string; message: string }
  /** The pager, for a list read a page at a time; shown once there is anything to page through. */
  paging?: {
    count: number
    pageSize: number
    pageIndex: number
    onPageChange: (pageIndex: number) => void
    /** The i18n key of the counted noun (plural forms); `<scope>.pagination.results` unless told. */
    resultsKey?: string
  }
}

/** A list table with its load error, loading line, empty message and pager, in the dashboard's language. */
export function ListTable({
  scope,
  children,
  className,
  busy,
  isLoading,
  isError,
  errorText,
  isEmpty,
  empty,
  paging,
}: ListTableProps) {
  const { t } = useTranslation()

  if (isError) {
    return (
      <div className="px-6 py-4">
        <Alert variant="error">{errorText}</Alert>
      </div>
    )
  }

  const pageCount = paging ? Math.max(1, Math.ceil(paging.count / paging.pageSize)) : 1
  return (
    <div className={className} aria-busy={busy}>
      {children}
      {!isLoading &&
        isEmpty &&
        (empty.title ? (
          <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
            <Text size="small" weight="plus">
              {empty.title}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {empty.message}
            </Text>
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-10 text-center">
            {empty.message}
          </Text>
        ))}
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-10 text-center">
          {t(`${scope}.common.loading`)}
        </Text>
      )}
      {paging && paging.count > 0 && (
        <Table.Pagination
          count={paging.count}
          pageSize={paging.pageSize}
          pageIndex={paging.pageIndex}
          pageCount={pageCount}
          canPreviousPage={paging.pageIndex > 0}
          canNextPage={paging.pageIndex + 1 < pageCount}
          previousPage={() => paging.onPageChange(paging.pageIndex - 1)}
          nextPage={() => paging.onPageChange(paging.pageIndex + 1)}
          translations={{
            of: t(`${scope}.pagination.of`),
            results: t(paging.resultsKey ?? `${scope}.pagination.results`, { count: paging.count }),
            pages: t(`${scope}.pagination.pages`, { count: pageCount }),
            prev: t(`${scope}.pagination.prev`),
            next: t(`${scope}.pagination.next`),
          }}
        />
      )}
    </div>
  )
}
