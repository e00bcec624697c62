import { useState } from 'react'
import type { StoredVerification } from '@/lib/playground/conversation'
import { shortAddress } from '@/lib/format'
import { cn } from '@/lib/cn'
import { REQUEST_CHANGED_TEXT } from '@/lib/protocol/verify-response'
import { TestId } from '@/lib/test-ids'
import { RoutingFacts } from './routing-facts'

const labels = {
  verifying: 'Verifying…',
  verified: 'Verified',
  invalid: 'Invalid',
  'not-verifiable': 'Not verifiable',
  'no-proof': 'Not verified',
} as const

const tones = {
  verifying: 'border-border text-muted',
  verified: 'border-success/40 bg-success/10 text-success',
  invalid: 'border-danger/60 bg-danger/15 text-danger',
  'not-verifiable': 'border-warning/40 bg-warning/10 text-warning',
  'no-proof': 'border-warning/40 bg-warning/10 text-warning',
} as const

/** One checked part: ✓ holds, ✗ contradicts the response, – could not be checked. */
function Fact({ state, label }: { state: 'ok' | 'bad' | 'unchecked'; label: string }) {
  const mark = { ok: '✓', bad: '✗', unchecked: '–' }[state]
  const tone = { ok: 'text-success', bad: 'text-danger', unchecked: 'text-muted' }[state]
  return (
    <li className={tone}>
      {mark} {label}
    </li>
  )
}

type Checked = Extract<StoredVerification, { status: 'verified' | 'invalid' }>

/** The three parts of a verdict: signer, response bound, request bound. */
function Parts({ v }: { v: Checked }) {
  // Verdicts stored before the three parts only know both hashes together (contentMatches).
  const response = v.responseMatches ?? (v.signedByTee ? v.contentMatches : undefined)
  const request = v.requestMatches ?? (v.signedByTee ? v.contentMatches : undefined)
  const what = v.family === 'images' ? 'the decoded images received' : 'the exact bytes received'
  return (
    <ul className="flex flex-col gap-0.5">
      <Fact
        state={v.signedByTee ? 'ok' : 'bad'}
        label="Signer: the provider’s TEE signer on chain"
      />
      {response === undefined ? (
        <Fact state="unchecked" label="Response: not checked" />
      ) : (
        <Fact
          state={response ? 'ok' : 'bad'}
          label={response ? `Response bound: hash of ${what}` : 'Response bound: another response'}
        />
      )}
      {request === undefined || (response === false && !request) ? (
        <Fact state="unchecked" label="Request: not checked" />
      ) : request ? (
        <Fact state="ok" label="Request bound: hash of the bytes sent" />
      ) : (
        <Fact state="unchecked" label={REQUEST_CHANGED_TEXT} />
      )}
    </ul>
  )
}

/**
 * A response's verdict: "Verifying…" until the check is done (never optimistic), then verified,
 * invalid (persistent red with the reason), not verified (the provider gave no proof; warning,
 * with a retry when offered) or not verifiable, with the checked parts on demand.
 */
export function VerificationBadge({
  verification,
  onRetry,
}: {
  verification: StoredVerification
  /** Asks for the signature again (offered for "no proof" verdicts). */
  onRetry?: () => void
}) {
  const [toggled, setToggled] = useState<boolean | null>(null)
  const v = verification
  // An invalid verdict explains itself without a click (persistent, docs/house-style.md, Errors).
  const open = toggled ?? v.status === 'invalid'
  const requestState =
    v.status === 'verified' || v.status === 'invalid'
      ? v.requestMatches === false
        ? 'changed'
        : v.requestMatches || v.contentMatches
          ? 'bound'
          : undefined
      : undefined
  return (
    <div
      data-testid={TestId.VerificationBadge}
      data-status={v.status}
      data-request={requestState}
      className="flex flex-col gap-1 text-xs"
    >
      <div className="flex items-center gap-2">
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
          {v.status === 'verified' && v.requestMatches === false
            ? ' (request changed by provider)'
            : ''}
        </button>
        {v.status === 'no-proof' && onRetry ? (
          <button type="button" onClick={onRetry} className="text-muted underline">
            Retry
          </button>
        ) : null}
      </div>
      {open && v.status !== 'verifying' ? (
        <div className="rounded-md border border-border p-2 text-muted">
          {v.status === 'not-verifiable' || v.status === 'no-proof' ? (
            <p>{v.detail}</p>
          ) : (
            <>
              <Parts v={v} />
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

/** A verdict as a compact read-only pill (history lists), with the badge's words and colours. */
export function VerdictMark({ verification }: { verification: StoredVerification }) {
  const { status } = verification
  return (
    <span
      data-testid={TestId.HistoryVerdict}
      data-status={status}
      className={cn('w-fit rounded-full border px-2 py-0.5 text-xs font-medium', tones[status])}
    >
      {labels[status]}
    </span>
  )
}
