import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { parseEther } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import { IDLE, type TxFlowState } from '@/hooks/chain/tx-flow-state'
import { atLeast, atMost, leavesValidRemainder, type AmountCheck } from '@/lib/amount-rules'
import { TestId } from '@/lib/test-ids'
import { renderWithProviders, type WalletState } from '@/testing/render-with-providers'
import { AmountForm } from './amount-form'

interface Setup {
  checks?: AmountCheck[]
  wallet?: WalletState
  disabledReason?: string
  isBusy?: boolean
  state?: TxFlowState
  onSubmit?: (amount: bigint) => Promise<TxFlowState>
}

async function renderForm(s: Setup = {}) {
  const onSubmit = vi.fn(s.onSubmit ?? (async () => ({ phase: 'confirmed' }) as TxFlowState))
  const r = await renderWithProviders(
    <AmountForm
      name="Deposit"
      fieldLabel="Deposit amount"
      submitLabel="Deposit"
      checks={s.checks ?? []}
      state={s.state ?? IDLE}
      isBusy={s.isBusy ?? false}
      onSubmit={onSubmit}
      onRetry={() => {}}
      disabledReason={s.disabledReason}
      presets={[{ label: 'Max', value: '7.5' }]}
    />,
    { wallet: s.wallet ?? 'connected' },
  )
  const form = screen.getByRole('form', { name: 'Deposit' })
  const field = within(form).getByLabelText('Deposit amount')
  const submit = within(form).getByRole('button', { name: 'Deposit' })
  /** Types `text` into the empty field and submits the form. */
  const enter = async (text: string) => {
    await r.user.clear(field)
    if (text !== '') await r.user.type(field, text)
    await r.user.click(submit)
  }
  const alertText = () => within(form).queryByRole('alert')?.textContent ?? null
  const reading = () => within(form).queryByTestId(TestId.AmountReading)?.textContent ?? null
  return {
    ...r,
    form,
    field,
    submit: submit as HTMLButtonElement,
    enter,
    alertText,
    reading,
    onSubmit,
  }
}

describe('AmountForm', () => {
  it.each([
    ['', 'Enter an amount.'],
    ['abc', 'Enter a number, like 1.5 (digits and one decimal point).'],
    ['-1', 'The amount cannot be negative.'],
    ['0', 'The amount must be greater than zero.'],
    ['0.000', 'The amount must be greater than zero.'],
    ['1.0000000000000000001', '0G has 18 decimals; use at most 18 digits after the point.'],
  ])('refuses %j with its message next to the field, before any wallet', async (text, message) => {
    const f = await renderForm()
    await f.enter(text)
    expect(f.alertText()).toBe(message)
    expect(f.field.getAttribute('aria-invalid')).toBe('true')
    expect(f.onSubmit).not.toHaveBeenCalled()
  })

  it.each(['1,500', '1 500', '1_500', '1\u00a0000', "1'000"])(
    'refuses the separator in %j instead of guessing the amount',
    async (text) => {
      const f = await renderForm()
      await f.enter(text)
      expect(f.alertText()).toBe(
        'Use digits and one decimal point only, like 1500 or 1.5: no spaces, commas or underscores inside the amount.',
      )
      expect(f.reading()).toBeNull()
      expect(f.onSubmit).not.toHaveBeenCalled()
    },
  )

  it('shows what a valid amount reads as while typing, and nothing for invalid text', async () => {
    const f = await renderForm()
    expect(f.reading()).toBeNull()
    await f.user.type(f.field, '1500')
    expect(f.reading()).toBe('Reads as 1500 0G')
    await f.user.clear(f.field)
    await f.user.type(f.field, '.5')
    expect(f.reading()).toBe('Reads as 0.5 0G')
    await f.user.type(f.field, 'x')
    expect(f.reading()).toBeNull()
  })

  it.each<[string, AmountCheck, string, string]>([
    [
      'the wallet balance',
      atMost(parseEther('2'), 'your wallet balance'),
      '2.5',
      'That is more than your wallet balance (2 0G).',
    ],
    [
      'the minimum',
      atLeast(parseEther('3'), 'A new ledger'),
      '1',
      'A new ledger needs at least 3 0G.',
    ],
    [
      'the refund remainder',
      leavesValidRemainder(parseEther('5')),
      '4',
      'This would leave 1 0G in the ledger; leave 0 or at least 3 0G.',
    ],
  ])('runs the contract rule for %s', async (_, check, text, message) => {
    const f = await renderForm({ checks: [check] })
    await f.enter(text)
    expect(f.alertText()).toBe(message)
    expect(f.onSubmit).not.toHaveBeenCalled()
  })

  it('submits the exact neuron amount and clears the field once confirmed', async () => {
    const f = await renderForm({ checks: [atMost(parseEther('10'), 'your wallet balance')] })
    await f.enter('1.000000000000000001')
    expect(f.onSubmit).toHaveBeenCalledWith(10n ** 18n + 1n)
    expect((f.field as HTMLInputElement).value).toBe('')
  })

  it('keeps the amount when the transaction did not confirm', async () => {
    const f = await renderForm({ onSubmit: async () => ({ phase: 'cancelled' }) })
    await f.enter('2')
    expect(f.onSubmit).toHaveBeenCalledWith(parseEther('2'))
    expect((f.field as HTMLInputElement).value).toBe('2')
  })

  it('clears the message as soon as the amount is edited', async () => {
    const f = await renderForm()
    await f.enter('abc')
    expect(f.alertText()).not.toBeNull()
    await f.user.type(f.field, '1')
    expect(f.alertText()).toBeNull()
  })

  it('fills in a preset', async () => {
    const f = await renderForm()
    await f.user.click(within(f.form).getByRole('button', { name: 'Max' }))
    expect((f.field as HTMLInputElement).value).toBe('7.5')
    expect(f.reading()).toBe('Reads as 7.5 0G')
  })

  it.each<[string, Setup, string | null]>([
    ['no wallet is connected', { wallet: 'disconnected' }, 'Connect a wallet to continue.'],
    [
      'the wallet is on another network',
      { wallet: 'wrong-network' },
      'Switch your wallet to a supported network to continue.',
    ],
    [
      'the action is unavailable',
      { disabledReason: 'Create a ledger first.' },
      'Create a ledger first.',
    ],
    ['a transaction is in flight', { isBusy: true }, null],
  ])('disables the submit button when %s, saying why', async (_, setup, why) => {
    const f = await renderForm(setup)
    expect(f.submit.disabled).toBe(true)
    if (why) expect(within(f.form).getByText(why)).toBeTruthy()
  })

  it('prefers the wallet reason to the form reason', async () => {
    const f = await renderForm({ wallet: 'disconnected', disabledReason: 'Create a ledger first.' })
    expect(within(f.form).getByText('Connect a wallet to continue.')).toBeTruthy()
    expect(within(f.form).queryByText('Create a ledger first.')).toBeNull()
  })

  it('enables the submit button once the wallet is connected on the devnet', async () => {
    const f = await renderForm()
    expect(f.submit.disabled).toBe(false)
    expect(within(f.form).queryByText(/Connect a wallet|Switch your wallet/)).toBeNull()
  })

  it.each<[string, TxFlowState]>([
    ['confirmed', { phase: 'confirmed', label: 'Deposit 1 0G' }],
    ['reverted', { phase: 'reverted', revertReason: 'Ledger missing' }],
    ['cancelled', { phase: 'cancelled' }],
    ['a failure before sending', { phase: 'failed', sent: false }],
  ])('clears a %s status once the amount is edited', async (_, state) => {
    const f = await renderForm({ state })
    expect(within(f.form).queryByTestId(TestId.TxStatus)).not.toBeNull()
    await f.user.type(f.field, '2')
    expect(within(f.form).queryByTestId(TestId.TxStatus)).toBeNull()
  })

  it('clears a status when a preset fills the field', async () => {
    const f = await renderForm({ state: { phase: 'confirmed' } })
    await f.user.click(within(f.form).getByRole('button', { name: 'Max' }))
    expect(within(f.form).queryByTestId(TestId.TxStatus)).toBeNull()
  })

  it.each<[string, TxFlowState]>([
    ['pending', { phase: 'pending', label: 'Deposit 1 0G' }],
    ['sent but unknown', { phase: 'failed', sent: true }],
  ])('keeps a %s status while the amount is edited', async (_, state) => {
    const f = await renderForm({ state })
    await f.user.type(f.field, '2')
    expect(within(f.form).getByTestId(TestId.TxStatus).getAttribute('data-phase')).toBe(state.phase)
  })

  it('clears a finished status when another input of the form changes', async () => {
    function Harness() {
      const [provider, setProvider] = useState('0xa')
      return (
        <>
          <button type="button" onClick={() => setProvider('0xb')}>
            Other provider
          </button>
          <AmountForm
            name="Transfer"
            fieldLabel="Transfer amount"
            submitLabel="Transfer"
            checks={[]}
            state={{ phase: 'confirmed' }}
            isBusy={false}
            onSubmit={async () => IDLE}
            onRetry={() => {}}
            inputs={provider}
          />
        </>
      )
    }
    const r = await renderWithProviders(<Harness />, { wallet: 'connected' })
    const form = screen.getByRole('form', { name: 'Transfer' })
    expect(within(form).queryByTestId(TestId.TxStatus)).not.toBeNull()
    await r.user.click(screen.getByRole('button', { name: 'Other provider' }))
    expect(within(form).queryByTestId(TestId.TxStatus)).toBeNull()
  })

  it('shows the next write’s status after an edit cleared the last one', async () => {
    function Harness() {
      const [state, setState] = useState<TxFlowState>({ phase: 'confirmed' })
      return (
        <AmountForm
          name="Deposit"
          fieldLabel="Deposit amount"
          submitLabel="Deposit"
          checks={[]}
          state={state}
          isBusy={false}
          onSubmit={async () => {
            const next: TxFlowState = { phase: 'reverted', revertReason: 'No' }
            setState(next)
            return next
          }}
          onRetry={() => {}}
        />
      )
    }
    const r = await renderWithProviders(<Harness />, { wallet: 'connected' })
    const form = screen.getByRole('form', { name: 'Deposit' })
    await r.user.type(within(form).getByLabelText('Deposit amount'), '3')
    expect(within(form).queryByTestId(TestId.TxStatus)).toBeNull()
    await r.user.click(within(form).getByRole('button', { name: 'Deposit' }))
    expect((await within(form).findByTestId(TestId.TxStatus)).getAttribute('data-phase')).toBe(
      'reverted',
    )
  })

  it('shows the transaction state under the form', async () => {
    const f = await renderForm({ state: { phase: 'pending', label: 'Deposit 1 0G' } })
    const status = within(f.form).getByTestId(TestId.TxStatus)
    expect(status.getAttribute('data-phase')).toBe('pending')
    expect(status.textContent).toContain('Pending')
  })
})
