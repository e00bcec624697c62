/** httpFetch turns a provider's error body into a short, clean message, whatever its size or shape. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HttpError } from '@/lib/errors/classes'
import { httpFetch } from './http'

const answer = (status: number, body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  )

async function failure(): Promise<HttpError> {
  try {
    await httpFetch('http://provider.test/x', {})
  } catch (e) {
    return e as HttpError
  }
  throw new Error('no error')
}

afterEach(() => vi.unstubAllGlobals())

describe('httpFetch errors', () => {
  it('says who failed: the provider by default, the block explorer when asked', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    await expect(httpFetch('http://provider.test/x', {})).rejects.toMatchObject({
      name: 'NetworkError',
      message: 'Could not reach the provider',
      peer: 'provider',
    })
    await expect(
      httpFetch('http://explorer.test/api', {}, { peer: 'explorer' }),
    ).rejects.toMatchObject({ message: 'Could not reach the block explorer', peer: 'explorer' })
    answer(503, 'maintenance')
    await expect(
      httpFetch('http://explorer.test/api', {}, { peer: 'explorer' }),
    ).rejects.toMatchObject({ name: 'HttpError', status: 503, peer: 'explorer' })
  })

  it('takes error.message and code from the OpenAI envelope', async () => {
    answer(402, JSON.stringify({ error: { message: 'insufficient balance', code: 'low' } }))
    const e = await failure()
    expect([e.status, e.message, e.code]).toEqual([402, 'insufficient balance', 'low'])
  })

  it('caps a 2 MB error.message (JSON cut at the read cap) to the start of the message', async () => {
    answer(402, JSON.stringify({ error: { message: `pay "now" ${'W'.repeat(2_000_000)}` } }))
    const e = await failure()
    expect(e.message).toMatch(/^pay "now" W+…$/)
    expect(e.message.length).toBeLessThanOrEqual(301)
  })

  it('cleans a plain-text body: no control or bidi characters, one line', async () => {
    answer(500, 'upstream\u202E\n\nexploded\u0007')
    expect((await failure()).message).toBe('upstream exploded')
  })

  it('an empty body says the status', async () => {
    answer(503, '')
    expect((await failure()).message).toBe('HTTP 503')
  })
})
