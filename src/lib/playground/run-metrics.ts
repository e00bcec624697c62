/** Timing metrics of one streamed reply (milliseconds from performance.now(); not money, so floats). */

export interface RunTimes {
  start: number
  firstToken: number | null
  end: number | null
  outputTokens: number | null
}

export interface RunMetrics {
  ttftMs: number | null
  totalMs: number | null
  /** Output tokens per second over the generation phase (first token → end). */
  tokensPerSecond: number | null
}

/** Time to first token, total time and tokens/s; null where not measurable yet. */
export function runMetrics(t: RunTimes): RunMetrics {
  const ttftMs = t.firstToken === null ? null : t.firstToken - t.start
  const totalMs = t.end === null ? null : t.end - t.start
  const genMs = t.end !== null && t.firstToken !== null ? t.end - t.firstToken : null
  const tokensPerSecond =
    genMs !== null && genMs > 0 && t.outputTokens !== null ? (t.outputTokens * 1000) / genMs : null
  return { ttftMs, totalMs, tokensPerSecond }
}
