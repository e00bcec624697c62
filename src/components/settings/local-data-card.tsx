import { ClearLocalData } from '@/components/feedback/clear-local-data'
import { TitledCard } from '@/components/ui/card'
import { useLocalData } from '@/hooks/settings/use-local-data'

const kb = (chars: number) => `${Math.ceil((chars * 2) / 1024)} KB`
const keys = (n: number) => `${n} ${n === 1 ? 'key' : 'keys'}`

/** Lists what the app stores in this browser and clears all of it after a confirmation. */
export function LocalDataCard() {
  const { data, isPending } = useLocalData()
  const rows: [string, string][] = data
    ? [
        [
          'Conversations (IndexedDB, with receipts and verdicts)',
          data.conversations === null ? 'unavailable' : String(data.conversations),
        ],
        [
          'Gallery images (IndexedDB)',
          data.gallery === null ? 'unavailable' : String(data.gallery),
        ],
        [
          'Transcripts (IndexedDB, with receipts and verdicts)',
          data.transcripts === null ? 'unavailable' : String(data.transcripts),
        ],
        [
          'Side-by-side runs (IndexedDB, with verdicts)',
          data.compareRuns === null ? 'unavailable' : String(data.compareRuns),
        ],
        [
          'localStorage: usage records, transaction log, API-key list, health, catalog snapshot, wallet connection',
          data.localStorage
            ? `${keys(data.localStorage.keys)} · ${kb(data.localStorage.chars)}`
            : 'unavailable',
        ],
        [
          'sessionStorage: session tokens of this tab',
          data.sessionStorage
            ? `${keys(data.sessionStorage.keys)} · ${kb(data.sessionStorage.chars)}`
            : 'unavailable',
        ],
      ]
    : []
  return (
    <TitledCard id="local-data-title" title="Local data">
      <p className="text-sm text-muted">
        Nothing of this leaves your browser. Funds and API keys live on chain and are not affected;
        clearing signs the wallet out of this app and forgets session tokens, so the next request
        asks for one signature again.
      </p>
      {isPending ? (
        <p className="text-sm text-muted">Counting…</p>
      ) : (
        <dl
          aria-label="Stored data"
          className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[1fr_auto]"
        >
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd className="font-mono tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <ClearLocalData role="alert">
        Delete all conversations, receipts, images, records and session tokens of this app in this
        browser? This cannot be undone.
      </ClearLocalData>
    </TitledCard>
  )
}
