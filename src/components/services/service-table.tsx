import { Fragment, memo, useLayoutEffect, useMemo } from 'react'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { Service } from '@/contracts/service'
import { useBrowserLatency } from '@/hooks/services/use-browser-latency'
import { useRowsNearScreen } from '@/hooks/services/use-rows-near-screen'
import { useStatusApi } from '@/hooks/services/use-status-api'
import { byCheapest } from '@/lib/catalog/filter-services'
import { rankGroup, type GroupRank } from '@/lib/catalog/group-ranks'
import { statusOf } from '@/lib/catalog/status-report'
import { ChainText } from '@/components/ui/chain-text'
import { firstRowsOfGroups, type GroupSlice } from '@/lib/catalog/group-services'
import { sameUrlText } from '@/lib/catalog/lookalike'
import { BootMark, markOnce } from '@/lib/boot-marks'
import { TestId } from '@/lib/test-ids'
import { ServiceRow, type ChangeMark } from './service-row'

const columns: readonly { label: string; align: 'left' | 'right'; hint?: string }[] = [
  { label: 'Model', align: 'left' },
  { label: 'Type', align: 'left' },
  { label: 'Verification', align: 'left' },
  { label: 'Provider', align: 'left' },
  { label: 'Input price', align: 'right' },
  { label: 'Output price', align: 'right' },
  { label: 'Signer ack.', align: 'left', hint: 'TEE signer acknowledged by the contract owner' },
  {
    label: 'Use · health · compare',
    align: 'left',
    hint: "Chat or Try it in the Playground, Build with it; the status API's health, uptime and average response time, and the latency and failures measured by this browser; pick 2–4 services to compare",
  },
]

interface ServiceTableProps {
  /** Model view: groups with a heading row each; provider view: one group holding every row. */
  groups: readonly GroupSlice<Service>[]
  showGroupHeadings: boolean
  markOf: (provider: string) => ChangeMark
  /** Per lower-case provider, the other providers registered with the same URL. */
  shared: ReadonlyMap<string, readonly string[]>
  /** Providers picked for comparison, lowercase. */
  compared: ReadonlySet<string>
  onCompare: (provider: Service['provider'], on: boolean) => void
}

/**
 * The services table; accessible name "Services", one body row per service. In the model view a
 * model offered by several providers gets a heading row above its providers (cheapest first).
 */
export const ServiceTable = memo(function ServiceTable({
  groups,
  showGroupHeadings,
  markOf,
  shared,
  compared,
  onCompare,
}: ServiceTableProps) {
  const { chainId } = useSupportedChain()
  const { data: statuses, source } = useStatusApi()
  const browserMs = useBrowserLatency(chainId)
  // Marks only where a whole model group is on this page (a group split across pages has members
  // elsewhere to compare with); computed once per group, not per row, and kept while the inputs
  // are unchanged so memoized rows keep the same `ranks` array.
  const ranksByProvider = useMemo(() => {
    const out = new Map<string, readonly GroupRank[]>()
    if (!showGroupHeadings) return out
    for (const g of groups) {
      if (g.size < 2 || g.size !== g.services.length || g.continued) continue
      const { ranks } = rankGroup(g.services.length, {
        byPrice: (a, b) => byCheapest(g.services[a]!, g.services[b]!),
        statusMs: (i) =>
          statusOf(statuses, g.services[i]!.provider, g.services[i]!.model)?.avgMs ?? null,
        browserMs: (i) => browserMs(g.services[i]!.provider),
      })
      g.services.forEach((s, i) => out.set(s.provider, ranks[i]!))
    }
    return out
  }, [groups, showGroupHeadings, statuses, browserMs])
  useLayoutEffect(() => markOnce(BootMark.firstRows), [])
  const total = useMemo(() => groups.reduce((n, g) => n + g.services.length, 0), [groups])
  // The rows near the screen: a page of 50 has ~1 650 elements, a phone's screen shows ~8 rows.
  const { shown, setEnd, showAll } = useRowsNearScreen(total)
  const shownGroups = useMemo(
    () => (shown >= total ? groups : firstRowsOfGroups(groups, shown)),
    [groups, shown, total],
  )
  return (
    <div className="overflow-x-auto">
      <table aria-label="Services" className="w-full text-sm">
        <thead className="text-xs text-muted uppercase">
          <tr>
            {columns.map((c, i) => (
              <th
                key={c.label}
                // The paint of the table's first frame (its rows come in the same commit), for
                // the bench: Element Timing reports when this text was first painted.
                {...(i === 0 ? { elementtiming: BootMark.rowsPaint } : {})}
                scope="col"
                className={`px-3 py-2 align-bottom font-medium ${c.align === 'right' ? 'text-right' : 'text-left'}`}
                title={c.hint}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shownGroups.map((g) => (
            <Fragment key={g.key}>
              {showGroupHeadings && g.size > 1 ? (
                <tr data-testid={TestId.ModelGroup} className="border-t border-border bg-surface">
                  <td colSpan={columns.length} className="px-4 py-2 text-xs text-muted">
                    <ChainText value={g.model} wrap className="font-medium text-foreground" /> ·{' '}
                    {g.size} providers, cheapest first{g.continued ? ' (continued)' : ''}
                  </td>
                </tr>
              ) : null}
              {g.services.map((service) => (
                <ServiceRow
                  key={service.provider}
                  service={service}
                  chainId={chainId}
                  status={statusOf(statuses, service.provider, service.model)}
                  statusSource={source}
                  ranks={ranksByProvider.get(service.provider)}
                  mark={markOf(service.provider)}
                  sameUrl={sameUrlText(shared.get(service.provider.toLowerCase()))}
                  isCompared={compared.has(service.provider.toLowerCase())}
                  canCompareMore={compared.size < 4}
                  onCompare={onCompare}
                />
              ))}
            </Fragment>
          ))}
          {shown < total ? (
            <tr ref={setEnd} data-testid={TestId.MoreRows}>
              <td colSpan={columns.length} className="px-3 py-3 text-xs text-muted">
                <button
                  type="button"
                  onClick={showAll}
                  className="underline hover:text-foreground focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none"
                >
                  Show the other {total - shown} {total - shown === 1 ? 'service' : 'services'} of
                  this page
                </button>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
})
