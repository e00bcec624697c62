import { useState } from 'react'
import { CodeBlock } from '@/components/ui/code-block'
import type { Service } from '@/contracts/service'
import { buildSnippet, verificationSnippet, type SnippetLang } from '@/lib/catalog/snippets'
import { serviceUrlProblem } from '@/lib/safe-url'
import { ChoiceGroup } from './choice-group'

const LANGS: { value: SnippetLang; label: string }[] = [
  { value: 'curl', label: 'cURL' },
  { value: 'javascript', label: 'JavaScript' },
  { value: 'python', label: 'Python' },
]

/** "Build": request snippets with this service's real endpoint and model, and the verification step. */
export function BuildSnippets({ service }: { service: Service }) {
  const [lang, setLang] = useState<SnippetLang>('curl')
  const snippet = buildSnippet(lang, service)
  const verify = verificationSnippet(service)
  if (!snippet || !verify)
    return (
      <p className="text-sm text-muted">
        This service cannot be called ({serviceUrlProblem(service.url)}), so there is nothing to
        call.
      </p>
    )
  const label = LANGS.find((l) => l.value === lang)!.label
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted">
        Set <code className="font-mono">ZG_API_KEY</code> to an API key from the section below (any
        OpenAI-compatible client works with base URL <code className="font-mono">…/v1/proxy</code>).
      </p>
      <ChoiceGroup
        legend="Language"
        type="radio"
        options={LANGS}
        selected={[lang]}
        onChange={(v) => setLang(v[0] as SnippetLang)}
      />
      <CodeBlock title={`${label} request`} code={snippet} />
      <CodeBlock title="Verify a response (JavaScript, viem)" code={verify} />
    </div>
  )
}
