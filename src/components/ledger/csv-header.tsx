import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }))
  const a = Object.assign(document.createElement('a'), { href: url, download: name })
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

interface CsvHeaderProps<T> {
  /** The card's heading (h2). */
  title: string
  /** The downloaded file's name. */
  file: string
  /** What the card shows; the export is disabled while it is empty. */
  rows: readonly T[]
  toCsv: (rows: readonly T[]) => string
  /** The export button's label. */
  children: ReactNode
}

/**
 * A ledger card's header: its heading and a button that downloads what it shows as CSV, made in
 * the browser (nothing is uploaded).
 */
export function CsvHeader<T>({ title, file, rows, toCsv, children }: CsvHeaderProps<T>) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h2 className="font-semibold">{title}</h2>
      <Button
        size="sm"
        variant="secondary"
        disabled={rows.length === 0}
        onClick={() => download(file, toCsv(rows))}
      >
        {children}
      </Button>
    </div>
  )
}
