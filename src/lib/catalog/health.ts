/** Provider health as measured by this browser: latency and failures of a cheap provider call. */

export interface HealthSample {
  /** ms since epoch */
  at: number
  /** round-trip time in ms (whole) */
  ms: number
  ok: boolean
}

export interface HealthSummary {
  total: number
  failures: number
  /** Median latency of successful samples, or null without any. */
  medianMs: number | null
  last: HealthSample | null
}

/** Samples kept per provider. */
export const MAX_HEALTH_SAMPLES = 20

/** Appends a sample, keeping the newest `MAX_HEALTH_SAMPLES`. */
export function addSample(samples: readonly HealthSample[], sample: HealthSample): HealthSample[] {
  return [...samples, sample].slice(-MAX_HEALTH_SAMPLES)
}

/** Median latency, failure count and the last sample. */
export function summarizeHealth(samples: readonly HealthSample[]): HealthSummary {
  const ok = samples
    .filter((s) => s.ok)
    .map((s) => s.ms)
    .sort((a, b) => a - b)
  const mid = Math.floor(ok.length / 2)
  const medianMs =
    ok.length === 0 ? null : ok.length % 2 ? ok[mid]! : Math.round((ok[mid - 1]! + ok[mid]!) / 2)
  return {
    total: samples.length,
    failures: samples.length - ok.length,
    medianMs,
    last: samples.at(-1) ?? null,
  }
}

/** Parses stored samples, dropping anything malformed (storage is untrusted too). */
export function parseSamples(raw: unknown): HealthSample[] {
  if (!Array.isArray(raw)) return []
  return raw
    .filter(
      (s): s is HealthSample =>
        typeof s === 'object' &&
        s !== null &&
        Number.isFinite((s as HealthSample).at) &&
        Number.isFinite((s as HealthSample).ms) &&
        typeof (s as HealthSample).ok === 'boolean',
    )
    .slice(-MAX_HEALTH_SAMPLES)
}
