/** Plain-word explanations of the 0G contracts' custom errors, keyed by error name. */
import { zeroGText } from '../format'

type Describe = (args: readonly unknown[]) => string
const amount = (v: unknown) => (typeof v === 'bigint' ? zeroGText(v) : 'the required amount')

/** Plain words for the custom errors of LedgerManager and InferenceServing. */
export const revertMessages: Record<string, Describe> = {
  AccountNotExists: () =>
    'There is no sub-account with this provider yet. Transfer funds to it first.',
  InsufficientAvailableBalance: ([available, required]) =>
    `Not enough available ledger balance: ${amount(available)} available, ${amount(required)} needed.`,
  InsufficientBalance: () => 'Ledger balance too low for this request.',
  InsufficientStake: ([, required]) =>
    `The provider stake is too low: registering a service needs ${amount(required)}.`,
  LedgerExists: () => 'You already have a ledger on this network.',
  LedgerLocked: () => 'The ledger is locked right now. Try again shortly.',
  LedgerNotExists: () => 'You have no ledger on this network yet. Create one first.',
  MinimumDepositRequired: ([, required]) =>
    `The deposit is below the minimum of ${amount(required)}.`,
  MustWithdrawAllFundsFirst: () => 'Withdraw all funds before doing this.',
  ServiceNotExist: () => 'This provider has no registered service.',
  ServiceNotFound: () => 'This service is not registered on the ledger.',
  TooManyProviders: () => 'Too many providers in one request.',
  TooManyRefunds: () => 'Too many pending refunds for this provider. Wait for one to unlock.',
  ZeroAmountNotAllowed: () => 'The amount must be greater than zero.',
}
