import { describe, expect, it } from 'vitest'
import { parseStatusReport, statusOf } from './status-report'

const A = '0x00000000000000000000000000000000000000aA'
const B = '0x00000000000000000000000000000000000000bb'
const entry = (over: Record<string, unknown>) => ({
  provider: A,
  model: 'GLM-5-FP8',
  status: 'healthy',
  checks: { uptime: 99.87 },
  performance: { response_time: { avg: 420 } },
  ...over,
})

describe('parseStatusReport', () => {
  it('reads the shape the official UI reads', () => {
    const r = parseStatusReport({ timestamp: '2026-11-30T06:00:00Z', services: [entry({})] })
    expect(r.at).toBe(Date.parse('2026-11-30T06:00:00Z'))
    expect(r.byProvider[A.toLowerCase()]).toEqual([
      { model: 'GLM-5-FP8', status: 'healthy', uptime: 99.87, avgMs: 420 },
    ])
  })
  it('leaves out what does not parse, keeps the rest, never trusts numbers out of range', () => {
    const r = parseStatusReport({
      timestamp: 'not a date',
      services: [
        entry({ provider: '<b>x</b>' }),
        entry({ model: 'x'.repeat(300) }),
        entry({ provider: B, status: '<script>', checks: { uptime: 140 } }),
        entry({ provider: B, model: 'm2', performance: { response_time: { avg: -1 } } }),
        'junk',
      ],
    })
    expect(r.at).toBeNull()
    expect(Object.keys(r.byProvider)).toEqual([B])
    expect(r.byProvider[B]).toEqual([
      { model: 'GLM-5-FP8', status: 'unknown', uptime: null, avgMs: 420 },
      { model: 'm2', status: 'healthy', uptime: 99.87, avgMs: null },
    ])
  })
  it('an answer that is not an object is an empty report', () => {
    expect(parseStatusReport(null)).toEqual({ at: null, byProvider: {} })
    expect(parseStatusReport({ services: 'x' }).byProvider).toEqual({})
  })
})

describe('statusOf', () => {
  const report = parseStatusReport({
    services: [entry({ model: 'qwen-2.5-7b' }), entry({ model: 'GLM-5-FP8', status: 'warning' })],
  })
  it('matches the model exactly (any case), else by containment, else nothing', () => {
    expect(statusOf(report, A, 'glm-5-fp8')?.status).toBe('warning')
    expect(statusOf(report, A, 'qwen-2.5-7b-instruct')?.model).toBe('qwen-2.5-7b')
    expect(statusOf(report, A, 'whisper')).toBeUndefined()
    expect(statusOf(report, B, 'GLM-5-FP8')).toBeUndefined()
    expect(statusOf(undefined, A, 'GLM-5-FP8')).toBeUndefined()
  })
})
