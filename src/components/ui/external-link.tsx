import type { ReactNode } from 'react'

/** A link to another site, opened in a new tab without handing it this window (`noopener noreferrer`). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="text-accent underline">
      {children}
    </a>
  )
}
