import type { ReactNode } from 'react'
import type { Address } from 'viem'
import { TxStatus } from '@/components/feedback/tx-status'
import { Step, type StepProps } from '@/components/ui/step'
import type { TxFlowState } from '@/hooks/chain/tx-flow-state'
import { useCreateLedger } from '@/hooks/ledger/use-ledger-writes'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import type { FundsStatus } from '@/hooks/playground/use-provider-funds'
import { atLeast, atMost, MIN_LEDGER_BALANCE, MIN_PROVIDER_BALANCE } from '@/lib/amount-rules'
import { formatZeroG } from '@/lib/format'
import { AmountTxForm } from './amount-tx-form'

type StepState = 'done' | 'active' | 'busy' | 'waiting'

const STATE_TEXT: Record<StepState, string> = {
  done: 'Done',
  active: 'To do',
  busy: 'In progress',
  waiting: 'After the step above',
}

/** A step of this guide: its form while it is to do, its transaction's final status once done. */
function GuideStep({
  state,
  outcome,
  children,
  ...step
}: Pick<StepProps, 'n' | 'title' | 'children'> & {
  state: StepState
  /** Shown once the step is done (its transaction's final status, when it ran here). */
  outcome?: ReactNode
}) {
  return (
    <Step
      {...step}
      state={state}
      stateText={STATE_TEXT[state]}
      className="gap-2 border-t border-border pt-2 first:border-t-0 first:pt-0"
    >
      {state === 'active' || state === 'busy' ? children : state === 'done' ? outcome : null}
    </Step>
  )
}

interface FundingGuideProps {
  provider: Address
  /** Show the ledger step (the wallet had no ledger when the guide opened). */
  withLedgerStep: boolean
  hasLedger: boolean
  /** neuron available in the ledger */
  available: bigint
  walletBalance: bigint | null
  funds: FundsStatus
  /** neuron that can still be spent with the provider */
  spendable: bigint | null
  /** Words for the last step: "send a prompt", "generate an image"… */
  ready: string
  onChanged: () => void
}

/**
 * The Playground's funding in place: create the ledger (at least 3 0G) if there is none, move
 * funds to this provider's sub-account (at least 1 0G for a new one), then ready. Each step shows
 * its live state and its transaction's phases, through the one transaction flow.
 */
export function FundingGuide(p: FundingGuideProps) {
  const create = useCreateLedger()
  const transfer = useTransferFund()
  const funded = p.funds === 'ok'
  const ledgerStep: StepState = p.hasLedger ? 'done' : create.isBusy ? 'busy' : 'active'
  const fundStep: StepState = funded
    ? 'done'
    : !p.hasLedger
      ? 'waiting'
      : transfer.isBusy
        ? 'busy'
        : 'active'
  const after = (state: TxFlowState) => {
    if (state.phase === 'confirmed') p.onChanged()
  }
  const n = p.withLedgerStep ? 1 : 0
  return (
    <section
      aria-label="Get ready to use this service"
      className="rounded-md border border-accent/40 bg-accent/5 p-3 text-sm"
    >
      <p role="status" className="mb-2 text-muted">
        {funded
          ? 'This provider now holds funds for your requests.'
          : p.withLedgerStep
            ? 'To use a provider you need a ledger (your prepaid 0G balance on the network) and funds with that provider.'
            : p.funds === 'low'
              ? `Only ${formatZeroG(p.spendable ?? 0n)} 0G can still be spent with this provider: providers keep 1 0G in reserve, so requests will be refused.`
              : 'You have no funds with this provider yet: move some from your ledger.'}
      </p>
      <ol className="flex flex-col gap-2">
        {p.withLedgerStep ? (
          <GuideStep
            n={1}
            title="Create your ledger"
            state={ledgerStep}
            outcome={<TxStatus state={create.state} onRetry={create.retry} />}
          >
            <AmountTxForm
              name="Create ledger"
              label="First deposit (0G)"
              initial="3"
              hint="At least 3 0G, from your wallet."
              checks={[
                ...(p.walletBalance === null
                  ? []
                  : [atMost(p.walletBalance, 'your wallet balance')]),
                atLeast(MIN_LEDGER_BALANCE, 'A new ledger'),
              ]}
              submitLabel="Create ledger"
              flow={create}
              onSubmit={(v) => void create.create(v).then(after)}
            />
          </GuideStep>
        ) : null}
        <GuideStep
          n={n + 1}
          title="Fund this provider"
          state={fundStep}
          outcome={<TxStatus state={transfer.state} onRetry={transfer.retry} />}
        >
          <AmountTxForm
            name="Fund this provider"
            label="Transfer from your ledger (0G)"
            initial="2"
            hint={`At least 1 0G for a new sub-account; the provider keeps 1 0G in reserve, so send more. ${formatZeroG(p.available)} 0G available.`}
            checks={[
              atMost(p.available, 'the available ledger balance'),
              ...(p.funds !== 'low' && p.funds !== 'ok'
                ? [atLeast(MIN_PROVIDER_BALANCE, 'A first transfer to a provider')]
                : []),
            ]}
            submitLabel="Transfer to this provider"
            flow={transfer}
            onSubmit={(v) => void transfer.transfer(p.provider, v).then(after)}
          />
        </GuideStep>
        <GuideStep n={n + 2} title="Ready" state={funded ? 'done' : 'waiting'} />
      </ol>
      {funded ? (
        <p role="status" className="mt-2 text-success">
          Ready: {p.ready}.
        </p>
      ) : null}
    </section>
  )
}
