import { LocalDataCard } from '@/components/settings/local-data-card'

/** `/settings`: what the app keeps in this browser, and clearing it. */
export function SettingsPage() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <LocalDataCard />
    </div>
  )
}
