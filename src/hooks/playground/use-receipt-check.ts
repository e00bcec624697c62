import { useMutation } from '@tanstack/react-query'
import { readContract } from 'viem/actions'
import { getClient } from 'wagmi/actions'
import { useConfig } from 'wagmi'
import { isSupportedChainId } from '@/config/chains'
import { contractAddresses } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import {
  checkReceipt,
  parseReceipt,
  type ChainFacts,
  type Receipt,
  type ReceiptCheck,
} from '@/lib/protocol/receipt'

export interface ReceiptVerdict {
  ok: boolean
  /** Why the receipt could not even be read, when it is malformed. */
  error?: string
  checks: ReceiptCheck[]
  /** The receipt as read, when it could be read (for the fields no check covers). */
  receipt?: Receipt
}

/**
 * Re-checks a receipt (JSON text) against the chain it names, trusting nothing in it: the app's
 * own contract addresses for that chain, the provider's service read from chain now, and the
 * signature math. A failed check is a verdict, not an error.
 */
export function useReceiptCheck() {
  const config = useConfig()
  return useMutation({
    mutationKey: ['playground', 'receipt-check'],
    meta: { silentError: true },
    mutationFn: async (text: string): Promise<ReceiptVerdict> => {
      const parsed = parseReceipt(text)
      if (!parsed.ok) return { ok: false, error: parsed.error, checks: [] }
      const r = parsed.receipt
      const chain: ChainFacts = { contracts: null, service: null }
      if (isSupportedChainId(r.chainId)) {
        const known = contractAddresses[r.chainId]
        chain.contracts = { inference: known.inference, ledger: known.ledger }
        const client = getClient(config, { chainId: r.chainId })
        if (client) {
          chain.service = await readContract(client, {
            ...getContract('inference', r.chainId),
            functionName: 'getService',
            args: [r.provider],
          }).catch(() => null)
        }
      }
      return { ...(await checkReceipt(r, chain)), receipt: r }
    },
  })
}
