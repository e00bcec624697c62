/**
 * The name the ledger knows the inference contract by (`serviceType-version`, e.g.
 * `inference-v1.0`), read from chain as the SDK does (`getServiceNames` in its ledger broker:
 * `LedgerManager.getServiceInfo(inferenceAddress).fullName`). `transferFund` and `retrieveFund`
 * take it; a new contract version registers a new name, so it is never a constant here.
 */
import { queryOptions } from '@tanstack/react-query'
import type { PublicClient } from 'viem'
import type { SupportedChainId } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'

type Client = Pick<PublicClient, 'readContract'>

/** Query keys of the service name (not refreshed after our transactions: they cannot change it). */
export const serviceNameKeys = {
  inference: (chainId: number) => ['service-name', 'inference', { chainId }] as const,
}

/** Reads `getServiceInfo(inference).fullName` from the ledger of `chainId`. */
export async function fetchInferenceServiceName(
  client: Client,
  chainId: SupportedChainId,
): Promise<string> {
  const info = await client.readContract({
    ...getContract('ledger', chainId),
    functionName: 'getServiceInfo',
    args: [getContract('inference', chainId).address],
  })
  if (!info.fullName) throw new Error('The ledger has no name for the inference contract')
  return info.fullName
}

/** `queryOptions` for the inference service name; kept for the session once read. */
export function inferenceServiceNameQueryOptions(
  client: Client | undefined,
  chainId: SupportedChainId,
) {
  // The client is derived from chainId (one public client per configured chain).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: serviceNameKeys.inference(chainId),
    queryFn: () => {
      if (!client) throw new Error('No client for this chain')
      return fetchInferenceServiceName(client, chainId)
    },
    enabled: Boolean(client),
    staleTime: Infinity,
  })
}
