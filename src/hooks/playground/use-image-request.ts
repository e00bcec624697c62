import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { postJson, postMultipart } from '@/api/provider-client'
import type { Service } from '@/contracts/service'
import type { GalleryItem } from '@/lib/playground/conversation'
import { useGallery } from './use-gallery'
import { usePaidExchange } from './use-paid-exchange'

export type ImageRequest =
  | { kind: 'generation'; service: Service; prompt: string; size: string; n: number }
  | {
      kind: 'edit'
      service: Service
      prompt: string
      file: { name: string; type: string; bytes: Uint8Array }
      /** data: URL of the original for the before/after view */
      source: string
    }

interface ImagesBody {
  data?: { b64_json?: string; url?: string }[]
}

/** Only inline images are shown (never a remote URL from the provider). */
function toDataUrls(body: ImagesBody): string[] {
  return (body.data ?? []).flatMap((d) =>
    d.b64_json
      ? [`data:image/png;base64,${d.b64_json}`]
      : d.url?.startsWith('data:image/')
        ? [d.url]
        : [],
  )
}

/**
 * Text-to-image and image editing as one mutation on the paid-exchange workflow: the result goes
 * to the local gallery with its exact fee and a "verifying" verdict, the usage is recorded, then
 * the verdict is filled in (a check cut by a reload resumes).
 */
export function useImageRequest() {
  const gallery = useGallery()
  const pay = usePaidExchange(gallery.verdicts)
  const [waitingMs, setWaitingMs] = useState<number | null>(null)
  const mutation = useMutation({
    mutationKey: ['playground', 'images'],
    meta: { silentError: true },
    mutationFn: async (req: ImageRequest): Promise<GalleryItem> => {
      const { service } = req
      const { saved } = await pay({
        service,
        send: (t) =>
          req.kind === 'generation'
            ? postJson<ImagesBody>(t, 'images/generations', {
                model: service.model,
                prompt: req.prompt,
                n: req.n,
                size: req.size,
                response_format: 'b64_json',
              })
            : postMultipart<ImagesBody>(
                t,
                'images/edits',
                { model: service.model, prompt: req.prompt, n: '1', response_format: 'b64_json' },
                [
                  {
                    field: 'image',
                    filename: req.file.name,
                    contentType: req.file.type,
                    bytes: req.file.bytes,
                  },
                ],
              ),
        callOptions: { onWait: setWaitingMs },
        // Billed per image received.
        usageOf: (exchange) => ({
          kind: 'images',
          count: BigInt(toDataUrls(exchange.json).length),
        }),
        kind: req.kind === 'edit' ? 'image-edit' : 'image',
        persist: async (paid, owner) => {
          setWaitingMs(null)
          const item: GalleryItem = {
            id: paid.id,
            ...owner,
            kind: req.kind,
            prompt: req.prompt,
            model: service.model,
            provider: service.provider,
            images: toDataUrls(paid.exchange.json),
            ...(req.kind === 'edit' ? { source: req.source } : {}),
            fee: (paid.fee ?? 0n).toString(),
            chatId: paid.chatId,
            verification: paid.verification,
            createdAt: Date.now(),
          }
          await gallery.save(item)
          return item
        },
      }).finally(() => setWaitingMs(null))
      return saved
    },
  })
  return { ...mutation, waitingMs, gallery }
}
