import { Link } from 'react-router'
import { BUILD_SECTION_ID, playgroundHref } from '@/config/paths'
import { tryLabel } from './service-row-actions'

const linkClass =
  'inline-flex h-10 items-center rounded-md border border-border bg-surface-raised px-4 text-sm font-medium hover:bg-surface-hover'

/**
 * Actions from a service page: Chat / Try opens it in the Playground (which picks the tab by its
 * type), Build jumps to the integration guide below, Compare adds it to a comparison.
 */
export function ServiceActions({
  provider,
  serviceType,
}: {
  provider: string
  serviceType: string
}) {
  const label = tryLabel(serviceType)
  return (
    <div className="flex flex-wrap gap-2">
      <Link
        to={playgroundHref(provider)}
        className={linkClass}
        aria-label={`${label}: open in Playground`}
      >
        {label}
      </Link>
      <a
        href={`#${BUILD_SECTION_ID}`}
        className={linkClass}
        aria-label="Build: integration guide"
        onClick={(e) => {
          // A hash route: the fragment is not the document's own, so scroll by hand.
          e.preventDefault()
          scrollToSection(BUILD_SECTION_ID)
        }}
      >
        Build
      </a>
      <Link to={`/?cmp=${encodeURIComponent(provider)}`} className={linkClass}>
        Compare with others
      </Link>
    </div>
  )
}

/** Scrolls a section into view and moves focus to it (so keyboard and screen readers follow). */
export function scrollToSection(id: string) {
  const el = document.getElementById(id)
  if (!el) return
  el.scrollIntoView({ block: 'start' })
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
  el.focus({ preventScroll: true })
}
