import { TabList } from '@/components/ui/tab-list'

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
    <TabList
      label="Modality"
      tabs={PLAYGROUND_TABS}
      selected={tab}
      onSelect={onTab}
      className="flex-wrap"
    />
  )
}
