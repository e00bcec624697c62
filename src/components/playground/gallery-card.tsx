import { useState } from 'react'
import type { GalleryItem } from '@/lib/playground/conversation'
import { verdictRetry, type VerdictPatch } from '@/lib/playground/paid-exchange'
import { remoteImageUrl } from '@/lib/playground/stored-conversation'
import { TestId } from '@/lib/test-ids'
import { capText } from '@/lib/untrusted-text'
import { ReceiptButton } from './receipt-button'
import { ResponseCost } from './response-cost'
import { VerificationBadge } from './verification-badge'

/**
 * A stored image: data: and blob: URLs render directly; an http(s) URL (stored data is untrusted)
 * is fetched only after the user asks, without a referrer, like remote images in model output.
 */
function StoredImage({ src, alt }: { src: string; alt: string }) {
  const [load, setLoad] = useState(false)
  const remote = remoteImageUrl(src)
  if (!remote || load)
    return <img src={src} alt={alt} referrerPolicy="no-referrer" className="w-full rounded" />
  return (
    <button
      type="button"
      className="rounded border border-border px-2 py-0.5 text-xs text-muted hover:text-foreground"
      onClick={() => setLoad(true)}
    >
      Load image from {remote.host}
    </button>
  )
}

/** One generated or edited result: images (before/after for edits), download, cost, verdict. */
export function GalleryCard({
  item,
  onDelete,
  onRetryVerdict,
}: {
  item: GalleryItem
  onDelete: () => void
  /** Asks for the signature again ("no proof" verdicts; see `verdictRetry`). */
  onRetryVerdict?: () => void
}) {
  return (
    <figure
      data-testid={TestId.GalleryItem}
      className="flex flex-col gap-2 rounded-lg border border-border p-3"
    >
      <div className="grid grid-cols-2 gap-2">
        {item.source ? (
          <div>
            <p className="text-xs text-muted">Before</p>
            <StoredImage src={item.source} alt="Original upload" />
          </div>
        ) : null}
        {item.images.map((src, i) => (
          <div key={i}>
            {item.source ? <p className="text-xs text-muted">After</p> : null}
            <StoredImage src={src} alt={`Result ${i + 1} for “${item.prompt}”`} />
            <a
              href={src}
              download={`${item.kind}-${item.id}-${i + 1}.png`}
              className="text-xs text-accent underline"
            >
              Download
            </a>
          </div>
        ))}
      </div>
      <figcaption className="text-sm">{item.prompt}</figcaption>
      <div className="flex flex-wrap items-center gap-3">
        <VerificationBadge verification={item.verification} onRetry={onRetryVerdict} />
        <ResponseCost
          fee={item.fee}
          detail={`${item.images.length} image(s) · ${capText(item.model, 80)}`}
        />
        {item.receipt ? <ReceiptButton receipt={item.receipt} /> : null}
        <button type="button" onClick={onDelete} className="text-xs text-muted hover:text-danger">
          Delete
        </button>
      </div>
    </figure>
  )
}

/** The gallery items of one kind (generations or edits), newest as the store orders them. */
export function GallerySection({
  label,
  items,
  kind,
  onDelete,
  patchVerdict,
}: {
  label: string
  items: readonly GalleryItem[]
  kind: GalleryItem['kind']
  onDelete: (id: string) => void
  /** Where a retried "no proof" verdict is stored (the gallery's `patchVerdict`). */
  patchVerdict?: (id: string, patch: VerdictPatch) => unknown
}) {
  return (
    <section aria-label={label} className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {items
        .filter((i) => i.kind === kind)
        .map((item) => (
          <GalleryCard
            key={item.id}
            item={item}
            onDelete={() => onDelete(item.id)}
            onRetryVerdict={
              patchVerdict ? verdictRetry(patchVerdict, item.id, item.verification) : undefined
            }
          />
        ))}
    </section>
  )
}
