import { CodeBlock } from '@/components/ui/code-block'
import { tokenize, type TokenKind } from '@/lib/playground/highlight'

const colors: Record<TokenKind, string> = {
  comment: 'text-muted italic',
  string: 'text-success',
  number: 'text-warning',
  keyword: 'text-accent',
  plain: '',
}

/** A fenced code block of a reply: highlighted, titled by its language, with "Copy code". */
export function HighlightedCode({ code, lang }: { code: string; lang: string }) {
  return (
    <CodeBlock title={lang || 'code'} code={code} copyWhat="code">
      {tokenize(code).map((t, i) => (
        <span key={i} className={colors[t.kind]}>
          {t.text}
        </span>
      ))}
    </CodeBlock>
  )
}
