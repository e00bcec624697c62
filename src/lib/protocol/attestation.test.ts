import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import {
  buildAttestationReport,
  checkAttestationReport,
  imagesInCompose,
  reportDataForSigner,
  sha256HexOfText,
  signerFromReportData,
} from './attestation'

const signer = privateKeyToAccount(`0x${'11'.repeat(32)}`).address
const compose = JSON.stringify({
  name: 'x',
  docker_compose_file:
    'services:\n  broker:\n    image: ghcr.io/0glabs/broker:1\n  model:\n    image: devnet/m:latest\n',
})

describe('report_data', () => {
  it('round-trips the signer as NUL-padded ASCII in 64 bytes', () => {
    const b64 = reportDataForSigner(signer)
    expect(atob(b64)).toHaveLength(64)
    expect(signerFromReportData(b64)).toBe(signer)
  })
  it('returns null for undecodable data', () => {
    expect(signerFromReportData('***')).toBeNull()
  })
})

describe('checkAttestationReport', () => {
  const report = buildAttestationReport({ teeSigner: signer, appCompose: compose, seed: 's' })

  it('accepts a built report, as JSON text or object, with the signer in any case', () => {
    expect(checkAttestationReport(report, signer).ok).toBe(true)
    const check = checkAttestationReport(JSON.stringify(report), signer.toLowerCase())
    expect(check).toMatchObject({ ok: true, signer: { ok: true }, compose: { ok: true } })
    expect(check.compose.calculatedHash).toBe(sha256HexOfText(compose))
    expect(check.images).toEqual(['ghcr.io/0glabs/broker:1', 'devnet/m:latest'])
  })

  it('is deterministic', () => {
    expect(buildAttestationReport({ teeSigner: signer, appCompose: compose, seed: 's' })).toEqual(
      report,
    )
  })

  it('rejects a report for another signer', () => {
    const other = privateKeyToAccount(`0x${'22'.repeat(32)}`).address
    const check = checkAttestationReport(report, other)
    expect(check.ok).toBe(false)
    expect(check.signer).toMatchObject({ ok: false, reported: signer })
    expect(check.compose.ok).toBe(true)
  })

  it('rejects a compose that does not match the event log', () => {
    const tcb = JSON.parse(report.tcb_info) as Record<string, unknown>
    const bad = { ...report, tcb_info: JSON.stringify({ ...tcb, app_compose: compose + ' ' }) }
    const check = checkAttestationReport(bad, signer)
    expect(check.ok).toBe(false)
    expect(check.compose.error).toMatch(/does not match/)
  })

  it('explains missing parts instead of throwing', () => {
    expect(checkAttestationReport('not json', signer)).toMatchObject({
      ok: false,
      signer: { reported: null },
      compose: { error: 'app_compose not found in tcb_info' },
    })
    const noEvents = { ...report, event_log: '[]' }
    expect(checkAttestationReport(noEvents, signer).compose.error).toMatch(/no compose-hash event/)
    expect(checkAttestationReport({ ...report, event_log: 5 }, signer).compose.error).toMatch(
      /malformed/,
    )
  })

  it('accepts tcb_info and event_log as objects (as some brokers send them)', () => {
    const objects = {
      ...report,
      tcb_info: JSON.parse(report.tcb_info) as unknown,
      event_log: JSON.parse(report.event_log) as unknown,
    }
    expect(checkAttestationReport(objects, signer).ok).toBe(true)
  })
})

describe('imagesInCompose', () => {
  it('finds JSON image keys too, without duplicates', () => {
    expect(imagesInCompose('{"services":{"a":{"image":"x:1"},"b":{"image":"x:1"}}}')).toEqual([
      'x:1',
    ])
  })
})
