import type { AnyResponseOutcome } from '@/hooks/playground/use-any-response-check'
import { cn } from '@/lib/cn'
import { REQUEST_NOT_GIVEN_TEXT } from '@/lib/protocol/verify-any-response'
import { REQUEST_CHANGED_TEXT } from '@/lib/protocol/verify-response'
import { TestId } from '@/lib/test-ids'

const statusText = {
  verified: 'Verified',
  invalid: 'Invalid',
  'not-verifiable': 'Not verifiable',
  'no-proof': 'Not verified',
} as const

/** The verdict in the playground's three parts (signer, response bound, request bound). */
export function AnyVerdict({ out }: { out: AnyResponseOutcome }) {
  if (!out.ok)
    return (
      <p role="alert" className="text-sm text-danger">
        {out.error}
      </p>
    )
  const r = out.result
  const checked = r.status === 'verified' || r.status === 'invalid'
  return (
    <div
      data-testid={TestId.AnyResponseVerdict}
      data-status={r.status}
      data-request={out.request}
      className="flex flex-col gap-2"
    >
      <p
        className={cn(
          'font-medium',
          r.status === 'verified'
            ? 'text-success'
            : r.status === 'invalid'
              ? 'text-danger'
              : 'text-warning',
        )}
      >
        {statusText[r.status]}: {r.detail}
      </p>
      {checked ? (
        <ul className="flex flex-col gap-1 text-sm">
          <li className={r.signedByTee ? 'text-success' : 'text-danger'}>
            {r.signedByTee ? '✓' : '✗'} Signer: the provider’s TEE signer on chain
          </li>
          {r.responseMatches === undefined ? (
            <li className="text-muted">– Response: not checked</li>
          ) : (
            <li className={r.responseMatches ? 'text-success' : 'text-danger'}>
              {r.responseMatches
                ? `✓ Response bound: hash of ${r.family === 'images' ? 'the image files' : 'the exact bytes given'}`
                : '✗ Response bound: the signature covers another response (response-hash mismatch)'}
            </li>
          )}
          {out.request === 'bound' ? (
            <li className="text-success">✓ Request bound: hash of the request body given</li>
          ) : (
            <li className="text-muted">
              –{' '}
              {out.request === 'changed'
                ? REQUEST_CHANGED_TEXT
                : out.request === 'not-given'
                  ? REQUEST_NOT_GIVEN_TEXT
                  : 'Request: not checked'}
            </li>
          )}
          <li className="text-xs text-muted [overflow-wrap:anywhere]">
            Expected signer {r.expectedSigner}
            {r.recoveredSigner ? `, recovered ${r.recoveredSigner}` : ''}
          </li>
        </ul>
      ) : null}
    </div>
  )
}
