import { useState } from 'react'
import type { StoredVerification } from '@/lib/playground/conversation'
import { shortAddress } from '@/lib/format'
import { cn } from '@/lib/cn'
import { TestId } from '@/lib/test-ids'
import { RoutingFacts } from './routing-facts'

const labels = {
  verifying: 'Verifying…',
  verified: 'Verified',
  invalid: 'Invalid',
  'not-verifiable': 'Not verifiable',
} as const

const tones = {
  verifying: 'border-border text-muted',
  verified: 'border-success/40 bg-success/10 text-success',
  invalid: 'border-danger/60 bg-danger/15 text-danger',
  'not-verifiable': 'border-warning/40 bg-warning/10 text-warning',
} as const

function Fact({ ok, label }: { ok: boolean; label: string }) {
  return (
    <li className={ok ? 'text-success' : 'text-danger'}>
      {ok ? '✓' : '✗'} {label}
    </li>
  )
}

/**
 * A response's verdict: "Verifying…" until the check is done (never optimistic), then verified,
 * invalid (persistent red with the reason) or not verifiable, with the two facts on demand.
 */
export function VerificationBadge({ verification }: { verification: StoredVerification }) {
  const [toggled, setToggled] = useState<boolean | null>(null)
  const v = verification
  // An invalid verdict explains itself without a click (persistent, docs/house-style.md, Errors).
  const open = toggled ?? v.status === 'invalid'
  return (
    <div
      data-testid={TestId.VerificationBadge}
      data-status={v.status}
      className="flex flex-col gap-1 text-xs"
    >
      <button
        type="button"
        onClick={() => setToggled(!open)}
        aria-expanded={open}
        className={cn(
          'inline-flex w-fit items-center gap-1 rounded-full border px-2 py-0.5 font-medium',
          tones[v.status],
        )}
      >
        {labels[v.status]}
        {v.status === 'invalid' && v.reason ? `: ${v.detail}` : ''}
      </button>
      {open && v.status !== 'verifying' ? (
        <div className="rounded-md border border-border p-2 text-muted">
          {v.status === 'not-verifiable' ? (
            <p>{v.detail}</p>
          ) : (
            <>
              <ul className="flex flex-col gap-0.5">
                <Fact ok={v.signedByTee} label="Signed by the provider’s TEE" />
                <Fact
                  ok={v.contentMatches}
                  label="Content matches (sha256 of request and response)"
                />
              </ul>
              <p className="mt-1">
                Expected signer {shortAddress(v.expectedSigner)}
                {v.recoveredSigner ? `, recovered ${shortAddress(v.recoveredSigner)}` : ''}
              </p>
              {v.routing ? <RoutingFacts routing={v.routing} /> : null}
              {v.status === 'invalid' ? <p className="mt-1 text-danger">{v.detail}</p> : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  )
}
