import { zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_CHAIN_ID } from '@/contracts/addresses'
import type { Service } from '@/contracts/service'
import { MAX_SAVED_SERVICES, parseSavedServices } from './persisted-services'

const service: Service = {
  provider: '0x00000000000000000000000000000000000000aa',
  serviceType: 'chatbot',
  url: 'http://127.0.0.1:8000',
  inputPrice: 10n ** 30n,
  outputPrice: 2n,
  updatedAt: 3n,
  model: 'm',
  verifiability: 'TeeML',
  additionalInfo: '{}',
  teeSignerAddress: zeroAddress,
  teeSignerAcknowledged: true,
}
const saved = {
  chainId: DEVNET_CHAIN_ID,
  blockNumber: 9n,
  readAt: 1_700_000_000_000,
  services: [service],
}

describe('parseSavedServices', () => {
  it('reads a saved snapshot back exactly, marked as saved and complete', () => {
    expect(parseSavedServices(saved, DEVNET_CHAIN_ID)).toEqual({
      ...saved,
      complete: true,
      expected: 1,
      fromCache: true,
    })
  })
  it('drops fields a service does not have (nothing extra reaches the app)', () => {
    const parsed = parseSavedServices(
      { ...saved, services: [{ ...service, onclick: 'alert(1)' }] },
      DEVNET_CHAIN_ID,
    )
    expect(parsed?.services[0]).toEqual(service)
  })
  it.each([
    ['another chain', { ...saved, chainId: 16661 }],
    ['a block number that is not a bigint', { ...saved, blockNumber: '9' }],
    ['a bad time', { ...saved, readAt: Number.NaN }],
    ['a price as a string', { ...saved, services: [{ ...service, inputPrice: '1' }] }],
    ['a negative price', { ...saved, services: [{ ...service, outputPrice: -1n }] }],
    ['a bad address', { ...saved, services: [{ ...service, provider: '0x12' }] }],
    ['a missing field', { ...saved, services: [{ ...service, model: undefined }] }],
    ['a huge string', { ...saved, services: [{ ...service, url: 'x'.repeat(70_000) }] }],
    ['too many services', { ...saved, services: new Array(MAX_SAVED_SERVICES + 1).fill(service) }],
    ['not a list', { ...saved, services: {} }],
    ['null', null],
    ['a string', 'services'],
  ])('ignores a saved copy with %s', (_, raw) => {
    expect(parseSavedServices(raw, DEVNET_CHAIN_ID)).toBeNull()
  })
})
