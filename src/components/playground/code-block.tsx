import { useState } from 'react'
import { tokenize, type TokenKind } from '@/lib/playground/highlight'

const colors: Record<TokenKind, string> = {
  comment: 'text-muted italic',
  string: 'text-success',
  number: 'text-warning',
  keyword: 'text-accent',
  plain: '',
}

/** A highlighted code block with a copy button. */
export function CodeBlock({ code, lang }: { code: string; lang: string }) {
  const [copied, setCopied] = useState(false)
  const copy = () =>
    void navigator.clipboard.writeText(code).then(() => {
      setCopied(true)
      setTimeout(() => setCopied(false), 1500)
    })
  return (
    <div className="relative rounded-md border border-border bg-background">
      <div className="flex items-center justify-between border-b border-border px-3 py-1 text-xs text-muted">
        <span>{lang || 'code'}</span>
        <button type="button" onClick={copy} className="hover:text-foreground">
          {copied ? 'Copied' : 'Copy code'}
        </button>
      </div>
      <pre className="overflow-x-auto p-3 font-mono text-xs">
        <code>
          {tokenize(code).map((t, i) => (
            <span key={i} className={colors[t.kind]}>
              {t.text}
            </span>
          ))}
        </code>
      </pre>
    </div>
  )
}
