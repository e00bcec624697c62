/**
 * The name the ledger knows the inference contract by (`serviceType-version`, e.g.
 * `inference-v1.0`), read from chain as the SDK does (`getServiceNames` in its ledger broker:
 * `LedgerManager.getServiceInfo(inferenceAddress).fullName`). `transferFund` and `retrieveFund`
 * take it; a new contract version registers a new name, so it is never a constant here.
 */
import { queryOptions } from '@tanstack/react-query'
import type { PublicClient } from 'viem'
import { contractAddresses, type SupportedChainId } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'

type Client = Pick<PublicClient, 'readContract'>

/** Query keys of the service name (not refreshed after our transactions: they cannot change it). */
export const serviceNameKeys = {
  of: (kind: ServingKind, chainId: number) =>
    ['service-name', kind, { chainId }] as readonly [
      'service-name',
      ServingKind,
      { chainId: number },
    ],
}

/** The serving contracts the ledger routes funds to. */
export type ServingKind = 'inference' | 'fineTuning'

/** Reads `getServiceInfo(<serving contract>).fullName` from the ledger of `chainId`. */
export async function fetchServiceName(
  client: Client,
  chainId: SupportedChainId,
  kind: ServingKind,
): Promise<string> {
  const info = await client.readContract({
    ...getContract('ledger', chainId),
    functionName: 'getServiceInfo',
    args: [contractAddresses[chainId][kind]],
  })
  if (!info.fullName) {
    const what = kind === 'inference' ? 'inference' : 'fine-tuning'
    throw new Error(`The ledger has no name for the ${what} contract`)
  }
  return info.fullName
}

/** Reads `getServiceInfo(inference).fullName` from the ledger of `chainId`. */
export function fetchInferenceServiceName(
  client: Client,
  chainId: SupportedChainId,
): Promise<string> {
  return fetchServiceName(client, chainId, 'inference')
}

/** `queryOptions` for a service name (inference by default); kept for the session once read. */
export function serviceNameQueryOptions(
  client: Client | undefined,
  chainId: SupportedChainId,
  kind: ServingKind = 'inference',
) {
  // The client is derived from chainId (one public client per configured chain).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: serviceNameKeys.of(kind, chainId),
    queryFn: () => {
      if (!client) throw new Error('No client for this chain')
      return fetchServiceName(client, chainId, kind)
    },
    enabled: Boolean(client),
    staleTime: Infinity,
  })
}
