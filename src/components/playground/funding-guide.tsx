import { useState, type ReactNode } from 'react'
import type { Address } from 'viem'
import { AmountReading } from '@/components/feedback/amount-reading'
import { TxStatus } from '@/components/feedback/tx-status'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import type { TxFlowState } from '@/hooks/chain/tx-flow-state'
import { useCreateLedger } from '@/hooks/ledger/use-ledger-writes'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import type { FundsStatus } from '@/hooks/playground/use-provider-funds'
import { parseZeroGAmount } from '@/lib/amount'
import {
  atLeast,
  atMost,
  MIN_LEDGER_BALANCE,
  MIN_PROVIDER_BALANCE,
  validateAmount,
  type AmountCheck,
} from '@/lib/amount-rules'
import { formatZeroG } from '@/lib/format'

type StepState = 'done' | 'active' | 'busy' | 'waiting'

const STATE_TEXT: Record<StepState, string> = {
  done: 'Done',
  active: 'To do',
  busy: 'In progress',
  waiting: 'After the step above',
}

function Step({
  n,
  title,
  state,
  children,
  outcome,
}: {
  n: number
  title: string
  state: StepState
  children?: ReactNode
  /** Shown once the step is done (its transaction's final status, when it ran here). */
  outcome?: ReactNode
}) {
  return (
    <li
      aria-label={`Step ${n}: ${title}`}
      data-state={state}
      className="flex flex-col gap-2 border-t border-border pt-2 first:border-t-0 first:pt-0"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">
          {n}. {title}
        </span>
        <Badge tone={state === 'done' ? 'success' : state === 'busy' ? 'accent' : 'neutral'}>
          {state === 'done' ? '✓ ' : ''}
          {STATE_TEXT[state]}
        </Badge>
      </div>
      {state === 'active' || state === 'busy' ? children : state === 'done' ? outcome : null}
    </li>
  )
}

/**
 * One amount → one transaction, checked before the wallet opens (the same rules as the Account
 * page's forms, `lib/amount-rules`), with the flow's live phases under it.
 */
function StepForm({
  name,
  label,
  initial,
  checks,
  submitLabel,
  hint,
  flow,
  onSubmit,
}: {
  name: string
  label: string
  initial: string
  checks: readonly AmountCheck[]
  submitLabel: string
  hint: string
  flow: { state: TxFlowState; isBusy: boolean; retry: () => void }
  onSubmit: (amount: bigint) => void
}) {
  const [text, setText] = useState(initial)
  const parsed = validateAmount(text, checks)
  return (
    <form
      aria-label={name}
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (parsed.ok) onSubmit(parsed.value)
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        <Field label={label} help={hint} error={!parsed.ok && text ? parsed.message : undefined}>
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            inputMode="decimal"
            className="w-32"
          />
        </Field>
        <Button type="submit" size="sm" disabled={!parsed.ok || flow.isBusy}>
          {submitLabel}
        </Button>
      </div>
      <AmountReading parsed={parseZeroGAmount(text)} />
      <TxStatus state={flow.state} onRetry={flow.retry} />
    </form>
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
          <Step
            n={1}
            title="Create your ledger"
            state={ledgerStep}
            outcome={<TxStatus state={create.state} onRetry={create.retry} />}
          >
            <StepForm
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
          </Step>
        ) : null}
        <Step
          n={n + 1}
          title="Fund this provider"
          state={fundStep}
          outcome={<TxStatus state={transfer.state} onRetry={transfer.retry} />}
        >
          <StepForm
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
        </Step>
        <Step n={n + 2} title="Ready" state={funded ? 'done' : 'waiting'} />
      </ol>
      {funded ? (
        <p role="status" className="mt-2 text-success">
          Ready: {p.ready}.
        </p>
      ) : null}
    </section>
  )
}
