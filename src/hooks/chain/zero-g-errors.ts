/**
 * Every custom error of the 0G contracts in one ABI fragment. The ledger forwards calls to the
 * serving contract, whose errors (TooManyRefunds, AccountNotExists, …) bubble up unchanged, so a
 * ledger call's revert is decoded against both contracts' errors.
 */
import { decodeErrorResult, type Abi, type Hex } from 'viem'
import { fineTuningServingAbi } from '@/contracts/abis/fine-tuning-serving'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import { describeRevert, toUserError, type UserError } from '@/lib/errors'

const seen = new Set<string>()
/** The error entries of LedgerManager, InferenceServing and FineTuningServing (deduplicated). */
export const zeroGErrorAbi: Abi = [
  ...ledgerManagerAbi,
  ...inferenceServingAbi,
  ...fineTuningServingAbi,
].filter((item) => {
  if (item.type !== 'error') return false
  const sig = `${item.name}(${item.inputs.map((i) => i.type).join(',')})`
  if (seen.has(sig)) return false
  seen.add(sig)
  return true
})

/** Revert data (`0x` + selector + args) in plain words, or undefined when it is not a 0G error. */
export function describeRevertData(data: Hex | undefined): string | undefined {
  if (!data || data === '0x') return undefined
  try {
    const { errorName, args } = decodeErrorResult({ abi: zeroGErrorAbi, data })
    return describeRevert(errorName, args ?? [])
  } catch {
    return undefined
  }
}

/** The first revert data (`0x` + 4-byte selector …) anywhere in an error's cause chain. */
export function findRevertData(error: unknown): Hex | undefined {
  let current: unknown = error
  for (let depth = 0; current != null && depth < 20; depth++) {
    const data = (current as { data?: unknown }).data
    if (typeof data === 'string' && /^0x[0-9a-f]{8}/i.test(data)) return data as Hex
    const nested = typeof data === 'object' && data ? (data as { data?: unknown }).data : undefined
    if (typeof nested === 'string' && /^0x[0-9a-f]{8}/i.test(nested)) return nested as Hex
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * `toUserError`, plus decoding of raw revert data that viem could not name (e.g. a wallet's own
 * gas estimate failing with a 0G custom error it returns only as hex).
 */
export function toTxUserError(error: unknown): UserError {
  const userError = toUserError(error)
  if (
    userError.kind === 'revert' &&
    userError.detail &&
    !/custom error 0x/i.test(userError.detail)
  ) {
    return userError
  }
  if (userError.kind === 'cancelled') return userError
  const detail = describeRevertData(findRevertData(error))
  return detail
    ? { ...userError, kind: 'revert', title: 'The transaction would fail', detail }
    : userError
}
