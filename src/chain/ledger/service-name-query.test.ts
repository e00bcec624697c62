/** The inference service name is the ledger's `getServiceInfo(inference).fullName`, never a constant. */
import { describe, expect, it, vi } from 'vitest'
import { contractAddresses, DEVNET_CHAIN_ID, TESTNET_CHAIN_ID } from '@/contracts/addresses'
import { fetchInferenceServiceName } from './service-name-query'

const info = (fullName: string) => ({
  serviceAddress: contractAddresses[TESTNET_CHAIN_ID].inference,
  serviceContract: contractAddresses[TESTNET_CHAIN_ID].inference,
  serviceType: 'inference',
  version: 'v2.0',
  fullName,
  description: '',
  isRecommended: true,
  registeredAt: 1n,
})

describe('fetchInferenceServiceName', () => {
  it('asks the ledger of the chain about its inference contract and returns fullName', async () => {
    const readContract = vi.fn().mockResolvedValue(info('inference-v2.0'))
    await expect(fetchInferenceServiceName({ readContract }, TESTNET_CHAIN_ID)).resolves.toBe(
      'inference-v2.0',
    )
    expect(readContract).toHaveBeenCalledOnce()
    const call = readContract.mock.calls[0]![0] as {
      address: string
      functionName: string
      args: unknown[]
    }
    expect(call.address).toBe(contractAddresses[TESTNET_CHAIN_ID].ledger)
    expect(call.functionName).toBe('getServiceInfo')
    expect(call.args).toEqual([contractAddresses[TESTNET_CHAIN_ID].inference])
  })

  it('refuses an empty name rather than sending a transfer the ledger would reject', async () => {
    const readContract = vi.fn().mockResolvedValue(info(''))
    await expect(fetchInferenceServiceName({ readContract }, DEVNET_CHAIN_ID)).rejects.toThrow(
      /no name/,
    )
  })
})
