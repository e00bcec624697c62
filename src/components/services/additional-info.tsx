/** The raw `additionalInfo` from chain, inert: parsed keys when it is JSON, else a note; capped. */
export function AdditionalInfo({ value }: { value: string }) {
  let keys: string[] | null = null
  try {
    const parsed: unknown = JSON.parse(value)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      keys = Object.keys(parsed).slice(0, 50)
  } catch {
    keys = null
  }
  const shown = value.length > 4000 ? `${value.slice(0, 4000)}…` : value
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted">
        Provider details (additionalInfo, {value.length} characters
        {keys === null ? ', not valid JSON' : `, keys: ${keys.join(', ').slice(0, 300)}`})
      </summary>
      <pre className="mt-2 max-h-64 overflow-auto rounded-md border border-border bg-surface p-3 font-mono text-xs break-all whitespace-pre-wrap">
        {shown || '(empty)'}
      </pre>
    </details>
  )
}
