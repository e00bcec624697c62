import { ChainText } from '@/components/ui/chain-text'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { NameMarks } from '@/components/ui/name-marks'
import type { Column } from '@/hooks/playground/use-compare-run'
import { shortAddress } from '@/lib/format'
import { runMetrics } from '@/lib/playground/run-metrics'
import { TestId } from '@/lib/test-ids'
import { capText, stripBidi } from '@/lib/untrusted-text'
import { VerificationBadge } from './verification-badge'

const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`)

/**
 * One service's result in a side-by-side run: model (capped) and provider, metrics, reply, cost,
 * verdict. `sameUrl`: another provider registered the same endpoint.
 */
export function CompareColumn({
  column,
  sameUrl,
  onRetryVerdict,
}: {
  column: Column
  sameUrl?: string
  /** Asks for the signature again ("no proof" verdicts). */
  onRetryVerdict?: () => void
}) {
  const m = runMetrics(column.times)
  return (
    <section
      data-testid={TestId.CompareColumn}
      aria-label={`${capText(column.model) || '(no model name)'} · ${shortAddress(column.provider)}`}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-border p-3 [overflow-wrap:anywhere]"
    >
      <h3 className="flex min-w-0 flex-wrap items-center gap-x-2 text-sm font-medium">
        <ChainText value={column.model} empty="(no model name)" />
        <span className="font-mono text-xs font-normal text-muted" title={column.provider}>
          {shortAddress(column.provider)}
        </span>
      </h3>
      <NameMarks name={column.model} sameUrl={sameUrl} className="self-start" />
      <dl className="grid grid-cols-2 gap-x-2 text-xs text-muted">
        <dt>Time to first token</dt>
        <dd>{ms(m.ttftMs)}</dd>
        <dt>Total time</dt>
        <dd>{ms(m.totalMs)}</dd>
        <dt>Tokens</dt>
        <dd>{column.times.outputTokens ?? '–'}</dd>
        <dt>Tokens/s</dt>
        <dd>{m.tokensPerSecond === null ? '–' : m.tokensPerSecond.toFixed(1)}</dd>
        <dt>Cost</dt>
        <dd>{column.fee === null ? '–' : <ZeroGAmount value={column.fee} />}</dd>
      </dl>
      {column.error ? (
        <p role="alert" className="text-sm text-danger">
          {column.error}
        </p>
      ) : null}
      <p className="text-sm whitespace-pre-wrap">{stripBidi(column.text)}</p>
      {column.verification ? (
        <VerificationBadge verification={column.verification} onRetry={onRetryVerdict} />
      ) : null}
    </section>
  )
}
