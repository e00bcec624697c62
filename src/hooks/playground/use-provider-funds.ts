import { parseEther, type Address } from 'viem'
import { useAccount, useReadContract } from 'wagmi'
import { getContract } from '@/contracts/get-contract'
import { useNewBlockRefresh } from '@/hooks/chain/use-new-block-refresh'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useUnsettledFees, type UnsettledFee } from '@/hooks/ledger/use-unsettled-fees'
import { spendableWithProvider } from '@/lib/ledger/spendable-with-provider'

/** Providers admit a request only with at least this much left after its fee (§1.5). */
export const ADMISSION_RESERVE = parseEther('1')

export type FundsStatus = 'loading' | 'missing' | 'low' | 'ok'

export interface ProviderFunds {
  status: FundsStatus
  /** balance − pending refund on chain, null until read */
  free: bigint | null
  /** fees not settled yet: the provider's answer, else this browser's records minus settlements */
  unsettled: UnsettledFee
  /** free − unsettled, floored at 0: what requests can still spend; null until read */
  spendable: bigint | null
  refetch: () => unknown
}

/**
 * The connected wallet's sub-account with `provider` and what can still be spent there: the
 * on-chain free balance (balance − pending refund) minus the fees not settled yet (the provider's
 * `unsettledfee` answer when this session holds a token for it, else the local records of responses
 * minus settlements, which include this session's responses the moment they are paid). 'ok' when
 * the spendable amount passes the providers' admission rule (more than the 1 0G reserve). A missing
 * sub-account reads as 'missing' (the contract reverts `AccountNotExists`). Refreshed on focus and
 * on each newer block while visible.
 */
export function useProviderFunds(provider: Address | undefined, url?: string): ProviderFunds {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const read = useReadContract({
    ...getContract('inference', chainId),
    functionName: 'getAccount',
    args: address && provider ? [address, provider] : undefined,
    query: { enabled: Boolean(address && provider), retry: false },
  })
  useNewBlockRefresh(undefined, read.refetch, read.isSuccess)
  const fees = useUnsettledFees(provider ? [{ provider, url }] : [])
  const unsettled = (provider && fees.get(provider.toLowerCase())) || {
    fee: 0n,
    source: 'local' as const,
  }
  const free = read.data ? read.data.balance - read.data.pendingRefund : null
  const spendable = free === null ? null : spendableWithProvider(free, unsettled.fee)
  const status: FundsStatus = read.isPending
    ? 'loading'
    : read.error
      ? 'missing'
      : spendable !== null && spendable > ADMISSION_RESERVE
        ? 'ok'
        : 'low'
  return { status, free, unsettled, spendable, refetch: read.refetch }
}
