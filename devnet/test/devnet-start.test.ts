/** The devnet itself: SDK addresses, the seeded catalog on chain, and a busy port as a clear error. */
import { createPublicClient, getAddress, http, parseEther } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { inferenceServingAbi } from '../src/abis/inference-serving'
import { fetchAllServices } from '../../src/chain/services/all-services-query'
import {
  DEVNET_CHAIN_ID,
  MULTICALL3_ADDRESS,
  contractAddresses,
} from '../../src/contracts/addresses'
import { CATALOG, additionalInfoFor } from '../src/catalog'
import { startChain } from '../src/chain'
import { PROVIDER_STAKE } from '../src/seed'

const devnet = inject('devnet')
const client = createPublicClient({ transport: http(devnet.rpcUrl) })

describe('devnet', () => {
  it('deploys the contracts at the SDK built-in 31337 addresses', () => {
    expect(devnet.chainId).toBe(31337)
    expect(getAddress(devnet.contracts.ledger)).toBe(contractAddresses[31337].ledger)
    expect(getAddress(devnet.contracts.inference)).toBe(contractAddresses[31337].inference)
    expect(getAddress(devnet.contracts.fineTuning)).toBe(contractAddresses[31337].fineTuning)
  })

  it('has Multicall3 at the address the app batches reads through, and it works', async () => {
    expect(devnet.contracts.multicall3).toBe(MULTICALL3_ADDRESS)
    const page = (offset: bigint) =>
      ({
        address: devnet.contracts.inference,
        abi: inferenceServingAbi,
        functionName: 'getAllServices',
        args: [offset, 2n],
      }) as const
    const [a, b] = await client.multicall({
      contracts: [page(0n), page(5n)],
      multicallAddress: MULTICALL3_ADDRESS,
      allowFailure: false,
    })
    expect(a[1]).toBe(BigInt(CATALOG.length))
    expect(a[0]).toHaveLength(2)
    expect(b[0]).toHaveLength(2)
    expect(b[0].map((s) => s.provider)).not.toContain(a[0][0]!.provider)
  })

  it("the app's catalog read (addresses checksummed by src/lib/checksum-address.ts) equals viem's decoding of the registry", async () => {
    const [services] = await client.readContract({
      address: devnet.contracts.inference,
      abi: inferenceServingAbi,
      functionName: 'getAllServices',
      args: [0n, 50n],
    })
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    expect(snapshot.services).toHaveLength(CATALOG.length)
    expect(snapshot.services).toEqual(services)
  })

  it('registers the 9 published and 5 devnet-only services, each with its own provider and TEE signer, acknowledged', async () => {
    const [services, total] = await client.readContract({
      address: devnet.contracts.inference,
      abi: inferenceServingAbi,
      functionName: 'getAllServices',
      args: [0n, 50n],
    })
    expect(CATALOG).toHaveLength(14)
    expect(total).toBe(14n)
    expect(new Set(services.map((s) => s.provider)).size).toBe(14)
    expect(new Set(services.map((s) => s.teeSignerAddress)).size).toBe(14)
    for (const entry of CATALOG) {
      const s = services.find((x) => x.model === entry.model)!
      expect(s.inputPrice).toBe(entry.inputPrice)
      expect(s.outputPrice).toBe(entry.outputPrice)
      expect(s.teeSignerAcknowledged).toBe(true)
      expect(s.additionalInfo).toBe(additionalInfoFor(entry))
    }
    const qwen = services.find((s) => s.model === 'qwen3.6-plus')!
    expect(JSON.parse(qwen.additionalInfo).tieredPricing.tiers).toHaveLength(2)
    expect(qwen.verifiability).toBe('TeeTLS')
    const cached = services.find((s) => s.model === 'qwen3-32b')!
    expect(JSON.parse(cached.additionalInfo).cacheTokenBilling).toEqual({ divisor: 10 })
    const perSecond = services.find((s) => s.model === 'whisper-large-v3-turbo')!
    expect(JSON.parse(perSecond.additionalInfo).billingUnit).toBe('second')
    const forwarder = services.find((s) => s.model === 'qwen-plus')!
    expect(JSON.parse(forwarder.additionalInfo)).toMatchObject({
      MultiModel: true,
      priceDenomination: 'NATIVE',
      ProviderType: 'centralized',
    })
  })

  it('funds the dev wallets with 10 000 0G and staked 100 0G per provider', async () => {
    for (const w of devnet.devWallets.slice(0, 3)) {
      expect(await client.getBalance({ address: w.address })).toBeGreaterThan(parseEther('9000'))
    }
    expect(await client.getBalance({ address: devnet.contracts.inference })).toBeGreaterThanOrEqual(
      PROVIDER_STAKE * BigInt(CATALOG.length),
    )
  })

  it('refuses a busy RPC port instead of reusing the node there', async () => {
    const port = Number(new URL(devnet.rpcUrl).port)
    await expect(startChain('127.0.0.1', port)).rejects.toThrow(/busy/)
  })
})
