import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { StoredVerification } from '@/lib/playground/conversation'
import { invalidReasonText, type VerificationResult } from '@/lib/protocol/verify-response'
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

  it('shows "Verified" with both facts and the signer on demand', async () => {
    const { user, badge, toggle } = renderBadge(verified)
    expect(badge.getAttribute('data-status')).toBe('verified')
    expect(toggle.textContent).toBe('Verified')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText(/Signed by the provider’s TEE/)).toBeNull()
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByText('✓ Signed by the provider’s TEE')).toBeTruthy()
    expect(screen.getByText('✓ Content matches (sha256 of request and response)')).toBeTruthy()
    expect(badge.textContent).toContain('Expected signer 0x1111…1111, recovered 0x1111…1111')
    await user.click(toggle)
    expect(screen.queryByText('✓ Signed by the provider’s TEE')).toBeNull()
  })

  it.each([
    ['wrong-signer', wrongSigner, '✗ Signed by the provider’s TEE', 'recovered 0x2222…2222'],
    [
      'content-mismatch',
      mismatch,
      '✗ Content matches (sha256 of request and response)',
      'recovered 0x1111…1111',
    ],
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

  it('shows a TeeTLS routing proof that fails, with its problems', async () => {
    const { user } = renderBadge({
      ...verified,
      routing: { ok: false, problems: ['routing proof is missing or malformed'], proof: null },
    })
    await user.click(screen.getByRole('button'))
    expect(
      screen.getByText('✗ TeeTLS routing proof: routing proof is missing or malformed'),
    ).toBeTruthy()
  })

  it('shows a TeeTLS routing proof that checks out, with the fields it binds', async () => {
    const { user, badge } = renderBadge({
      ...verified,
      routing: {
        ok: true,
        problems: [],
        proof: {
          version: 1,
          provider: SIGNER,
          upstream_host: 'api.example.com',
          upstream_cert_sha256: 'ab'.repeat(32),
          request_sha256: 'cd'.repeat(32),
          response_sha256: 'ef'.repeat(32),
          chat_id: 'chat-1',
          timestamp: 1_700_000_000,
        },
      },
    })
    await user.click(screen.getByRole('button'))
    expect(screen.getByText('✓ TeeTLS routing proof signed by the TEE')).toBeTruthy()
    expect(badge.textContent).toContain('api.example.com')
    expect(badge.textContent).toContain('2023-11-14T22:13:20.000Z')
  })
})
