import type { ReactNode } from 'react'
import { Card } from '@/components/ui/card'
import { useWalletGate } from '@/hooks/chain/use-wallet-gate'
import { TestId } from '@/lib/test-ids'
import { ConnectWalletButton } from './connect-wallet-button'
import { walletGateMessages } from './require-wallet'

interface WalletGateNoticeProps {
  /** What the user gets once connected, e.g. "Connect a wallet to see your ledger." */
  title: string
  children: ReactNode
}

/** Shows `children` once a wallet is connected on a supported network, else why not. */
export function WalletGateNotice({ title, children }: WalletGateNoticeProps) {
  const { isOk, reason } = useWalletGate()
  if (isOk || !reason) return <>{children}</>
  return (
    <Card
      data-testid={TestId.WalletGate}
      className="flex flex-col items-start gap-3 p-6 sm:flex-row sm:items-center sm:justify-between"
    >
      <div>
        <p className="font-medium">{title}</p>
        <p className="text-sm text-muted">
          {reason === 'not-connected'
            ? 'Your wallet signs every action; this app never asks for a private key.'
            : walletGateMessages[reason]}
        </p>
      </div>
      {reason === 'not-connected' ? <ConnectWalletButton /> : null}
    </Card>
  )
}
