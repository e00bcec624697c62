import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useAccount } from 'wagmi'
import { postMultipart } from '@/api/provider-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useVerifyContext } from './use-verify-context'
import type { Service } from '@/contracts/service'
import type { StoredVerification } from '@/lib/playground/conversation'
import { feeFor, type Usage } from '@/lib/protocol/pricing'
import type { Receipt } from '@/lib/protocol/receipt'
import { recordPaidResponse } from './record-paid-response'
import { useInferenceCall } from './use-inference-call'
import { verifyExchange } from '@/chain/playground/verify-exchange'

interface TranscriptionBody {
  text?: string
  usage?: { type?: string; seconds?: number; input_tokens?: number; output_tokens?: number }
}

export interface TranscriptionResult {
  text: string
  fee: bigint
  usageText: string
  chatId: string
}

/** The usage a provider reported, as pricing input; null when it reported none. */
function usageOf(u: TranscriptionBody['usage']): Usage | null {
  if (u?.type === 'duration' && typeof u.seconds === 'number')
    return { kind: 'duration', milliseconds: BigInt(Math.round(u.seconds * 1000)) }
  if (typeof u?.input_tokens === 'number' && typeof u.output_tokens === 'number')
    return {
      kind: 'tokens',
      inputTokens: BigInt(u.input_tokens),
      outputTokens: BigInt(u.output_tokens),
    }
  return null
}

/** Speech-to-text of one audio file as a mutation; the verdict arrives in `verification`. */
export function useTranscription() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const ctx = useVerifyContext()
  const call = useInferenceCall()
  const [waitingMs, setWaitingMs] = useState<number | null>(null)
  const [verification, setVerification] = useState<StoredVerification | null>(null)
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  const mutation = useMutation({
    mutationKey: ['playground', 'transcription'],
    meta: { silentError: true },
    mutationFn: async (req: {
      service: Service
      file: { name: string; type: string; bytes: Uint8Array }
    }) => {
      if (!address) throw new Error('Connect a wallet first')
      const { service, file } = req
      setVerification(null)
      setReceipt(null)
      const ex = await call(
        service.provider,
        service.url,
        (t) =>
          postMultipart<TranscriptionBody>(
            t,
            'audio/transcriptions',
            { model: service.model, response_format: 'json' },
            [
              {
                field: 'file',
                filename: file.name,
                contentType: file.type || 'application/octet-stream',
                bytes: file.bytes,
              },
            ],
          ),
        { onWait: setWaitingMs },
      ).finally(() => setWaitingMs(null))
      const usage = usageOf(ex.json.usage)
      const fee = usage ? feeFor(service, usage) : 0n
      const usageText = !usage
        ? 'no usage reported'
        : usage.kind === 'duration'
          ? `${Number(usage.milliseconds) / 1000} s audio`
          : usage.kind === 'tokens'
            ? `${usage.inputTokens} in / ${usage.outputTokens} out tokens`
            : ''
      if (usage)
        recordPaidResponse({
          id: ex.chatId,
          chainId,
          user: address,
          provider: service.provider,
          model: service.model,
          kind: 'transcription',
          fee,
          detail: usageText,
        })
      setVerification({ status: 'verifying' })
      void verifyExchange(ctx, service, ex).then((v) => {
        setVerification(v.result)
        if (v.receipt) setReceipt(v.receipt)
      })
      return {
        text: ex.json.text ?? '',
        fee,
        usageText,
        chatId: ex.chatId,
      } satisfies TranscriptionResult
    },
  })
  return { ...mutation, waitingMs, verification, receipt }
}
