import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }))
  const a = Object.assign(document.createElement('a'), { href: url, download: name })
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

interface CsvExportButtonProps {
  fileName: string
  /** The CSV text, built when pressed. */
  csv: () => string
  /** Nothing to export. */
  disabled: boolean
  children: ReactNode
}

/** A card header's export: downloads `csv()` as `fileName` in the browser (nothing is uploaded). */
export function CsvExportButton({ fileName, csv, disabled, children }: CsvExportButtonProps) {
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={disabled}
      onClick={() => download(fileName, csv())}
    >
      {children}
    </Button>
  )
}
