import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { Address } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import type { StoredVerification } from '@/lib/playground/conversation'
import {
  invalidReasonText,
  NO_PROOF_TEXT,
  REQUEST_CHANGED_TEXT,
  type VerificationResult,
} from '@/lib/protocol/verify-response'
import { TestId } from '@/lib/test-ids'
import { VerificationBadge } from './verification-badge'

const SIGNER: Address = '0x1111111111111111111111111111111111111111'
const OTHER: Address = '0x2222222222222222222222222222222222222222'

const verified: VerificationResult = {
  status: 'verified',
  detail: 'Signed by the provider’s TEE over this request and response',
  signedByTee: true,
  contentMatches: true,
  expectedSigner: SIGNER,
  recoveredSigner: SIGNER,
  expectedText: 'a:b',
  signedText: 'a:b',
  signature: '0x12',
}

const wrongSigner: VerificationResult = {
  ...verified,
  status: 'invalid',
  reason: 'wrong-signer',
  detail: invalidReasonText['wrong-signer'],
  signedByTee: false,
  recoveredSigner: OTHER,
}

const mismatch: VerificationResult = {
  ...verified,
  status: 'invalid',
  reason: 'content-mismatch',
  detail: invalidReasonText['content-mismatch'],
  contentMatches: false,
  responseMatches: false,
  requestMatches: true,
  signedText: 'c:d',
}

function renderBadge(verification: StoredVerification) {
  const user = userEvent.setup()
  render(<VerificationBadge verification={verification} />)
  const badge = screen.getByTestId(TestId.VerificationBadge)
  const toggle = screen.getByRole('button')
  return { user, badge, toggle }
}

describe('VerificationBadge', () => {
  it('says "Verifying…" until the check is done, with nothing to expand', async () => {
    const { user, badge, toggle } = renderBadge({ status: 'verifying' })
    expect(badge.getAttribute('data-status')).toBe('verifying')
    expect(toggle.textContent).toBe('Verifying…')
    await user.click(toggle)
    expect(badge.textContent).toBe('Verifying…')
  })

  it('shows "Verified" with the three parts and the signer on demand', async () => {
    const { user, badge, toggle } = renderBadge(verified)
    expect(badge.getAttribute('data-status')).toBe('verified')
    expect(badge.getAttribute('data-request')).toBe('bound')
    expect(toggle.textContent).toBe('Verified')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText(/Signer:/)).toBeNull()
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByText('✓ Signer: the provider’s TEE signer on chain')).toBeTruthy()
    expect(screen.getByText('✓ Response bound: hash of the exact bytes received')).toBeTruthy()
    expect(screen.getByText('✓ Request bound: hash of the bytes sent')).toBeTruthy()
    expect(badge.textContent).toContain('Expected signer 0x1111…1111, recovered 0x1111…1111')
    await user.click(toggle)
    expect(screen.queryByText(/Signer:/)).toBeNull()
  })

  it('a request changed by the provider is Verified, with that part unchecked (not red)', async () => {
    const { user, badge, toggle } = renderBadge({
      ...verified,
      family: 'images',
      responseMatches: true,
      requestMatches: false,
      contentMatches: false,
    })
    expect(badge.getAttribute('data-status')).toBe('verified')
    expect(badge.getAttribute('data-request')).toBe('changed')
    expect(toggle.textContent).toBe('Verified (request changed by provider)')
    await user.click(toggle)
    expect(screen.getByText('✓ Response bound: hash of the decoded images received')).toBeTruthy()
    expect(screen.getByText(`– ${REQUEST_CHANGED_TEXT}`)).toBeTruthy()
  })

  it.each([
    [
      'wrong-signer',
      wrongSigner,
      '✗ Signer: the provider’s TEE signer on chain',
      'recovered 0x2222…2222',
    ],
    ['content-mismatch', mismatch, '✗ Response bound: another response', 'recovered 0x1111…1111'],
  ] as const)(
    'explains an invalid verdict (%s) without a click',
    async (reason, v, fact, signer) => {
      const { badge, toggle } = renderBadge(v)
      expect(badge.getAttribute('data-status')).toBe('invalid')
      expect(toggle.textContent).toBe(`Invalid: ${invalidReasonText[reason]}`)
      expect(toggle.getAttribute('aria-expanded')).toBe('true')
      expect(screen.getByText(fact)).toBeTruthy()
      expect(badge.textContent).toContain(signer)
    },
  )

  it('keeps an invalid verdict without a reason short, and lets it be collapsed', async () => {
    const { user, toggle, badge } = renderBadge({
      ...wrongSigner,
      reason: undefined,
      recoveredSigner: null,
    })
    expect(toggle.textContent).toBe('Invalid')
    expect(badge.textContent).toContain('Expected signer 0x1111…1111')
    expect(badge.textContent).not.toContain('recovered')
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(badge.textContent).toBe('Invalid')
  })

  it('shows "Not verifiable" with why on demand', async () => {
    const detail = 'This service does not sign its responses (verifiability: none).'
    const { user, badge, toggle } = renderBadge({ status: 'not-verifiable', detail })
    expect(badge.getAttribute('data-status')).toBe('not-verifiable')
    expect(toggle.textContent).toBe('Not verifiable')
    expect(screen.queryByText(detail)).toBeNull()
    await user.click(toggle)
    expect(screen.getByText(detail)).toBeTruthy()
  })

  it('shows "Not verified" (a warning) when the provider gave no proof, with a retry', async () => {
    const user = userEvent.setup()
    const retry = vi.fn()
    const detail = `${NO_PROOF_TEXT} (no signature served for this response)`
    render(<VerificationBadge verification={{ status: 'no-proof', detail }} onRetry={retry} />)
    const badge = screen.getByTestId(TestId.VerificationBadge)
    expect(badge.getAttribute('data-status')).toBe('no-proof')
    await user.click(screen.getByRole('button', { name: 'Not verified' }))
    expect(screen.getByText(detail)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(retry).toHaveBeenCalledOnce()
  })

  it('shows the upstream identity and TLS fingerprint a TeeTLS proof signed', async () => {
    const { user, badge } = renderBadge({
      ...verified,
      family: 'routing',
      routing: {
        providerType: 'centralized',
        providerIdentity: 'aliyun',
        tlsCertFingerprint: 'ab'.repeat(32),
      },
    })
    await user.click(screen.getByRole('button'))
    expect(badge.textContent).toContain('aliyun (centralized)')
    expect(badge.textContent).toContain('ab'.repeat(32))
  })
})
