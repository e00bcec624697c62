/**
 * Every custom error of the 0G contracts in one ABI fragment. The ledger forwards calls to the
 * serving contract, whose errors (TooManyRefunds, AccountNotExists, …) bubble up unchanged, so a
 * ledger call's revert is decoded against both contracts' errors.
 */
import { decodeErrorResult, type Abi, type Hex } from 'viem'
import { fineTuningServingAbi } from '@/contracts/abis/fine-tuning-serving'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import { describeRevert } from '@/lib/errors'

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
