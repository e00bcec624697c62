import { useState } from 'react'
import type { Address } from 'viem'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { useApiKeys } from '@/hooks/api-keys/use-api-keys'
import { apiKeyStatus, type ApiKeyStatus, type KeyAccountState } from '@/lib/api-keys/api-key-entry'

const STATUS: Record<ApiKeyStatus, { text: string; tone: 'success' | 'warning' | 'neutral' }> = {
  active: { text: 'Active', tone: 'success' },
  expired: { text: 'Expired', tone: 'neutral' },
  revoked: { text: 'Revoked', tone: 'warning' },
  'revoked-all': { text: 'Revoked (all keys)', tone: 'warning' },
}

const when = (ms: number) => new Date(ms).toLocaleString()

interface ApiKeyListProps {
  provider: Address
  account: KeyAccountState
  busy: boolean
  onRevoke: (tokenId: number) => void
}

/** The keys created in this browser, with their status on chain and a revoke button each. */
export function ApiKeyList({ provider, account, busy, onRevoke }: ApiKeyListProps) {
  const keys = useApiKeys(provider)
  // Status is re-evaluated on every render after a chain read; expiry time is read once per mount.
  const [now] = useState(() => Date.now())
  if (keys.length === 0)
    return (
      <p className="text-sm text-muted">
        No keys created in this browser yet. Create one above to call this service from code.
      </p>
    )
  return (
    <table aria-label="API keys" className="w-full text-sm">
      <thead className="text-xs text-muted">
        <tr>
          {['Id', 'Label', 'Created', 'Expires', 'Status', ''].map((h) => (
            <th key={h} scope="col" className="py-1 text-left font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => {
          const status = apiKeyStatus(k, account, now)
          return (
            <tr
              key={`${k.generation}-${k.tokenId}-${k.createdAt}`}
              className="border-t border-border"
            >
              <td className="py-1 tabular-nums">{k.tokenId}</td>
              <td className="max-w-48 truncate py-1">{k.label || '—'}</td>
              <td className="py-1">{when(k.createdAt)}</td>
              <td className="py-1">{k.expiresAt === 0 ? 'Never' : when(k.expiresAt)}</td>
              <td className="py-1">
                <Badge tone={STATUS[status].tone}>{STATUS[status].text}</Badge>
              </td>
              <td className="py-1 text-right">
                {status === 'active' || status === 'expired' ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={busy}
                    onClick={() => onRevoke(k.tokenId)}
                  >
                    Revoke key {k.tokenId}
                  </Button>
                ) : null}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
