import { CopyButton } from './copy-button'

/** A titled, copyable code block (plain text: snippets carry quoted chain strings). */
export function CodeBlock({ title, code }: { title: string; code: string }) {
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="flex items-center justify-between gap-2 text-sm font-medium">
        {title}
        <CopyButton text={code} label={`Copy ${title}`} />
      </figcaption>
      <pre
        aria-label={title}
        className="max-h-96 overflow-auto rounded-md border border-border bg-surface p-3 font-mono text-xs whitespace-pre"
      >
        <code>{code}</code>
      </pre>
    </figure>
  )
}
