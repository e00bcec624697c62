import { describe, expect, it } from 'vitest'
import { runMetrics } from './run-metrics'

describe('runMetrics', () => {
  it('computes ttft, total and tokens/s over the generation phase', () => {
    expect(runMetrics({ start: 100, firstToken: 300, end: 1300, outputTokens: 50 })).toEqual({
      ttftMs: 200,
      totalMs: 1200,
      tokensPerSecond: 50,
    })
  })
  it('is null while running or when nothing was generated', () => {
    expect(runMetrics({ start: 0, firstToken: null, end: null, outputTokens: null })).toEqual({
      ttftMs: null,
      totalMs: null,
      tokensPerSecond: null,
    })
    expect(
      runMetrics({ start: 0, firstToken: 5, end: 5, outputTokens: 3 }).tokensPerSecond,
    ).toBeNull()
  })
})
