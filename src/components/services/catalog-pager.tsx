import { Button } from '@/components/ui/button'

interface CatalogPagerProps {
  page: number
  pages: number
  total: number
  noun: string
  onPage: (page: number) => void
}

/** "Page 2 of 20 (1000 services)" with previous/next; hidden for a single page. */
export function CatalogPager({ page, pages, total, noun, onPage }: CatalogPagerProps) {
  if (pages <= 1) return null
  return (
    <nav
      aria-label="Pages"
      className="flex items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm"
    >
      <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </Button>
      <span>
        Page {page} of {pages} ({total} {noun})
      </span>
      <Button
        variant="secondary"
        size="sm"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next page
      </Button>
    </nav>
  )
}
