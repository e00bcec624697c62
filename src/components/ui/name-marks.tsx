import { cn } from '@/lib/cn'
import { nameFlag } from '@/lib/untrusted-text'
import { Badge } from './badge'

interface NameMarksProps {
  /** The service's model name from chain. */
  name: string
  /** "same URL as 0x12…ab" when another provider registered the same endpoint. */
  sameUrl?: string
  className?: string
}

/**
 * Warnings next to a service name that may impersonate another: a "non-ASCII name" badge (mixed
 * scripts, lookalike or invisible characters; the characters are named on hover) and a shared-URL
 * badge. Renders nothing for a plain ASCII name with its own URL.
 */
export function NameMarks({ name, sameUrl, className }: NameMarksProps) {
  const flag = nameFlag(name)
  if (!flag && !sameUrl) return null
  return (
    <span className={cn('inline-flex flex-wrap items-center gap-1 align-middle', className)}>
      {flag ? (
        <Badge
          tone="warning"
          data-name-flag={flag.kind}
          title={flag.note}
          className="cursor-help font-sans"
        >
          non-ASCII name
        </Badge>
      ) : null}
      {flag ? <span className="sr-only">({flag.note})</span> : null}
      {sameUrl ? (
        <Badge
          tone="warning"
          data-same-url=""
          title="Another provider registered the same endpoint URL. One of them may be impersonating the other: compare the provider addresses before you pay either."
          className="cursor-help font-sans"
        >
          {sameUrl}
        </Badge>
      ) : null}
    </span>
  )
}
