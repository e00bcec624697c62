/**
 * The inference service name comes from chain (src/chain/ledger/service-name-query.ts, as the SDK's
 * `getServiceNames`): on the devnet it is what deploy.ts registered, and a transfer under it works.
 */
import { createPublicClient, http, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, inject, it } from 'vitest'
import { DEVNET_CHAIN_ID } from '../../src/contracts/addresses'
import { fetchInferenceServiceName } from '../../src/chain/ledger/service-name-query'
import { ledgerManagerAbi } from '../src/abis/ledger-manager'
import { devnetUser } from '../testkit/user'
import { providerBySlug } from './support/provider-user'

const devnet = inject('devnet')
const client = createPublicClient({ transport: http(devnet.rpcUrl), pollingInterval: 50 })

describe('inference service name', () => {
  it('is the ledger registry entry of the inference contract', async () => {
    const name = await fetchInferenceServiceName(client, DEVNET_CHAIN_ID)
    const info = await client.readContract({
      address: devnet.contracts.ledger,
      abi: ledgerManagerAbi,
      functionName: 'getServiceInfo',
      args: [devnet.contracts.inference],
    })
    expect(name).toBe(info.fullName)
    expect(name).toBe(`${info.serviceType}-${info.version}`)
  })

  it('is the name transferFund accepts', async () => {
    const key = generatePrivateKey()
    await client.request({
      method: 'anvil_setBalance',
      params: [privateKeyToAccount(key).address, `0x${parseEther('100').toString(16)}`],
    } as never)
    const user = devnetUser(devnet, key)
    await user.createLedger('5')
    const glm = providerBySlug(devnet, 'glm-5-fp8')
    await user.transferFund(glm.address, '2')
    expect((await user.subAccount(glm.address)).balance).toBe(parseEther('2'))
  })
})
