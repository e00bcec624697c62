import { cn } from '@/lib/cn'

interface TabListProps<T extends string> {
  /** Accessible name of the tablist. */
  label: string
  tabs: readonly { id: T; label: string }[]
  selected: T
  onSelect: (id: T) => void
  className?: string
}

/** A row of tabs (role tablist / tab, the selected one underlined). */
export function TabList<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  className,
}: TabListProps<T>) {
  return (
    <div
      role="tablist"
      aria-label={label}
      className={cn('flex gap-1 border-b border-border', className)}
    >
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === selected}
          onClick={() => onSelect(t.id)}
          className={cn(
            '-mb-px min-h-10 border-b-2 px-3 py-2 text-sm',
            t.id === selected
              ? 'border-accent text-foreground'
              : 'border-transparent text-muted hover:text-foreground',
          )}
        >
          {t.label}
        </button>
      ))}
    </div>
  )
}
