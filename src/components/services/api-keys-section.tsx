import type { Address } from 'viem'
import { QueryError } from '@/components/feedback/query-error'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { TitledCard } from '@/components/ui/card'
import { WalletGateNotice } from '@/components/wallet/wallet-gate-notice'
import { isAccountMissing, useKeyAccount } from '@/hooks/api-keys/use-key-account'
import { useRevokeApiKeys } from '@/hooks/api-keys/use-revoke-api-keys'
import { ApiKeyCreateForm } from './api-key-create-form'
import { ApiKeyList } from './api-key-list'

/** Persistent API keys for one provider: create (shown once), list, revoke one or all on chain. */
export function ApiKeysSection({ provider }: { provider: Address }) {
  return (
    <TitledCard id="section-api-keys" title="API keys">
      <p className="text-sm text-muted">
        A key is a token signed by your wallet (no transaction). It works with any OpenAI client
        until it expires or you revoke it on chain. Keys are listed only in this browser.
      </p>
      <WalletGateNotice title="Connect a wallet to create API keys.">
        <ApiKeysBody provider={provider} />
      </WalletGateNotice>
    </TitledCard>
  )
}

function ApiKeysBody({ provider }: { provider: Address }) {
  const account = useKeyAccount(provider)
  const revoker = useRevokeApiKeys(provider)
  if (account.isPending) return <p className="text-sm text-muted">Reading your sub-account…</p>
  if (!account.data) {
    if (isAccountMissing(account.error))
      return (
        <p className="text-sm">
          You have no sub-account with this provider yet. Fund this provider first (below): keys
          only work while it holds funds.
        </p>
      )
    return <QueryError error={account.error} onRetry={() => void account.refetch()} />
  }
  return (
    <div className="flex flex-col gap-4">
      <ApiKeyCreateForm provider={provider} account={account.data} />
      <ApiKeyList
        provider={provider}
        account={account.data}
        busy={revoker.isBusy}
        onRevoke={(id) => void revoker.revoke(id)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="danger"
          size="sm"
          disabled={revoker.isBusy}
          onClick={() => void revoker.revokeAll()}
        >
          Revoke all keys
        </Button>
        <span className="text-xs text-muted">
          Also ends every session token for this provider (generation{' '}
          {account.data.generation.toString()}).
        </span>
      </div>
      <TxStatus state={revoker.state} onRetry={revoker.retry} />
    </div>
  )
}
