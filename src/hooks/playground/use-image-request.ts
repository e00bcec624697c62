import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useAccount } from 'wagmi'
import { postJson, postMultipart } from '@/api/provider-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useVerifyContext } from './use-verify-context'
import type { Service } from '@/contracts/service'
import { newId, type GalleryItem } from '@/lib/playground/conversation'
import { feeFor } from '@/lib/protocol/pricing'
import { recordPaidResponse } from './record-paid-response'
import { useGallery } from './use-gallery'
import { useInferenceCall } from './use-inference-call'
import { expectedTextOf, verifyOnce } from '@/chain/playground/verify-exchange'

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
 * Text-to-image and image editing as one mutation: the result goes to the local gallery with its
 * exact fee and a "verifying" verdict, the usage is recorded, then the verdict is filled in.
 */
export function useImageRequest() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const ctx = useVerifyContext()
  const call = useInferenceCall()
  const gallery = useGallery()
  const [waitingMs, setWaitingMs] = useState<number | null>(null)
  const mutation = useMutation({
    mutationKey: ['playground', 'images'],
    meta: { silentError: true },
    mutationFn: async (req: ImageRequest): Promise<GalleryItem> => {
      if (!address) throw new Error('Connect a wallet first')
      const { service } = req
      const exchange = await call(
        service.provider,
        service.url,
        (t) =>
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
        { onWait: setWaitingMs },
      ).finally(() => setWaitingMs(null))
      const images = toDataUrls(exchange.json)
      const fee = feeFor(service, { kind: 'images', count: BigInt(images.length) })
      const item: GalleryItem = {
        id: newId(),
        chainId,
        user: address,
        kind: req.kind,
        prompt: req.prompt,
        model: service.model,
        provider: service.provider,
        images,
        ...(req.kind === 'edit' ? { source: req.source } : {}),
        fee: fee.toString(),
        chatId: exchange.chatId,
        verification: { status: 'verifying', expectedText: expectedTextOf(exchange) },
        createdAt: Date.now(),
      }
      await gallery.save(item)
      recordPaidResponse({
        id: exchange.chatId || item.id,
        chainId,
        user: address,
        provider: service.provider,
        model: service.model,
        kind: req.kind === 'edit' ? 'image-edit' : 'image',
        fee,
        detail: `${images.length} image${images.length === 1 ? '' : 's'}`,
      })
      void verifyOnce(item.id, ctx, service, exchange).then(
        (v) =>
          v &&
          gallery.patch(item.id, {
            verification: v.result,
            ...(v.receipt ? { receipt: v.receipt } : {}),
          }),
      )
      return item
    },
  })
  return { ...mutation, waitingMs, gallery }
}
