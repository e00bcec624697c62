import { parseEther, type Address } from 'viem'
import { useAccount, useReadContract } from 'wagmi'
import { getContract } from '@/contracts/get-contract'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/** Providers admit a request only with at least this much left after its fee (§1.5). */
export const ADMISSION_RESERVE = parseEther('1')

export type FundsStatus = 'loading' | 'missing' | 'low' | 'ok'

/**
 * The connected wallet's sub-account with `provider`: its free balance (balance − pending refund)
 * and whether it can pass the provider's admission rule (free ≥ 1 0G + a small fee). A missing
 * sub-account reads as 'missing' (the contract reverts `AccountNotExists`).
 */
export function useProviderFunds(provider: Address | undefined) {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const read = useReadContract({
    ...getContract('inference', chainId),
    functionName: 'getAccount',
    args: address && provider ? [address, provider] : undefined,
    query: { enabled: Boolean(address && provider), retry: false },
  })
  const free = read.data ? read.data.balance - read.data.pendingRefund : null
  const status: FundsStatus = read.isPending
    ? 'loading'
    : read.error
      ? 'missing'
      : free !== null && free > ADMISSION_RESERVE
        ? 'ok'
        : 'low'
  return { status, free, refetch: read.refetch }
}
