/** Change marks since the last visit, and health summaries. */
import { zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  diffSeen,
  toSeenMap,
  toSeenMapInSlices,
  type FingerprintedService,
  type SeenMap,
} from './changes'
import { addSample, parseSamples, summarizeHealth, MAX_HEALTH_SAMPLES } from './health'

const s = (i: number, o: Partial<FingerprintedService> = {}): FingerprintedService => ({
  provider: `0x${(i + 1).toString(16).padStart(40, '0')}`,
  serviceType: 'chatbot',
  url: 'http://x',
  model: `m${i}`,
  verifiability: 'TeeML',
  inputPrice: 1n,
  outputPrice: 2n,
  updatedAt: 10n,
  additionalInfo: '{}',
  teeSignerAddress: zeroAddress,
  teeSignerAcknowledged: true,
  ...o,
})

describe('diffSeen', () => {
  it('marks nothing on a first visit', () => {
    const d = diffSeen(null, toSeenMap([s(0)]))
    expect([d.changed.size, d.added.size, d.removed.length]).toEqual([0, 0, 0])
  })
  it('finds changed, added and removed services', () => {
    const seen = toSeenMap([s(0), s(1), s(2)])
    const d = diffSeen(seen, toSeenMap([s(0), s(1, { inputPrice: 5n }), s(3)]))
    expect([...d.changed]).toEqual([s(1).provider.toLowerCase()])
    expect([...d.added]).toEqual([s(3).provider.toLowerCase()])
    expect(d.removed).toEqual([{ provider: s(2).provider.toLowerCase(), model: 'm2' }])
  })
})

describe('toSeenMapInSlices and diffSeen on stored maps', () => {
  it('gives the same map as toSeenMap, pausing between slices', async () => {
    const services = Array.from({ length: 1_234 }, (_, i) => s(i))
    let pauses = 0
    const seen = await toSeenMapInSlices(services, async () => void pauses++, 500)
    expect(seen).toEqual(toSeenMap(services))
    expect(pauses).toBe(2)
    expect(await toSeenMapInSlices([], async () => void pauses++)).toEqual({})
    expect(pauses).toBe(2)
  })
  it('marks a renamed model as a change, and nothing without a last visit', () => {
    const seen = toSeenMap([s(0), s(1), s(2)])
    const now = toSeenMap([s(0), s(1, { model: 'renamed' }), s(3)])
    const d = diffSeen(seen, now)
    expect([...d.changed]).toEqual([s(1).provider.toLowerCase()])
    expect([...d.added]).toEqual([s(3).provider.toLowerCase()])
    expect(d.removed).toEqual([{ provider: s(2).provider.toLowerCase(), model: 'm2' }])
    expect(diffSeen(null, now).changed.size).toBe(0)
  })
  it('does not take inherited names for services (a hostile stored map)', () => {
    const seen = JSON.parse('{"__proto__": {"fp": "x", "model": "p"}}') as SeenMap
    const d = diffSeen(seen, { constructor: { fp: 'y', model: 'c' } } as unknown as SeenMap)
    expect([...d.added]).toEqual(['constructor'])
    expect(d.removed).toEqual([{ provider: '__proto__', model: 'p' }])
  })
})

describe('health', () => {
  it('summarizes latency and failures', () => {
    let samples = [] as ReturnType<typeof addSample>
    for (const [ms, ok] of [
      [30, true],
      [10, true],
      [0, false],
      [20, true],
      [40, true],
    ] as const)
      samples = addSample(samples, { at: 1, ms, ok })
    expect(summarizeHealth(samples)).toMatchObject({ total: 5, failures: 1, medianMs: 25 })
    expect(summarizeHealth([])).toEqual({ total: 0, failures: 0, medianMs: null, last: null })
  })
  it('keeps the newest samples and drops malformed stored ones', () => {
    let samples = [] as ReturnType<typeof addSample>
    for (let i = 0; i < 30; i++) samples = addSample(samples, { at: i, ms: i, ok: true })
    expect(samples).toHaveLength(MAX_HEALTH_SAMPLES)
    expect(samples[0]!.at).toBe(10)
    expect(parseSamples([{ at: 1, ms: 2, ok: true }, { at: 'x' }, null])).toHaveLength(1)
    expect(parseSamples('nope')).toEqual([])
  })
})
