/**
 * Fails when the generated ABIs (src/contracts/abis/*, devnet/src/abis/*) drift from the installed
 * SDK package or from the allow-lists in abi-source.ts (run `npm run contracts:gen`).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Abi } from 'viem'
import { describe, expect, it } from 'vitest'
import { fineTuningServingAbi } from '../../src/contracts/abis/fine-tuning-serving'
import { inferenceServingAbi } from '../../src/contracts/abis/inference-serving'
import { inferenceServingReadsAbi } from '../../src/contracts/abis/inference-serving-reads'
import { ledgerManagerAbi } from '../../src/contracts/abis/ledger-manager'
import { ledgerManagerReadsAbi } from '../../src/contracts/abis/ledger-manager-reads'
import { inferenceServingAbi as fullInferenceServingAbi } from '../src/abis/inference-serving'
import { ledgerManagerAbi as fullLedgerManagerAbi } from '../src/abis/ledger-manager'
import { loadArtifact, sdkVersion, type ContractName } from '../src/sdk-artifacts'
import {
  APP_ABIS,
  DEVNET_ABIS,
  missingNames,
  renderAppAbiModule,
  renderDevnetAbiModule,
} from './abi-source'

const root = path.resolve(import.meta.dirname, '../..')
const appAbis: Record<string, Abi> = {
  'ledger-manager.ts': ledgerManagerAbi,
  'ledger-manager-reads.ts': ledgerManagerReadsAbi,
  'inference-serving.ts': inferenceServingAbi,
  'inference-serving-reads.ts': inferenceServingReadsAbi,
  'fine-tuning-serving.ts': fineTuningServingAbi,
}
const devnetAbis: Partial<Record<ContractName, Abi>> = {
  LedgerManager: fullLedgerManagerAbi,
  InferenceServing: fullInferenceServingAbi,
}
const namesOf = (abi: Abi, type: 'function' | 'event') =>
  abi.flatMap((item) => (item.type === type ? [item.name] : []))

describe('generated ABIs', () => {
  it('come from @0gfoundation/0g-compute-ts-sdk 0.9.0', () => {
    expect(sdkVersion()).toBe('0.9.0')
  })

  it('are all imported here', () => {
    expect(new Set(APP_ABIS.map((s) => s.file))).toEqual(new Set(Object.keys(appAbis)))
  })

  for (const spec of APP_ABIS) {
    describe(`src/contracts/abis/${spec.file} (${spec.name}, compact)`, () => {
      const pkg = loadArtifact(spec.name).abi
      const compact = appAbis[spec.file]!

      it('names only functions and events the contract has', () => {
        expect(missingNames(spec)).toEqual([])
      })
      it('is the text the generator writes', () => {
        const committed = readFileSync(path.join(root, 'src/contracts/abis', spec.file), 'utf8')
        expect(committed).toBe(renderAppAbiModule(spec))
      })
      it('holds each entry exactly as in the package (inputs, outputs, mutability)', () => {
        for (const item of compact) expect(pkg).toContainEqual(item)
      })
      it('holds the allow-listed functions and events, and nothing else but errors', () => {
        expect(new Set(namesOf(compact, 'function'))).toEqual(new Set(spec.functions))
        expect(new Set(namesOf(compact, 'event'))).toEqual(new Set(spec.events))
        expect(compact.every((i) => ['function', 'event', 'error'].includes(i.type))).toBe(true)
        // Every overload of an allow-listed name.
        for (const item of pkg) {
          const listed =
            (item.type === 'function' && spec.functions.includes(item.name)) ||
            (item.type === 'event' && spec.events.includes(item.name))
          if (listed) expect(compact).toContainEqual(item)
        }
      })
      it('holds every custom error of the contract', () => {
        const errors = pkg.filter((item) => item.type === 'error')
        expect(errors.length).toBeGreaterThan(0)
        expect(compact.filter((item) => item.type === 'error')).toEqual(errors)
      })
    })
  }

  for (const spec of DEVNET_ABIS) {
    describe(`devnet/src/abis/${spec.file} (${spec.name}, whole)`, () => {
      it('is the text the generator writes', () => {
        const committed = readFileSync(path.join(root, 'devnet/src/abis', spec.file), 'utf8')
        expect(committed).toBe(renderDevnetAbiModule(spec))
      })
      it('equals the package ABI', () => {
        expect(devnetAbis[spec.name]).toEqual(loadArtifact(spec.name).abi)
      })
    })
  }
})
