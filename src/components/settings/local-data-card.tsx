import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { useClearLocalData, useLocalData } from '@/hooks/settings/use-local-data'

const kb = (chars: number) => `${Math.ceil((chars * 2) / 1024)} KB`
const keys = (n: number) => `${n} ${n === 1 ? 'key' : 'keys'}`

/** Lists what the app stores in this browser and clears all of it after a confirmation. */
export function LocalDataCard() {
  const { data, isPending } = useLocalData()
  const clear = useClearLocalData()
  const [confirming, setConfirming] = useState(false)
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
    <Card aria-labelledby="local-data-title" className="flex flex-col gap-3 p-4">
      <h2 id="local-data-title" className="font-semibold">
        Local data
      </h2>
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
      {confirming ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border border-danger/50 p-3">
          <p className="text-sm">
            Delete all conversations, receipts, images, records and session tokens of this app in
            this browser? This cannot be undone.
          </p>
          <div className="flex gap-2">
            <Button
              variant="danger"
              size="sm"
              disabled={clear.isPending}
              onClick={() => clear.mutate()}
            >
              {clear.isPending ? 'Clearing…' : 'Delete everything'}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" className="w-fit" onClick={() => setConfirming(true)}>
          Clear local data…
        </Button>
      )}
    </Card>
  )
}
