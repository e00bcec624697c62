/**
 * Every custom error of the three 0G contracts (LedgerManager, InferenceServing, FineTuningServing),
 * deduplicated by signature, so a revert is decoded by name whichever contract raised it: the
 * ledger forwards calls to the serving contract, whose errors (TooManyRefunds, AccountNotExists, …)
 * bubble up unchanged. Kept here (lib/ cannot import src/contracts) and checked against the SDK
 * package by devnet/scripts/error-abi-drift.unit.test.ts.
 */
import type { Abi } from 'viem'

/** The error entries of the 0G contracts, as human-readable signatures. */
export const ZERO_G_ERROR_SIGNATURES = [
  'error AdditionalInfoTooLong(uint256 length, uint256 max)',
  'error AlreadyInitialized()',
  'error CallFailed()',
  'error CallerNotRegisteredService(address caller)',
  'error DirectDepositsDisabled()',
  'error InsufficientAvailableBalance(uint256 available, uint256 required)',
  'error InsufficientBalance(address user)',
  'error InvalidServiceAddress(address serviceAddress)',
  'error InvalidServiceType(string serviceType)',
  'error LedgerExists(address user)',
  'error LedgerLocked()',
  'error LedgerNotExists(address user)',
  'error MinimumDepositRequired(uint256 provided, uint256 required)',
  'error MustWithdrawAllFundsFirst(uint256 remainingBalance)',
  'error NoRecommendedService(string serviceType)',
  'error ServiceAlreadyRegistered(address serviceAddress)',
  'error ServiceMustImplementIServing(address serviceAddress)',
  'error ServiceNameExists(string serviceName)',
  'error ServiceNotFound(address serviceAddress)',
  'error ServiceNotRegistered(address serviceAddress)',
  'error ServiceRegistryLimitReached(uint256 limit)',
  'error ServiceTypeRequired()',
  'error TooManyProviders(uint256 requested, uint256 maximum)',
  'error TooManyProvidersForService(uint256 current, uint256 maximum)',
  'error TransferFailed()',
  'error VersionRequired()',
  'error ZeroAddressNotAllowed()',
  'error ZeroAmountNotAllowed()',
  'error AccountExists(address user, address provider)',
  'error AccountNotExists(address user, address provider)',
  'error AdditionalInfoTooLong()',
  'error BatchSizeTooLarge(uint256 size, uint256 max)',
  'error CallerNotLedger(address caller)',
  'error CannotAddStakeWhenUpdating()',
  'error CannotRevokeWithNonZeroBalance(address user, address provider, uint256 balance)',
  'error InsufficientStake(uint256 provided, uint256 required)',
  'error InvalidAddress(address addr)',
  'error InvalidTEESignature(string reason)',
  'error LimitTooLarge(uint256 limit, uint256 max)',
  'error LockTimeOutOfRange(uint256 lockTime, uint256 min, uint256 max)',
  'error NoSettlementsProvided()',
  'error ProviderCannotBeUser()',
  'error ServiceNotExist(address provider)',
  'error TooManyRefunds(address user, address provider)',
  'error TooManySettlements(uint256 count, uint256 max)',
  'error CallerNotLedger()',
  'error CannotAcknowledgeSettledDeliverable(string id)',
  'error CannotEvictUnsettledDeliverable(string id)',
  'error DeliverableAlreadyExists(string id)',
  'error DeliverableAlreadySettled(string id)',
  'error DeliverableIdInvalidLength(uint256 length)',
  'error DeliverableNotExists(string id)',
  'error ETHTransferFailed()',
  'error InvalidLedgerAddress()',
  'error InvalidVerifierInput(string reason)',
  'error LimitTooLarge(uint256 limit)',
  'error LockTimeOutOfRange(uint256 lockTime)',
  'error PenaltyPercentageTooHigh(uint256 percentage)',
  'error PreviousDeliverableNotAcknowledged(string id)',
  'error SecretShouldBeEmpty()',
  'error SecretShouldNotBeEmpty()',
  'error TransferToLedgerFailed()',
] as const

/**
 * The 0G custom errors as an ABI fragment (merge it into a call's ABI to decode its reverts): the
 * signatures above in JSON form, written out so the first screen does not carry viem's
 * human-readable ABI parser; zero-g-error-abi.test.ts checks it equals `parseAbi` of them.
 */
export const zeroGErrorAbi: Abi = [
  {
    name: 'AdditionalInfoTooLong',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'length' },
      { type: 'uint256', name: 'max' },
    ],
  },
  { name: 'AlreadyInitialized', type: 'error', inputs: [] },
  { name: 'CallFailed', type: 'error', inputs: [] },
  {
    name: 'CallerNotRegisteredService',
    type: 'error',
    inputs: [{ type: 'address', name: 'caller' }],
  },
  { name: 'DirectDepositsDisabled', type: 'error', inputs: [] },
  {
    name: 'InsufficientAvailableBalance',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'available' },
      { type: 'uint256', name: 'required' },
    ],
  },
  { name: 'InsufficientBalance', type: 'error', inputs: [{ type: 'address', name: 'user' }] },
  {
    name: 'InvalidServiceAddress',
    type: 'error',
    inputs: [{ type: 'address', name: 'serviceAddress' }],
  },
  { name: 'InvalidServiceType', type: 'error', inputs: [{ type: 'string', name: 'serviceType' }] },
  { name: 'LedgerExists', type: 'error', inputs: [{ type: 'address', name: 'user' }] },
  { name: 'LedgerLocked', type: 'error', inputs: [] },
  { name: 'LedgerNotExists', type: 'error', inputs: [{ type: 'address', name: 'user' }] },
  {
    name: 'MinimumDepositRequired',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'provided' },
      { type: 'uint256', name: 'required' },
    ],
  },
  {
    name: 'MustWithdrawAllFundsFirst',
    type: 'error',
    inputs: [{ type: 'uint256', name: 'remainingBalance' }],
  },
  {
    name: 'NoRecommendedService',
    type: 'error',
    inputs: [{ type: 'string', name: 'serviceType' }],
  },
  {
    name: 'ServiceAlreadyRegistered',
    type: 'error',
    inputs: [{ type: 'address', name: 'serviceAddress' }],
  },
  {
    name: 'ServiceMustImplementIServing',
    type: 'error',
    inputs: [{ type: 'address', name: 'serviceAddress' }],
  },
  { name: 'ServiceNameExists', type: 'error', inputs: [{ type: 'string', name: 'serviceName' }] },
  { name: 'ServiceNotFound', type: 'error', inputs: [{ type: 'address', name: 'serviceAddress' }] },
  {
    name: 'ServiceNotRegistered',
    type: 'error',
    inputs: [{ type: 'address', name: 'serviceAddress' }],
  },
  {
    name: 'ServiceRegistryLimitReached',
    type: 'error',
    inputs: [{ type: 'uint256', name: 'limit' }],
  },
  { name: 'ServiceTypeRequired', type: 'error', inputs: [] },
  {
    name: 'TooManyProviders',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'requested' },
      { type: 'uint256', name: 'maximum' },
    ],
  },
  {
    name: 'TooManyProvidersForService',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'current' },
      { type: 'uint256', name: 'maximum' },
    ],
  },
  { name: 'TransferFailed', type: 'error', inputs: [] },
  { name: 'VersionRequired', type: 'error', inputs: [] },
  { name: 'ZeroAddressNotAllowed', type: 'error', inputs: [] },
  { name: 'ZeroAmountNotAllowed', type: 'error', inputs: [] },
  {
    name: 'AccountExists',
    type: 'error',
    inputs: [
      { type: 'address', name: 'user' },
      { type: 'address', name: 'provider' },
    ],
  },
  {
    name: 'AccountNotExists',
    type: 'error',
    inputs: [
      { type: 'address', name: 'user' },
      { type: 'address', name: 'provider' },
    ],
  },
  { name: 'AdditionalInfoTooLong', type: 'error', inputs: [] },
  {
    name: 'BatchSizeTooLarge',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'size' },
      { type: 'uint256', name: 'max' },
    ],
  },
  { name: 'CallerNotLedger', type: 'error', inputs: [{ type: 'address', name: 'caller' }] },
  { name: 'CannotAddStakeWhenUpdating', type: 'error', inputs: [] },
  {
    name: 'CannotRevokeWithNonZeroBalance',
    type: 'error',
    inputs: [
      { type: 'address', name: 'user' },
      { type: 'address', name: 'provider' },
      { type: 'uint256', name: 'balance' },
    ],
  },
  {
    name: 'InsufficientStake',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'provided' },
      { type: 'uint256', name: 'required' },
    ],
  },
  { name: 'InvalidAddress', type: 'error', inputs: [{ type: 'address', name: 'addr' }] },
  { name: 'InvalidTEESignature', type: 'error', inputs: [{ type: 'string', name: 'reason' }] },
  {
    name: 'LimitTooLarge',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'limit' },
      { type: 'uint256', name: 'max' },
    ],
  },
  {
    name: 'LockTimeOutOfRange',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'lockTime' },
      { type: 'uint256', name: 'min' },
      { type: 'uint256', name: 'max' },
    ],
  },
  { name: 'NoSettlementsProvided', type: 'error', inputs: [] },
  { name: 'ProviderCannotBeUser', type: 'error', inputs: [] },
  { name: 'ServiceNotExist', type: 'error', inputs: [{ type: 'address', name: 'provider' }] },
  {
    name: 'TooManyRefunds',
    type: 'error',
    inputs: [
      { type: 'address', name: 'user' },
      { type: 'address', name: 'provider' },
    ],
  },
  {
    name: 'TooManySettlements',
    type: 'error',
    inputs: [
      { type: 'uint256', name: 'count' },
      { type: 'uint256', name: 'max' },
    ],
  },
  { name: 'CallerNotLedger', type: 'error', inputs: [] },
  {
    name: 'CannotAcknowledgeSettledDeliverable',
    type: 'error',
    inputs: [{ type: 'string', name: 'id' }],
  },
  {
    name: 'CannotEvictUnsettledDeliverable',
    type: 'error',
    inputs: [{ type: 'string', name: 'id' }],
  },
  { name: 'DeliverableAlreadyExists', type: 'error', inputs: [{ type: 'string', name: 'id' }] },
  { name: 'DeliverableAlreadySettled', type: 'error', inputs: [{ type: 'string', name: 'id' }] },
  {
    name: 'DeliverableIdInvalidLength',
    type: 'error',
    inputs: [{ type: 'uint256', name: 'length' }],
  },
  { name: 'DeliverableNotExists', type: 'error', inputs: [{ type: 'string', name: 'id' }] },
  { name: 'ETHTransferFailed', type: 'error', inputs: [] },
  { name: 'InvalidLedgerAddress', type: 'error', inputs: [] },
  { name: 'InvalidVerifierInput', type: 'error', inputs: [{ type: 'string', name: 'reason' }] },
  { name: 'LimitTooLarge', type: 'error', inputs: [{ type: 'uint256', name: 'limit' }] },
  { name: 'LockTimeOutOfRange', type: 'error', inputs: [{ type: 'uint256', name: 'lockTime' }] },
  {
    name: 'PenaltyPercentageTooHigh',
    type: 'error',
    inputs: [{ type: 'uint256', name: 'percentage' }],
  },
  {
    name: 'PreviousDeliverableNotAcknowledged',
    type: 'error',
    inputs: [{ type: 'string', name: 'id' }],
  },
  { name: 'SecretShouldBeEmpty', type: 'error', inputs: [] },
  { name: 'SecretShouldNotBeEmpty', type: 'error', inputs: [] },
  { name: 'TransferToLedgerFailed', type: 'error', inputs: [] },
]
