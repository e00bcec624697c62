import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'

interface ApiKeyRevealProps {
  apiKey: string
  tokenId: number
  onDone: () => void
}

/** Shows a new key once, with a copy button; it is not stored anywhere. */
export function ApiKeyReveal({ apiKey, tokenId, onDone }: ApiKeyRevealProps) {
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border border-success/40 bg-success/5 p-3"
    >
      <p className="text-sm font-medium">
        API key {tokenId} created. Copy it now: it is shown only once and not stored.
      </p>
      <code
        aria-label="New API key"
        className="block rounded bg-surface p-2 font-mono text-xs break-all"
      >
        {apiKey}
      </code>
      <div className="flex gap-2">
        <CopyButton text={apiKey} what="API key" />
        <Button variant="ghost" size="sm" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  )
}
