import { Link } from 'react-router'
import { playgroundHref, serviceBuildHref } from '@/config/paths'
import { cn } from '@/lib/cn'
import { capText } from '@/lib/untrusted-text'

/** "Chat" for chatbots, "Try" for every other service type (images, edits, speech). */
export function tryLabel(serviceType: string): 'Chat' | 'Try' {
  return serviceType === 'chatbot' ? 'Chat' : 'Try'
}

const linkClass =
  'inline-flex h-10 items-center rounded-md sm:h-7 border border-border bg-surface-raised px-2.5 text-xs font-medium hover:bg-surface-hover'

interface ServiceRowActionsProps {
  provider: string
  serviceType: string
  model: string
  className?: string
}

/**
 * A catalog row's two actions, as in the 0G docs' journey: Chat / Try opens the Playground on this
 * service (its tab selected), Build opens the service page at its integration guide.
 */
export function ServiceRowActions({
  provider,
  serviceType,
  model,
  className,
}: ServiceRowActionsProps) {
  const name = capText(model, 60) || 'this service'
  const label = tryLabel(serviceType)
  return (
    <span className={cn('flex flex-wrap gap-1.5', className)}>
      <Link
        to={playgroundHref(provider, serviceType)}
        className={linkClass}
        aria-label={`${label}: ${name} in the Playground`}
      >
        {label}
      </Link>
      <Link
        to={serviceBuildHref(provider)}
        className={linkClass}
        aria-label={`Build: integration guide for ${name}`}
      >
        Build
      </Link>
    </span>
  )
}
