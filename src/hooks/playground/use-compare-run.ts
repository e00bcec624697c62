import { useMutation } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useAccount } from 'wagmi'
import { chatCompletion } from '@/api/provider-client'
import type { Service } from '@/contracts/service'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { toUserError } from '@/lib/errors/user-error'
import {
  newId,
  type CompareColumnRecord,
  type CompareRun,
  type StoredVerification,
} from '@/lib/playground/conversation'
import type { Receipt } from '@/lib/protocol/receipt'
import type { RunTimes } from '@/lib/playground/run-metrics'
import { chatUsage } from './use-chat'
import { useCompareRuns } from './use-compare-runs'
import { usePaidExchange } from './use-paid-exchange'
import { verdictRetry } from '@/lib/playground/paid-exchange'

export interface Column {
  id: string
  provider: string
  model: string
  text: string
  times: RunTimes
  fee: bigint | null
  error: string | null
  verification: StoredVerification | null
  receipt?: Receipt
}

/** What a column shows while its reply streams in (before it is stored). */
type Live = Pick<Column, 'text' | 'times'>

/** A stored column; one neither finished nor streaming in this page was cut by a reload. */
const toColumn = (c: CompareColumnRecord, live: Live | undefined): Column => ({
  ...c,
  ...live,
  fee: c.fee === null ? null : BigInt(c.fee),
  error:
    c.error ??
    (!live && c.times.end === null
      ? 'Interrupted: the page was left before the reply arrived'
      : null),
})

/**
 * One prompt to 2–4 chat services at once (each within its provider's request limit); every column
 * streams, is timed, priced and verified on its own, each a paid exchange of the one workflow. The
 * run is stored (IndexedDB) as it goes; `run` and `columns` are the latest run, also after a
 * reload, with the replies still streaming shown live.
 */
export function useCompareRun() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const { runs, save, patchColumn, verdicts } = useCompareRuns()
  const pay = usePaidExchange(verdicts)
  const [live, setLive] = useState<Record<string, Live>>({})
  const setColumnLive = (id: string, change: ((l: Live) => Live) | null) =>
    setLive((all) => {
      const { [id]: current, ...rest } = all
      return change && current ? { ...rest, [id]: change(current) } : rest
    })

  const mutation = useMutation({
    mutationKey: ['playground', 'compare'],
    meta: { silentError: true },
    mutationFn: async ({ services, prompt }: { services: Service[]; prompt: string }) => {
      if (!address) throw new Error('Connect a wallet first')
      const start = performance.now()
      const columns: CompareColumnRecord[] = services.map((s) => ({
        id: newId(),
        provider: s.provider,
        model: s.model,
        text: '',
        times: { start, firstToken: null, end: null, outputTokens: null },
        fee: null,
        error: null,
        verification: null,
      }))
      setLive(Object.fromEntries(columns.map((c) => [c.id, { text: '', times: c.times }])))
      const run: CompareRun = {
        id: newId(),
        chainId,
        user: address,
        prompt,
        columns,
        createdAt: Date.now(),
      }
      await save(run)
      const body = (s: Service) => ({
        model: s.model,
        messages: [{ role: 'user', content: prompt }],
        stream: true,
      })
      await Promise.allSettled(
        services.map(async (s, i) => {
          const column = columns[i]!
          let firstToken: number | null = null
          let streamed = ''
          try {
            await pay({
              id: column.id,
              service: s,
              send: (t) =>
                chatCompletion(t, body(s), {
                  onDelta: (d) => {
                    firstToken ??= performance.now()
                    streamed += d
                    const times = { ...column.times, firstToken }
                    setColumnLive(column.id, () => ({ text: streamed, times }))
                  },
                }),
              usageOf: chatUsage,
              kind: 'chat',
              note: 'side by side',
              persist: async (paid) => {
                const end = performance.now()
                await patchColumn(column.id, {
                  text: paid.exchange.content,
                  times: {
                    start,
                    firstToken,
                    end,
                    outputTokens: paid.exchange.usage?.completion_tokens ?? null,
                  },
                  fee: paid.fee === null ? null : paid.fee.toString(),
                  chatId: paid.chatId,
                  verification: paid.verification,
                })
                setColumnLive(column.id, null)
              },
            })
          } catch (error) {
            // What arrived before the failure stays visible next to the reason.
            await patchColumn(column.id, {
              error: toUserError(error, 'inference').title,
              text: streamed,
              times: { ...column.times, firstToken },
            })
            setColumnLive(column.id, null)
          }
        }),
      )
    },
  })
  const latest = runs[0] ?? null
  const columns = useMemo(
    () => latest?.columns.map((c) => toColumn(c, live[c.id])) ?? [],
    [latest, live],
  )
  // "Not verified: the provider gave no proof" → back to verifying; the resume step asks again.
  const retryVerdict = (c: Column) => verdictRetry(verdicts.patchVerdict, c.id, c.verification)
  return { ...mutation, run: latest, columns, retryVerdict }
}
