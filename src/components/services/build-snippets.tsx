import { useState, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { CodeBlock } from '@/components/ui/code-block'
import { Step } from '@/components/ui/step'
import type { Service } from '@/contracts/service'
import type { GuideStepState } from '@/hooks/services/use-first-run-guide'
import { useBuildGuide } from '@/hooks/services/use-build-guide'
import {
  buildSnippet,
  cliSnippet,
  sdkSnippet,
  SDK_PACKAGE,
  verificationSnippet,
  type ChainTarget,
  type SnippetLang,
} from '@/lib/catalog/snippets'
import { serviceUrlProblem } from '@/lib/safe-url'
import { ChoiceGroup } from './choice-group'
import { scrollToSection } from './service-actions'

type CallLang = SnippetLang | 'cli' | 'sdk'

const LANGS: { value: CallLang; label: string }[] = [
  { value: 'curl', label: 'cURL' },
  { value: 'javascript', label: 'JavaScript' },
  { value: 'python', label: 'Python' },
  { value: 'cli', label: 'CLI' },
  { value: 'sdk', label: 'SDK' },
]

/** Calling and verifying happen in the user's own code: the page cannot see them, so no tick. */
type StepState = GuideStepState | 'yours'

const STATE_TEXT: Record<StepState, string> = {
  done: 'Done',
  todo: 'To do',
  checking: 'Checking…',
  yours: 'In your code',
}

/** "✓ what" when done, else "○ what" (or "… what" while it is read). */
function Check({ state, children }: { state: GuideStepState; children: ReactNode }) {
  return (
    <li data-state={state}>
      <span aria-hidden="true">{state === 'done' ? '✓' : state === 'checking' ? '…' : '○'}</span>{' '}
      {children}
      <span className="sr-only">: {STATE_TEXT[state].toLowerCase()}</span>
    </li>
  )
}

function GuideStep({
  n,
  title,
  state,
  children,
}: {
  n: number
  title: string
  state: StepState
  children: ReactNode
}) {
  return (
    <Step
      n={n}
      title={title}
      state={state}
      stateText={STATE_TEXT[state]}
      nameWithState
      className="gap-2 border-t border-border pt-4 first:border-t-0 first:pt-0"
    >
      <div className="flex flex-col gap-3 text-sm">{children}</div>
    </Step>
  )
}

const both = (a: GuideStepState, b: GuideStepState): GuideStepState =>
  a === 'done' && b === 'done' ? 'done' : a === 'checking' || b === 'checking' ? 'checking' : 'todo'

function callSnippet(lang: CallLang, service: Service, target: ChainTarget): string | null {
  if (lang === 'cli') return cliSnippet(service, target)
  if (lang === 'sdk') return sdkSnippet(service, target)
  return buildSnippet(lang, service)
}

/**
 * "Build": the integration guide. Fund → get a key → call → verify, the first two ticked from real
 * state (ledger, the sub-account with this provider, this browser's API keys); the snippets carry
 * this service's real endpoint, model and provider.
 */
export function BuildSnippets({ service }: { service: Service }) {
  const [lang, setLang] = useState<CallLang>('curl')
  const guide = useBuildGuide(service.provider)
  const snippet = callSnippet(lang, service, guide.target)
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
    <ol className="flex flex-col gap-4">
      <GuideStep n={1} title="Fund" state={both(guide.ledger, guide.subAccount)}>
        <ul className="flex flex-col gap-1">
          <Check state={guide.ledger}>Your ledger exists (at least 3 0G)</Check>
          <Check state={guide.subAccount}>
            Your sub-account with this provider has at least 1 0G spendable (above the 1 0G the
            provider keeps in reserve)
          </Check>
        </ul>
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => scrollToSection('section-fund-this-provider')}
          >
            Go to Fund this provider
          </Button>
        </div>
      </GuideStep>
      <GuideStep n={2} title="Get a key" state={guide.key}>
        <p>
          Create an API key in <strong>API keys</strong> (a token signed by your wallet, no
          transaction), or with the CLI&apos;s{' '}
          <code className="font-mono">inference get-secret</code> (the CLI tab below). Ticked when
          this browser holds a key for this provider that is not expired or revoked.
        </p>
        <div>
          <Button variant="secondary" size="sm" onClick={() => scrollToSection('section-api-keys')}>
            Go to API keys
          </Button>
        </div>
      </GuideStep>
      <GuideStep n={3} title="Call" state="yours">
        <p className="text-muted">
          cURL, JavaScript and Python read the key from{' '}
          <code className="font-mono">ZG_API_KEY</code> (any OpenAI-compatible client works with
          base URL <code className="font-mono">…/v1/proxy</code>). The CLI ({SDK_PACKAGE}) has no
          command that sends a request: it makes the key (
          <code className="font-mono">get-secret</code>, the RPC from{' '}
          <code className="font-mono">ZG_RPC_ENDPOINT</code>, this network&apos;s contracts as
          flags, your private key only from its own <code className="font-mono">login</code>), then
          calls with cURL. The SDK script signs each request with{' '}
          <code className="font-mono">ZG_PRIVATE_KEY</code>&apos;s wallet and checks the answer with{' '}
          <code className="font-mono">processResponse</code>.
        </p>
        <ChoiceGroup
          legend="Language"
          type="radio"
          options={LANGS}
          selected={[lang]}
          onChange={(v) => setLang(v[0] as CallLang)}
        />
        <CodeBlock title={`${label} request`} code={snippet} />
      </GuideStep>
      <GuideStep n={4} title="Verify" state="yours">
        <p className="text-muted">
          Check a response&apos;s signature (its <code className="font-mono">ZG-Res-Key</code>)
          against the TEE signer on chain. The SDK script does this itself.
        </p>
        <CodeBlock title="Verify a response (JavaScript, viem)" code={verify} />
      </GuideStep>
    </ol>
  )
}
