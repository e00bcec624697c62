import { Fragment, useState } from 'react'
import { EmptyState } from '@/components/feedback/empty-state'
import { QueryError } from '@/components/feedback/query-error'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { Badge, type BadgeProps } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { useSettlementAudit } from '@/hooks/ledger/use-settlement-audit'
import { shortAddress, zeroGText } from '@/lib/format'
import { auditToCsv, type AuditResponse, type ProviderAudit } from '@/lib/ledger/settlement-audit'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { capText } from '@/lib/untrusted-text'
import { CsvHeader } from './csv-header'
import { LedgerTableHead } from './ledger-table-head'

/** The verdict in words, exact to the neuron. */
export function auditStatusText(a: ProviderAudit): string {
  switch (a.status) {
    case 'matched':
      return `Matched: ${zeroGText(a.settled)}`
    case 'over-charged':
      return `Over-charged by ${zeroGText(a.difference)}`
    case 'under-charged':
      return `Under-charged by ${zeroGText(a.difference)}`
    case 'not-settled':
      return 'Not settled yet'
  }
}

const STATUS_TONE: Record<ProviderAudit['status'], BadgeProps['tone']> = {
  matched: 'success',
  'over-charged': 'warning',
  'under-charged': 'accent',
  'not-settled': 'neutral',
}

const time = (ms: number) => new Date(ms).toLocaleString()

function ResponsesTable({ responses }: { responses: readonly AuditResponse[] }) {
  return (
    <table aria-label="Audited responses" className="w-full text-xs">
      <LedgerTableHead
        headers={['Time', 'Model', 'Chat id', 'Recorded fee', 'Settlement', 'Verdict']}
      />
      <tbody>
        {responses.map((r) => (
          <tr key={r.id} className="border-t border-border">
            <td className="py-1 pr-3 whitespace-nowrap">{time(r.at)}</td>
            <td className="py-1 pr-3">{r.model}</td>
            <td className="max-w-48 truncate py-1 pr-3 font-mono" title={r.chatId}>
              {r.chatId ?? '—'}
            </td>
            <td className="py-1 pr-3 font-mono">
              <ZeroGAmount value={r.fee} />
            </td>
            <td className="py-1 pr-3 font-mono">
              {r.settlement ? shortAddress(r.settlement, 6) : 'unsettled'}
            </td>
            <td className="py-1">{r.verdict ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Per provider, the fees recorded in this browser against what its settlements took on chain:
 * matched, over-charged or under-charged (exact), what is still unsettled, the responses, CSV.
 */
export function SettlementAuditCard({ services }: { services: ReadonlyMap<string, ServiceInfo> }) {
  const { audits, chain, isPending } = useSettlementAudit()
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const name = (p: string) => {
    const model = services.get(p.toLowerCase())?.model
    return model === undefined ? shortAddress(p) : capText(model, 80)
  }
  const toggle = (p: string) =>
    setOpen((s) => {
      const next = new Set(s)
      if (!next.delete(p)) next.add(p)
      return next
    })
  return (
    <Card aria-label="Settlement audit" className="flex flex-col gap-3 p-5">
      <CsvHeader title="Audit" file="0g-settlement-audit.csv" rows={audits} toCsv={auditToCsv}>
        Export audit CSV
      </CsvHeader>
      <p className="max-w-3xl text-xs text-muted">
        Compares the fees this browser recorded for its responses with what each provider’s
        settlements took from your sub-account on chain since the first of them. The chain records
        one total per settlement, not per request, so a response counts in the first settlement
        after it, and responses from other apps or browsers using this account cannot be seen here
        (they would show as over-charged).
      </p>
      {chain.error ? <QueryError error={chain.error} onRetry={() => void chain.refetch()} /> : null}
      {audits.length === 0 ? (
        <EmptyState title={isPending ? 'Reading settlements…' : 'Nothing to audit yet'}>
          Responses you pay for in the Playground are recorded in this browser and compared with the
          providers’ settlements here.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table aria-label="Settlement audit" className="w-full text-sm">
            <LedgerTableHead
              headers={['Provider', 'Status', 'Recorded', 'Settled', 'Unsettled', 'Responses']}
            />
            <tbody>
              {audits.map((a) => {
                const key = a.provider.toLowerCase()
                const expanded = open.has(key)
                return (
                  <Fragment key={key}>
                    <tr data-provider={a.provider} className="border-t border-border">
                      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                        {name(a.provider)}
                      </th>
                      <td data-audit-status={a.status} className="py-1.5 pr-3">
                        <Badge tone={STATUS_TONE[a.status]}>{auditStatusText(a)}</Badge>
                      </td>
                      <td className="py-1.5 pr-3 font-mono">
                        <ZeroGAmount value={a.recorded} />
                      </td>
                      <td className="py-1.5 pr-3 font-mono">
                        <ZeroGAmount value={a.settled} />
                      </td>
                      <td className="py-1.5 pr-3 font-mono">
                        <ZeroGAmount value={a.unsettled} />
                      </td>
                      <td className="py-1.5">
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-expanded={expanded}
                          onClick={() => toggle(key)}
                        >
                          {expanded ? 'Hide' : 'Show'} {a.responses.length}
                        </Button>
                      </td>
                    </tr>
                    {expanded ? (
                      <tr>
                        <td colSpan={6} className="pb-3">
                          <ResponsesTable responses={a.responses} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  )
}
