import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { ExternalLink } from '@/components/ui/external-link'
import { Step, type StepProps } from '@/components/ui/step'
import { ConnectWalletButton } from '@/components/wallet/connect-wallet-button'
import { paths } from '@/config/paths'
import { useFirstRunGuide, type GuideStepState } from '@/hooks/services/use-first-run-guide'

/** The 0G Compute Network's own guide to inference (SDK, CLI and the web UI). */
export const ZERO_G_COMPUTE_DOCS =
  'https://docs.0g.ai/developer-hub/building-on-0g/compute-network/inference'

const STATE_TEXT: Record<GuideStepState, string> = {
  done: 'Done',
  todo: 'To do',
  checking: 'Checking…',
}

/** A step of this guide, a card in a row: what to do while it is not done. */
function GuideStep({
  state,
  children,
  ...step
}: Pick<StepProps, 'n' | 'title' | 'children'> & { state: GuideStepState }) {
  return (
    <Step
      {...step}
      state={state}
      stateText={STATE_TEXT[state]}
      nameWithState
      className="min-w-0 flex-1 gap-1.5 rounded-md border border-border p-3"
    >
      {state === 'done' ? null : <div className="text-xs text-muted">{children}</div>}
    </Step>
  )
}

/**
 * First-run guidance on the marketplace: connect → fund → try, each step ticked from real state
 * (wallet, ledger and sub-accounts on chain, local usage records). Gone once every step is done or
 * when dismissed (remembered in this browser).
 */
export function FirstRunGuide() {
  const guide = useFirstRunGuide()
  if (!guide.visible) return null
  return (
    <Card aria-labelledby="first-run-heading" className="flex flex-col gap-3 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="first-run-heading" className="font-semibold">
          Get started
        </h2>
        <div className="flex items-center gap-3 text-sm">
          <ExternalLink href={ZERO_G_COMPUTE_DOCS}>0G Compute docs</ExternalLink>
          <Button variant="ghost" size="sm" onClick={guide.dismiss}>
            Dismiss guide
          </Button>
        </div>
      </div>
      <ol className="flex flex-col gap-2 text-sm md:flex-row">
        <GuideStep n={1} title="Connect a wallet" state={guide.connect}>
          <p className="mb-2">Your wallet pays providers and signs your requests.</p>
          <ConnectWalletButton />
        </GuideStep>
        <GuideStep n={2} title="Fund a provider" state={guide.fund}>
          Press <strong>Chat</strong> or <strong>Try</strong> on a service below: the Playground
          creates your ledger (at least 3 0G) and moves funds to that provider (at least 1 0G) in
          place. Or manage funds on the{' '}
          <Link to={paths.account} className="text-accent underline">
            Account
          </Link>{' '}
          page.
        </GuideStep>
        <GuideStep n={3} title="Try a service" state={guide.tryIt}>
          Send a prompt in the{' '}
          <Link to={paths.playground} className="text-accent underline">
            Playground
          </Link>
          : every reply is checked against the provider’s TEE signer. To call it from code, press{' '}
          <strong>Build</strong> on a service.
        </GuideStep>
      </ol>
    </Card>
  )
}
