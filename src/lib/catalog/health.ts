/** Provider health as measured by this browser: latency and failures of a cheap provider call. */
import { isObj, isTime, parseStoredList, type Parsed } from '@/lib/stored-data'

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

function parseSample(s: unknown): HealthSample | null {
  return isObj(s) && isTime(s.at) && isTime(s.ms) && typeof s.ok === 'boolean'
    ? { at: s.at, ms: s.ms, ok: s.ok }
    : null
}

/** Parses the newest stored samples, counting and dropping malformed ones (storage is untrusted). */
export function parseSampleList(raw: unknown): Parsed<HealthSample[]> {
  return parseStoredList(raw, parseSample, MAX_HEALTH_SAMPLES)
}

/** Parses stored samples, dropping anything malformed (storage is untrusted too). */
export function parseSamples(raw: unknown): HealthSample[] {
  return Array.isArray(raw) ? parseSampleList(raw).value : []
}
