/**
 * Contract reverts by decoded error name: viem's `ContractFunctionRevertedError.data.errorName`
 * when viem could decode the revert against the call's ABI, else the raw revert data (a wallet's
 * own gas estimate, a replayed mined transaction) decoded against every 0G custom error.
 */
import { BaseError, ContractFunctionRevertedError, decodeErrorResult, type Hex } from 'viem'
import { revertMessages } from './revert-messages'
import { zeroGErrorAbi } from './zero-g-error-abi'

/** Every error in the chain: `error`, its `cause`, the cause's cause, … (viem and plain errors). */
export function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error
  for (let depth = 0; current != null && depth < 20; depth++) {
    yield current
    current = (current as { cause?: unknown }).cause
  }
}

/** The first error in the cause chain that passes `test`, or undefined. */
export function findCause<T>(error: unknown, test: (e: unknown) => e is T): T | undefined {
  for (const e of causes(error)) if (test(e)) return e
  return undefined
}

/** Splits `CamelCaseName` into "Camel case name" for revert names without a mapping. */
function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A contract custom error (name + decoded args) in plain words; unknown names are humanized. */
export function describeRevert(name: string, args: readonly unknown[] = []): string {
  const describe = Object.hasOwn(revertMessages, name) ? revertMessages[name] : undefined
  return describe ? describe(args) : humanize(name)
}

/** The first revert data (`0x` + 4-byte selector …) anywhere in an error's cause chain. */
export function findRevertData(error: unknown): Hex | undefined {
  for (const e of causes(error)) {
    const data = (e as { data?: unknown }).data
    if (typeof data === 'string' && /^0x[0-9a-f]{8}/i.test(data)) return data as Hex
    const nested = typeof data === 'object' && data ? (data as { data?: unknown }).data : undefined
    if (typeof nested === 'string' && /^0x[0-9a-f]{8}/i.test(nested)) return nested as Hex
  }
  return undefined
}

/** A 0G custom error decoded from revert data, or undefined when the data is not one. */
export function decodeRevertData(
  data: Hex | undefined,
): { name: string; args: readonly unknown[] } | undefined {
  if (!data || data === '0x') return undefined
  try {
    const { errorName, args } = decodeErrorResult({ abi: zeroGErrorAbi, data })
    return { name: errorName, args: args ?? [] }
  } catch {
    return undefined
  }
}

/** Revert data (`0x` + selector + args) in plain words, or undefined when it is not a 0G error. */
export function describeRevertData(data: Hex | undefined): string | undefined {
  const decoded = decodeRevertData(data)
  return decoded ? describeRevert(decoded.name, decoded.args) : undefined
}

export interface Revert {
  /** The custom error's name (`AccountNotExists`), when it could be decoded. */
  name?: string
  args: readonly unknown[]
  /** Plain words: the revert-messages sentence, a `require` reason, or the humanized name. */
  detail?: string
}

/**
 * The revert in an error's cause chain by decoded error name. viem's decoding comes first; with
 * `raw`, revert data viem could not name is decoded against the 0G errors. Undefined when the
 * error is no revert (or, without `raw`, no revert viem recognised).
 */
export function findRevert(error: unknown, { raw = false } = {}): Revert | undefined {
  const reverted = findCause(
    error,
    (e): e is ContractFunctionRevertedError => e instanceof ContractFunctionRevertedError,
  )
  const name = reverted?.data?.errorName
  const args = reverted?.data?.args ?? []
  if (name) {
    // A `require` reason comes as viem's `Error(string)`: its reason is the words.
    const known = Object.hasOwn(revertMessages, name)
    return {
      name,
      args,
      detail: known ? describeRevert(name, args) : (reverted.reason ?? humanize(name)),
    }
  }
  if (raw) {
    const decoded = decodeRevertData(findRevertData(error))
    if (decoded) return { ...decoded, detail: describeRevert(decoded.name, decoded.args) }
  }
  return reverted ? { args, detail: reverted.reason } : undefined
}

/** The first line of an error's message (viem's short message); never viem's multi-line one. */
export function shortText(error: unknown): string | undefined {
  if (error instanceof BaseError) return error.shortMessage
  if (error instanceof Error) return error.message.split('\n')[0]
  if (typeof error === 'string') return error
  return undefined
}
