/**
 * dstack-shaped TEE attestation reports as served at `GET {service.url}/v1/quote`
 * (docs/protocol.md §9.3). The checker mirrors what the SDK's `verifyService` automates: the
 * signer in `report_data` equals the on-chain `teeSignerAddress`, and `sha256(tcb_info.app_compose)`
 * equals the `compose-hash` event of the event log. Like the SDK it does NOT verify the TDX quote
 * itself (that needs Intel's collateral and the dstack verifier).
 */
import { isAddress, sha256, stringToBytes, type Address } from 'viem'

/** `report_data` is 64 bytes in a TDX quote; the signer address is ASCII, NUL-padded. */
export const REPORT_DATA_BYTES = 64

/** One entry of the dstack RTMR event log. `imr: 3` holds the app events (compose-hash, app-id…). */
export interface DstackEvent {
  imr: number
  event_type: number
  digest: string
  event: string
  event_payload: string
}

/** The report as served: dstack sends `tcb_info`, `event_log` and `vm_config` as JSON strings. */
export interface AttestationReport {
  quote: string
  report_data: string
  tcb_info: string
  event_log: string
  vm_config: string
}

export interface BuildAttestationInput {
  teeSigner: Address
  /** The app-compose JSON text the enclave was launched with (hashed byte for byte). */
  appCompose: string
  /** Stable seed for the simulated measurement registers and quote bytes. */
  seed: string
}

/** Lowercase sha256 hex (no 0x) of a string's UTF-8 bytes. */
export function sha256HexOfText(text: string): string {
  return sha256(stringToBytes(text)).slice(2)
}

/** base64 of the ASCII signer address NUL-padded to 64 bytes, as dstack brokers put it in report_data. */
export function reportDataForSigner(signer: Address): string {
  const ascii = stringToBytes(signer)
  const bytes = new Uint8Array(REPORT_DATA_BYTES)
  bytes.set(ascii.slice(0, REPORT_DATA_BYTES))
  return bytesToBase64(bytes)
}

/** The address text in a base64 `report_data` (NULs stripped), or null when it is not decodable. */
export function signerFromReportData(reportData: string): string | null {
  try {
    const bin = atob(reportData)
    const text = bin.replace(/\0/g, '')
    return text.length > 0 ? text : null
  } catch {
    return null
  }
}

/**
 * Builds a report that passes the SDK's `verifyService` checks. The quote and the measurement
 * registers are deterministic fakes derived from `seed`: a devnet has no TDX hardware.
 */
export function buildAttestationReport(input: BuildAttestationInput): AttestationReport {
  const composeHash = sha256HexOfText(input.appCompose)
  const reg = (name: string): string =>
    sha256HexOfText(`${input.seed}:${name}`).repeat(2).slice(0, 96)
  const events: DstackEvent[] = [
    appEvent('app-id', sha256HexOfText(`${input.seed}:app-id`).slice(0, 40)),
    appEvent('compose-hash', composeHash),
    appEvent('instance-id', sha256HexOfText(`${input.seed}:instance-id`).slice(0, 40)),
    appEvent('key-provider', ''),
  ]
  const tcbInfo = {
    mrtd: reg('mrtd'),
    rtmr0: reg('rtmr0'),
    rtmr1: reg('rtmr1'),
    rtmr2: reg('rtmr2'),
    rtmr3: reg('rtmr3'),
    app_compose: input.appCompose,
    event_log: events,
  }
  const reportData = reportDataForSigner(input.teeSigner)
  return {
    quote: fakeQuoteHex(input.seed, reportData),
    report_data: reportData,
    tcb_info: JSON.stringify(tcbInfo),
    event_log: JSON.stringify(events),
    vm_config: JSON.stringify({
      spec_version: 1,
      os_image_hash: reg('os-image'),
      cpu_count: 8,
      memory_size: 34359738368,
    }),
  }
}

function appEvent(event: string, payload: string): DstackEvent {
  // dstack's digest is sha384 over the event; a stable sha256-derived stand-in is enough here.
  return {
    imr: 3,
    event_type: 134217729,
    digest: sha256HexOfText(`${event}:${payload}`),
    event,
    event_payload: payload,
  }
}

function fakeQuoteHex(seed: string, reportData: string): string {
  const marker = Array.from(stringToBytes('0G-DEVNET-SIMULATED-TDX-QUOTE'), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
  return `${marker}${sha256HexOfText(`${seed}:quote`)}${sha256HexOfText(reportData)}`
}

export interface SignerCheck {
  expected: string
  reported: string | null
  ok: boolean
}

export interface ComposeCheck {
  /** sha256 of tcb_info.app_compose, or null when app_compose is missing. */
  calculatedHash: string | null
  /** event_payload of the compose-hash event, or null when the event is missing. */
  eventLogHash: string | null
  ok: boolean
  error?: string
}

export interface AttestationCheck {
  ok: boolean
  signer: SignerCheck
  compose: ComposeCheck
  /** Container images named in the compose file (for a human to compare against published digests). */
  images: string[]
}

/** Checks a report (JSON text or parsed object) against the service's on-chain TEE signer. */
export function checkAttestationReport(report: unknown, expectedSigner: string): AttestationCheck {
  const obj = toObject(report)
  const reported =
    typeof obj?.report_data === 'string' ? signerFromReportData(obj.report_data) : null
  const signer: SignerCheck = {
    expected: expectedSigner,
    reported,
    ok:
      reported !== null &&
      isAddress(reported, { strict: false }) &&
      reported.toLowerCase() === expectedSigner.toLowerCase(),
  }
  const tcb = toObject(obj?.tcb_info ?? toObject(obj?.info)?.tcb_info)
  const appCompose = typeof tcb?.app_compose === 'string' ? tcb.app_compose : null
  const compose = checkCompose(appCompose, parseEventLog(obj?.event_log))
  return {
    ok: signer.ok && compose.ok,
    signer,
    compose,
    images: appCompose ? imagesInCompose(appCompose) : [],
  }
}

function checkCompose(appCompose: string | null, events: DstackEvent[] | null): ComposeCheck {
  if (appCompose === null) {
    return {
      calculatedHash: null,
      eventLogHash: null,
      ok: false,
      error: 'app_compose not found in tcb_info',
    }
  }
  const calculatedHash = sha256HexOfText(appCompose)
  if (events === null) {
    return {
      calculatedHash,
      eventLogHash: null,
      ok: false,
      error: 'event_log missing or malformed',
    }
  }
  const ev = events.find((e) => e.event === 'compose-hash')
  if (!ev) {
    return {
      calculatedHash,
      eventLogHash: null,
      ok: false,
      error: 'no compose-hash event in the event log',
    }
  }
  const ok = ev.event_payload.toLowerCase() === calculatedHash
  return {
    calculatedHash,
    eventLogHash: ev.event_payload,
    ok,
    ...(ok ? {} : { error: 'compose hash does not match the event log' }),
  }
}

function parseEventLog(v: unknown): DstackEvent[] | null {
  let arr: unknown = v
  if (typeof v === 'string') {
    try {
      arr = JSON.parse(v)
    } catch {
      return null
    }
  }
  if (!Array.isArray(arr)) return null
  return arr.flatMap((e): DstackEvent[] => {
    const o = toObject(e)
    if (!o || typeof o.event !== 'string') return []
    return [
      {
        imr: typeof o.imr === 'number' ? o.imr : -1,
        event_type: typeof o.event_type === 'number' ? o.event_type : 0,
        digest: typeof o.digest === 'string' ? o.digest : '',
        event: o.event,
        event_payload: typeof o.event_payload === 'string' ? o.event_payload : '',
      },
    ]
  })
}

/** Image references in an app-compose JSON (its `docker_compose_file` YAML and any `"image"` keys). */
export function imagesInCompose(appCompose: string): string[] {
  const found: string[] = []
  const add = (s: string): void => {
    const clean = s.trim().replace(/^["']|["']$/g, '')
    if (clean && !found.includes(clean)) found.push(clean)
  }
  let yaml = appCompose
  const parsed = toObject(appCompose)
  if (parsed && typeof parsed.docker_compose_file === 'string') yaml = parsed.docker_compose_file
  for (const m of yaml.matchAll(/^\s*image:\s*(\S+)\s*$/gm)) add(m[1]!)
  for (const m of appCompose.matchAll(/"image"\s*:\s*"([^"]+)"/g)) add(m[1]!)
  return found
}

function toObject(v: unknown): Record<string, unknown> | null {
  if (typeof v === 'string') {
    try {
      return toObject(JSON.parse(v))
    } catch {
      return null
    }
  }
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : null
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin)
}
