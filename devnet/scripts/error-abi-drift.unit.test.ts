/**
 * src/lib/errors/zero-g-error-abi.ts (the 0G custom errors the one error mapper decodes reverts
 * with, kept in lib/ by hand) names exactly the custom errors of the SDK package's contracts.
 */
import { describe, expect, it } from 'vitest'
import { zeroGErrorAbi } from '../../src/lib/errors/zero-g-error-abi'
import { loadArtifact, type ContractName } from '../src/sdk-artifacts'

const CONTRACTS: ContractName[] = ['LedgerManager', 'InferenceServing', 'FineTuningServing']

/** `Name(type,type)` of each error entry: what its selector is computed from. */
const signatures = (abi: readonly unknown[]) =>
  new Set(
    (abi as { type: string; name?: string; inputs?: { type: string }[] }[])
      .filter((item) => item.type === 'error')
      .map((item) => `${item.name}(${(item.inputs ?? []).map((i) => i.type).join(',')})`),
  )

describe('zeroGErrorAbi', () => {
  it('has one entry per custom error signature of the three contracts in the SDK package', () => {
    const sdk = new Set(CONTRACTS.flatMap((name) => [...signatures(loadArtifact(name).abi)]))
    const ours = signatures(zeroGErrorAbi)
    expect([...ours].sort()).toEqual([...sdk].sort())
    expect(zeroGErrorAbi).toHaveLength(ours.size)
  })
})
