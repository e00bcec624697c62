import { BaseError, ContractFunctionRevertedError, type Address } from 'viem'
import { useAccount, useReadContract } from 'wagmi'
import { getContract } from '@/contracts/get-contract'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/** True when the error is the contract's "no sub-account" revert. */
export function isAccountMissing(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  const revert = error.walk((e) => e instanceof ContractFunctionRevertedError)
  return (
    revert instanceof ContractFunctionRevertedError && revert.data?.errorName === 'AccountNotExists'
  )
}

/**
 * The connected wallet's sub-account with `provider` as far as API keys care: `generation` and
 * `revokedBitmap`. Disabled without a wallet; a missing sub-account is an error for which
 * `isAccountMissing(error)` is true (not retried).
 */
export function useKeyAccount(provider: Address) {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  return useReadContract({
    ...getContract('inference', chainId),
    chainId,
    functionName: 'getAccount',
    args: address ? [address, provider] : undefined,
    query: {
      enabled: Boolean(address),
      retry: false,
      select: (a) => ({
        generation: a.generation,
        revokedBitmap: a.revokedBitmap,
        balance: a.balance,
      }),
    },
  })
}
