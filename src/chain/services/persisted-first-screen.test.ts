import { zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_CHAIN_ID } from '@/contracts/addresses'
import type { Service } from '@/contracts/service'
import type { ServicesSnapshot } from './all-services-query'
import {
  FIRST_SCREEN_ROWS,
  MAX_FIRST_SCREEN_CHARS,
  firstScreenOf,
  parseFirstScreen,
  serializeFirstScreen,
} from './persisted-first-screen'

const svc = (i: number, over: Partial<Service> = {}): Service => ({
  provider: `0x${i.toString(16).padStart(40, '0')}`,
  serviceType: 'chatbot',
  url: `http://127.0.0.1:${8000 + i}`,
  inputPrice: BigInt(1000 - (i % 1000)) * 10n ** 24n,
  outputPrice: 2n,
  updatedAt: 3n,
  model: `model-${i % 7}`,
  verifiability: 'TeeML',
  additionalInfo: '{}',
  teeSignerAddress: zeroAddress,
  teeSignerAcknowledged: true,
  ...over,
})
const snapshot = (services: Service[]): ServicesSnapshot => ({
  chainId: DEVNET_CHAIN_ID,
  blockNumber: 42n,
  readAt: 1_700_000_000_000,
  services,
  complete: true,
  expected: services.length,
})

describe('the first screen saved for a returning visit', () => {
  it('holds page 1 of the default view (by model, cheapest first), read back exactly', () => {
    const all = Array.from({ length: 300 }, (_, i) => svc(i))
    const text = serializeFirstScreen(snapshot(all))
    const back = parseFirstScreen(text, DEVNET_CHAIN_ID)
    expect(back?.services).toEqual(firstScreenOf(all))
    expect(back?.services).toHaveLength(FIRST_SCREEN_ROWS)
    // Partial (the rest comes from the saved catalog or the chain), marked as saved.
    expect(back).toMatchObject({
      blockNumber: 42n,
      complete: false,
      expected: 300,
      fromCache: true,
    })
    // Exact amounts survive the JSON (decimal strings, not numbers).
    expect(back?.services[0]?.inputPrice).toBe(firstScreenOf(all)[0]?.inputPrice)
  })

  it('is whole when the catalog fits on one page', () => {
    const back = parseFirstScreen(serializeFirstScreen(snapshot([svc(1), svc(2)])), DEVNET_CHAIN_ID)
    expect(back).toMatchObject({ complete: true, expected: 2 })
  })

  it('is ignored whole when tampered with, malformed or of another chain', () => {
    const good = JSON.parse(serializeFirstScreen(snapshot([svc(1)]))) as Record<string, unknown>
    const svc0 = (good.services as Record<string, unknown>[])[0]!
    const bad: unknown[] = [
      { ...good, chainId: 16661 },
      { ...good, blockNumber: '-1' },
      { ...good, blockNumber: 42 },
      { ...good, total: -1 },
      { ...good, readAt: 'now' },
      { ...good, services: 'x' },
      { ...good, services: Array.from({ length: FIRST_SCREEN_ROWS + 1 }, () => svc0) },
      { ...good, services: [{ ...svc0, inputPrice: '1e30' }] },
      { ...good, services: [{ ...svc0, inputPrice: 5 }] },
      { ...good, services: [{ ...svc0, provider: '<img src=x onerror=alert(1)>' }] },
      { ...good, services: [{ ...svc0, teeSignerAcknowledged: 'yes' }] },
      { ...good, services: [{ ...svc0, model: undefined }] },
      null,
      [],
    ]
    for (const b of bad) expect(parseFirstScreen(JSON.stringify(b), DEVNET_CHAIN_ID)).toBeNull()
    expect(parseFirstScreen('{not json', DEVNET_CHAIN_ID)).toBeNull()
    expect(parseFirstScreen(null, DEVNET_CHAIN_ID)).toBeNull()
    expect(parseFirstScreen(' '.repeat(MAX_FIRST_SCREEN_CHARS + 1), DEVNET_CHAIN_ID)).toBeNull()
  })

  it('keeps only the fields of a service (nothing extra reaches the app)', () => {
    const good = JSON.parse(serializeFirstScreen(snapshot([svc(1)]))) as Record<string, unknown>
    const svc0 = (good.services as Record<string, unknown>[])[0]!
    const back = parseFirstScreen(
      JSON.stringify({ ...good, services: [{ ...svc0, onclick: 'alert(1)' }] }),
      DEVNET_CHAIN_ID,
    )
    expect(back?.services[0]).not.toHaveProperty('onclick')
    expect(back?.services[0]).toEqual(svc(1))
  })
})
