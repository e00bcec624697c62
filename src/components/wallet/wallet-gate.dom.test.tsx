import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TestId } from '@/lib/test-ids'
import { renderWithProviders, UNSUPPORTED_CHAIN_ID } from '@/testing/render-with-providers'
import { RequireWallet } from './require-wallet'
import { WalletGateNotice } from './wallet-gate-notice'

function Gated() {
  return (
    <WalletGateNotice title="Connect a wallet to see your ledger.">
      <p>Ledger contents</p>
    </WalletGateNotice>
  )
}

function GatedAction() {
  return (
    <RequireWallet>
      {(isOk, reason) => (
        <>
          <button type="button" disabled={!isOk}>
            Act
          </button>
          <span>{reason ?? 'ready'}</span>
        </>
      )}
    </RequireWallet>
  )
}

describe('WalletGateNotice', () => {
  it('asks a disconnected user to connect, without the gated content', async () => {
    await renderWithProviders(<Gated />)
    const gate = screen.getByTestId(TestId.WalletGate)
    expect(gate.textContent).toContain('Connect a wallet to see your ledger.')
    expect(gate.textContent).toContain('this app never asks for a private key')
    // RainbowKit's modal is not loaded here, so its opener is not registered yet.
    expect(screen.getByRole('button', { name: 'Connect wallet' })).toBeTruthy()
    expect(screen.queryByText('Ledger contents')).toBeNull()
  })

  it('asks a wallet on an unsupported network to switch, with no connect button', async () => {
    await renderWithProviders(<Gated />, { wallet: 'wrong-network' })
    const gate = screen.getByTestId(TestId.WalletGate)
    expect(gate.textContent).toContain('Switch your wallet to a supported network to continue.')
    expect(screen.queryByRole('button', { name: 'Connect wallet' })).toBeNull()
    expect(screen.queryByText('Ledger contents')).toBeNull()
  })

  it('shows the content once connected on a supported network', async () => {
    await renderWithProviders(<Gated />, { wallet: 'connected' })
    expect(screen.queryByTestId(TestId.WalletGate)).toBeNull()
    expect(screen.getByText('Ledger contents')).toBeTruthy()
  })

  it('follows the wallet when it moves to an unsupported network and back', async () => {
    const r = await renderWithProviders(<Gated />, { wallet: 'connected' })
    act(() => r.setWalletChain(UNSUPPORTED_CHAIN_ID))
    expect(screen.getByTestId(TestId.WalletGate)).toBeTruthy()
    act(() => r.setWalletChain(31337))
    expect(screen.queryByTestId(TestId.WalletGate)).toBeNull()
    expect(screen.getByText('Ledger contents')).toBeTruthy()
  })
})

describe('RequireWallet', () => {
  it.each([
    ['disconnected', 'Connect a wallet to continue.', true],
    ['wrong-network', 'Switch your wallet to a supported network to continue.', true],
    ['connected', 'ready', false],
  ] as const)('when %s: %s', async (wallet, reason, disabled) => {
    await renderWithProviders(<GatedAction />, { wallet })
    expect(screen.getByText(reason)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Act' }) as HTMLButtonElement).disabled).toBe(
      disabled,
    )
  })
})
