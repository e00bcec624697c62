/**
 * verifyExchange/verifyOnce keep the response text for an opt-in receipt export: from the bytes
 * when the check has them, and also when the check resumed from the stored hashes got there first
 * (the bytes are handed to it); never when the text is not what `responseSha256` names.
 */
import { stringToBytes } from 'viem'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { responseSignedText } from '@/lib/protocol/signed-text'
import { providerAddress, tee, teeChatbot } from '@/lib/protocol/tee-service.testkit'
import {
  expectedTextOf,
  verifyExchange,
  verifyOnce,
  type ServiceForVerify,
} from './verify-exchange'

const payload = vi.hoisted(() => ({ current: null as unknown, wait: Promise.resolve() }))
vi.mock('@/api/signature-client', () => ({
  fetchSignature: async () => {
    await payload.wait
    return payload.current
  },
}))

const service: ServiceForVerify = {
  ...teeChatbot,
  provider: providerAddress,
  url: 'http://provider.test',
}
const ctx = { chainId: 31337 } as const
const exchange = {
  chatId: 'c1',
  requestBody: stringToBytes('{"q":1}'),
  responseBody: stringToBytes('data: {"a":"ok"}\n\ndata: [DONE]\n\n'),
}

beforeEach(async () => {
  const text = responseSignedText(exchange.requestBody, exchange.responseBody)
  payload.current = { text, signature: await tee.signMessage({ message: text }) }
  payload.wait = Promise.resolve()
})

describe('receipt response text', () => {
  it('is kept from the bytes of a direct check', async () => {
    const { receipt } = await verifyExchange(ctx, service, exchange)
    expect(receipt?.responseText).toBe('data: {"a":"ok"}\n\ndata: [DONE]\n\n')
  })

  it('is handed to the resumed check that got there first', async () => {
    let release!: () => void
    payload.wait = new Promise((r) => (release = r))
    const resumed = verifyOnce('k', ctx, service, {
      chatId: 'c1',
      expectedText: expectedTextOf(exchange),
    })
    expect(await verifyOnce('k', ctx, service, exchange)).toBeNull()
    release()
    expect((await resumed)?.receipt?.responseText).toBe('data: {"a":"ok"}\n\ndata: [DONE]\n\n')
  })

  it('is left out when the bytes are not what responseSha256 names', async () => {
    const other = { ...exchange, responseBody: stringToBytes('something else') }
    let release!: () => void
    payload.wait = new Promise((r) => (release = r))
    const resumed = verifyOnce('k2', ctx, service, {
      chatId: 'c1',
      expectedText: expectedTextOf(exchange),
    })
    await verifyOnce('k2', ctx, service, other)
    release()
    const out = await resumed
    expect(out?.result.status).toBe('verified')
    expect(out?.receipt).toBeDefined()
    expect(out?.receipt).not.toHaveProperty('responseText')
  })
})
