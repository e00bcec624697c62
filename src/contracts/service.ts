/**
 * The service struct of InferenceServing, derived from the ABI so it is stated once: what
 * `getService` returns and `getAllServices` lists. Strings in it are untrusted (render as text).
 */
import type { ContractFunctionReturnType } from 'viem'
import type { inferenceServingAbi } from './abis/inference-serving'

/** One service as stored by InferenceServing. */
export type Service = ContractFunctionReturnType<typeof inferenceServingAbi, 'view', 'getService'>
