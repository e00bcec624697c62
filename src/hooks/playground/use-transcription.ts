import { useMutation } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { postMultipart } from '@/api/provider-client'
import type { Service } from '@/contracts/service'
import type { Transcript } from '@/lib/playground/conversation'
import { usageText, verdictRetry } from '@/lib/playground/paid-exchange'
import type { Usage } from '@/lib/protocol/pricing'
import { usePaidExchange } from './use-paid-exchange'
import { useTranscripts } from './use-transcripts'

interface TranscriptionBody {
  text?: string
  usage?: { type?: string; seconds?: number; input_tokens?: number; output_tokens?: number }
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

/**
 * Speech-to-text of one audio file as a mutation on the paid-exchange workflow: the transcript is
 * stored (IndexedDB) with its cost and a "verifying" verdict, the usage is recorded, then the
 * verdict is filled in (a check cut by a reload resumes). `latest` is the newest stored transcript,
 * which the Speech tab shows again after a reload; `items` is the whole history, `open(id)` shows
 * an older one (`shown`) and `remove(id)` deletes one.
 */
export function useTranscription() {
  const transcripts = useTranscripts()
  const pay = usePaidExchange(transcripts.verdicts)
  const [waitingMs, setWaitingMs] = useState<number | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const mutation = useMutation({
    mutationKey: ['playground', 'transcription'],
    meta: { silentError: true },
    mutationFn: async (req: {
      service: Service
      file: { name: string; type: string; bytes: Uint8Array }
    }): Promise<Transcript> => {
      const { service, file } = req
      const { saved } = await pay({
        service,
        send: (t) =>
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
        callOptions: { onWait: setWaitingMs },
        usageOf: (exchange) => usageOf(exchange.json.usage),
        kind: 'transcription',
        persist: async (paid, owner) => {
          setWaitingMs(null)
          const transcript: Transcript = {
            id: paid.id,
            ...owner,
            provider: service.provider,
            model: service.model,
            fileName: file.name,
            text: typeof paid.exchange.json.text === 'string' ? paid.exchange.json.text : '',
            fee: (paid.fee ?? 0n).toString(),
            usageText: usageText(paid.usage),
            chatId: paid.chatId,
            verification: paid.verification,
            createdAt: Date.now(),
          }
          await transcripts.save(transcript)
          return transcript
        },
      }).finally(() => setWaitingMs(null))
      return saved
    },
    // A new transcript is shown in place of the one opened from the history.
    onSuccess: () => setOpenId(null),
  })
  const { items, remove: removeItem } = transcripts
  const latest = items[0] ?? null
  // The transcript opened from the history while it exists, else the newest; none while a new
  // one is on its way or failed.
  const current = items.find((t) => t.id === openId) ?? latest
  const shown = mutation.isPending || mutation.error ? null : current
  // "Not verified: the provider gave no proof" → back to verifying; the resume step asks again.
  const retryVerdict = shown
    ? verdictRetry(transcripts.verdicts.patchVerdict, shown.id, shown.verification)
    : undefined
  const { reset } = mutation
  const open = useCallback(
    (id: string) => {
      reset()
      setOpenId(id)
    },
    [reset],
  )
  const remove = useCallback((id: string) => void removeItem(id), [removeItem])
  return { ...mutation, waitingMs, latest, shown, items, open, remove, retryVerdict }
}
