import { cn } from '@/lib/cn'

export const PLAYGROUND_TABS = [
  { id: 'chat', label: 'Chat' },
  { id: 'image', label: 'Text to image' },
  { id: 'edit', label: 'Image editing' },
  { id: 'speech', label: 'Speech to text' },
  { id: 'compare', label: 'Side by side' },
  { id: 'spend', label: 'Spend' },
] as const
export type PlaygroundTab = (typeof PLAYGROUND_TABS)[number]['id']

/** The modality switcher (a tablist). */
export function PlaygroundTabs({
  tab,
  onTab,
}: {
  tab: PlaygroundTab
  onTab: (t: PlaygroundTab) => void
}) {
  return (
    <div
      role="tablist"
      aria-label="Modality"
      className="flex flex-wrap gap-1 border-b border-border"
    >
      {PLAYGROUND_TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === tab}
          onClick={() => onTab(t.id)}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm',
            t.id === tab
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
