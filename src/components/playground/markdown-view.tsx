import { Fragment, useState, type ReactNode } from 'react'
import { parseMarkdown, type Block, type Inline } from '@/lib/playground/markdown'
import { HighlightedCode } from './highlighted-code'

/** A remote image is fetched only after the user asks (model output is untrusted). */
function ClickToLoadImage({ src, alt }: { src: string | null; alt: string }) {
  const [load, setLoad] = useState(false)
  if (!src) return <span className="text-muted">[image: {alt || 'no safe URL'}]</span>
  if (load)
    return <img src={src} alt={alt} referrerPolicy="no-referrer" className="max-w-full rounded" />
  return (
    <button
      type="button"
      className="rounded border border-border px-2 py-0.5 text-xs text-muted hover:text-foreground"
      onClick={() => setLoad(true)}
    >
      Load image from {new URL(src).host}
      {alt ? ` (${alt})` : ''}
    </button>
  )
}

function inline(nodes: Inline[]): ReactNode {
  return nodes.map((n, i) => {
    switch (n.t) {
      case 'text':
        return <Fragment key={i}>{n.v}</Fragment>
      case 'code':
        return (
          <code key={i} className="rounded bg-surface-hover px-1 font-mono text-[0.9em]">
            {n.v}
          </code>
        )
      case 'strong':
        return <strong key={i}>{inline(n.c)}</strong>
      case 'em':
        return <em key={i}>{inline(n.c)}</em>
      case 'link':
        return n.href ? (
          <Fragment key={i}>
            <a
              href={n.href}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="text-accent underline"
            >
              {inline(n.c)}
            </a>
            {n.realHost ? ' ' : null}
            {n.realHost ? (
              <span
                data-real-host={n.realHost}
                title="The link text names another site than the one this link opens."
                className="rounded bg-warning/10 px-1 text-xs text-warning"
              >
                (opens {n.realHost})
              </span>
            ) : null}
          </Fragment>
        ) : (
          <span key={i}>
            {inline(n.c)}
            {n.refused ? ' ' : null}
            {n.refused ? (
              <span data-link-refused="" className="text-xs text-warning">
                ({n.refused})
              </span>
            ) : null}
          </span>
        )
      case 'image':
        return <ClickToLoadImage key={i} src={n.src} alt={n.alt} />
    }
  })
}

function block(b: Block, i: number): ReactNode {
  switch (b.t) {
    case 'p':
      return (
        <p key={i} className="whitespace-pre-wrap">
          {inline(b.c)}
        </p>
      )
    case 'h':
      return (
        <p key={i} className="font-semibold">
          {inline(b.c)}
        </p>
      )
    case 'code':
      return <HighlightedCode key={i} lang={b.lang} code={b.v} />
    case 'ul':
    case 'ol': {
      const List = b.t
      return (
        <List key={i} className={b.t === 'ul' ? 'list-disc pl-5' : 'list-decimal pl-5'}>
          {b.items.map((it, j) => (
            <li key={j}>{inline(it)}</li>
          ))}
        </List>
      )
    }
    case 'quote':
      return (
        <blockquote key={i} className="border-l-2 border-border pl-3 text-muted">
          {inline(b.c)}
        </blockquote>
      )
    case 'hr':
      return <hr key={i} className="border-border" />
  }
}

/** Renders untrusted Markdown as React elements (no HTML injection); lazy-loaded. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm leading-relaxed">
      {parseMarkdown(text).map(block)}
    </div>
  )
}
