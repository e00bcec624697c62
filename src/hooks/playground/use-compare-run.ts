import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useAccount } from 'wagmi'
import { chatCompletion } from '@/api/provider-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useVerifyContext } from './use-verify-context'
import type { Service } from '@/contracts/service'
import type { StoredVerification } from '@/lib/playground/conversation'
import { toUserError } from '@/lib/errors/user-error'
import type { RunTimes } from '@/lib/playground/run-metrics'
import { feeFor } from '@/lib/protocol/pricing'
import { recordPaidResponse } from './record-paid-response'
import { useInferenceCall } from './use-inference-call'
import { verifyExchange } from '@/chain/playground/verify-exchange'

export interface Column {
  provider: string
  model: string
  text: string
  times: RunTimes
  fee: bigint | null
  error: string | null
  verification: StoredVerification | null
}

/**
 * One prompt to 2–4 chat services at once (each within its provider's request limit); every column
 * streams, is timed, priced and verified on its own. `columns` holds the live state.
 */
export function useCompareRun() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const ctx = useVerifyContext()
  const call = useInferenceCall()
  const [columns, setColumns] = useState<Column[]>([])
  const update = (provider: string, patch: (c: Column) => Partial<Column>) =>
    setColumns((cols) => cols.map((c) => (c.provider === provider ? { ...c, ...patch(c) } : c)))

  const mutation = useMutation({
    mutationKey: ['playground', 'compare'],
    meta: { silentError: true },
    mutationFn: async ({ services, prompt }: { services: Service[]; prompt: string }) => {
      if (!address) throw new Error('Connect a wallet first')
      const start = performance.now()
      setColumns(
        services.map((s) => ({
          provider: s.provider,
          model: s.model,
          text: '',
          times: { start, firstToken: null, end: null, outputTokens: null },
          fee: null,
          error: null,
          verification: null,
        })),
      )
      const body = (s: Service) => ({
        model: s.model,
        messages: [{ role: 'user', content: prompt }],
        stream: true,
      })
      await Promise.allSettled(
        services.map(async (s) => {
          try {
            const r = await call(s.provider, s.url, (t) =>
              chatCompletion(t, body(s), {
                onDelta: (d) =>
                  update(s.provider, (c) => ({
                    text: c.text + d,
                    times: { ...c.times, firstToken: c.times.firstToken ?? performance.now() },
                  })),
              }),
            )
            const end = performance.now()
            const u = r.usage
            const fee = u
              ? feeFor(s, {
                  kind: 'tokens',
                  inputTokens: BigInt(u.prompt_tokens),
                  outputTokens: BigInt(u.completion_tokens),
                })
              : null
            update(s.provider, (c) => ({
              times: { ...c.times, end, outputTokens: u?.completion_tokens ?? null },
              fee,
              verification: { status: 'verifying' },
            }))
            if (fee !== null && u)
              recordPaidResponse({
                id: r.chatId,
                chainId,
                user: address,
                provider: s.provider,
                model: s.model,
                kind: 'chat',
                fee,
                detail: `${u.prompt_tokens} in / ${u.completion_tokens} out tokens (side by side)`,
              })
            const v = await verifyExchange(ctx, s, r)
            update(s.provider, () => ({ verification: v.result }))
          } catch (error) {
            update(s.provider, () => ({ error: toUserError(error, 'inference').title }))
          }
        }),
      )
    },
  })
  return { ...mutation, columns }
}
