/**
 * The funding planner: from chosen providers and expected usage, the minimal transfers (deficits
 * only, with the 1 0G first-transfer minimum) and the idle locked funds worth retrieving. Exact
 * bigint neuron; the user confirms each proposed transaction.
 */
import type { Address } from 'viem'
import { MIN_PROVIDER_BALANCE } from '../amount-rules'
import { PROVIDER_RESERVE, unitCost, type PricedService } from './spendable'

export interface PlanChoice {
  provider: Address
  service: PricedService
  /** Expected units per day (messages, images or minutes). */
  perDay: bigint
}

export interface PlanAccount {
  provider: Address
  balance: bigint
  pendingRefund: bigint
  /** Fees served but not settled yet (provider's answer or local records). */
  unsettled: bigint
}

export interface PlanTransfer {
  provider: Address
  /** Usage cost over the period + unsettled + the 1 0G reserve. */
  needed: bigint
  /** balance − pendingRefund today (a transfer cancels pending refunds first). */
  have: bigint
  /** What to transfer: 0 when already covered. */
  amount: bigint
  isNew: boolean
}

export interface Plan {
  transfers: PlanTransfer[]
  totalTransfer: bigint
  /** How much more must be deposited into the ledger first (0 when available covers it). */
  shortfall: bigint
  /** Sub-accounts not in the plan with balance that could be retrieved. */
  idle: { provider: Address; amount: bigint }[]
}

/** Builds the minimal plan for `days` days against the current sub-accounts and ledger. */
export function planFunding(
  choices: readonly PlanChoice[],
  days: bigint,
  accounts: readonly PlanAccount[],
  ledgerAvailable: bigint,
): Plan {
  const byProvider = new Map(accounts.map((a) => [a.provider.toLowerCase(), a]))
  const transfers = choices.map((c): PlanTransfer => {
    const account = byProvider.get(c.provider.toLowerCase())
    const usage = unitCost(c.service).cost * c.perDay * days
    const needed = usage + (account?.unsettled ?? 0n) + PROVIDER_RESERVE
    const have = account ? account.balance - account.pendingRefund : 0n
    let amount = needed > have ? needed - have : 0n
    if (!account && amount < MIN_PROVIDER_BALANCE) amount = MIN_PROVIDER_BALANCE
    return { provider: c.provider, needed, have, amount, isNew: !account }
  })
  const totalTransfer = transfers.reduce((s, t) => s + t.amount, 0n)
  const chosen = new Set(choices.map((c) => c.provider.toLowerCase()))
  const idle = accounts
    .filter((a) => !chosen.has(a.provider.toLowerCase()))
    .map((a) => ({ provider: a.provider, amount: a.balance - a.pendingRefund }))
    .filter((a) => a.amount > 0n)
  return {
    transfers,
    totalTransfer,
    shortfall: totalTransfer > ledgerAvailable ? totalTransfer - ledgerAvailable : 0n,
    idle,
  }
}
