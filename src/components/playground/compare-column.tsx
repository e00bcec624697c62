import type { Column } from '@/hooks/playground/use-compare-run'
import { formatZeroG } from '@/lib/format'
import { runMetrics } from '@/lib/playground/run-metrics'
import { TestId } from '@/lib/test-ids'
import { VerificationBadge } from './verification-badge'

const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`)

/** One service's result in a side-by-side run: metrics, reply, cost, verdict. */
export function CompareColumn({ column }: { column: Column }) {
  const m = runMetrics(column.times)
  return (
    <section
      data-testid={TestId.CompareColumn}
      aria-label={column.model}
      className="flex flex-col gap-2 rounded-lg border border-border p-3"
    >
      <h3 className="text-sm font-medium">{column.model}</h3>
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
        <dd>{column.fee === null ? '–' : `${formatZeroG(column.fee)} 0G`}</dd>
      </dl>
      {column.error ? (
        <p role="alert" className="text-sm text-danger">
          {column.error}
        </p>
      ) : null}
      <p className="text-sm whitespace-pre-wrap">{column.text}</p>
      {column.verification ? <VerificationBadge verification={column.verification} /> : null}
    </section>
  )
}
