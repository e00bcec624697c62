/**
 * Loads the 0G contract artifacts (ABI + creation bytecode) from the typechain factories shipped in
 * `@0gfoundation/0g-compute-ts-sdk`. The package `exports` map hides these files, so they are
 * required by file path (docs/protocol.md §1). These are the same contracts that run on mainnet.
 */
import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Abi, Hex } from 'viem'

const require = createRequire(import.meta.url)

export const SDK_PACKAGE = '@0gfoundation/0g-compute-ts-sdk'

/** Absolute path of the installed SDK package root. */
export function sdkRoot(): string {
  // The exports map hides package.json too: walk up from the resolved main entry instead.
  const main = require.resolve(SDK_PACKAGE)
  let dir = path.dirname(main)
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'lib.commonjs') {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`cannot find the root of ${SDK_PACKAGE}`)
    dir = parent
  }
  return dir
}

/** The installed SDK version, e.g. "0.9.0". */
export function sdkVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(sdkRoot(), 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

export type ContractName = 'LedgerManager' | 'InferenceServing' | 'FineTuningServing'

const FACTORY_PATHS: Record<ContractName, string> = {
  LedgerManager: 'lib.commonjs/ledger/contract/typechain/factories/LedgerManager__factory.js',
  InferenceServing:
    'lib.commonjs/inference/contract/typechain/factories/InferenceServing__factory.js',
  FineTuningServing:
    'lib.commonjs/fine-tuning/contract/typechain/factories/FineTuningServing__factory.js',
}

export interface Artifact {
  abi: Abi
  bytecode: Hex
}

/** ABI and creation bytecode of one contract from the SDK package. */
export function loadArtifact(name: ContractName): Artifact {
  const file = path.join(sdkRoot(), FACTORY_PATHS[name])
  const mod = require(file) as Record<string, { abi: Abi; bytecode: Hex }>
  const factory = mod[`${name}__factory`]
  if (!factory) throw new Error(`${file} does not export ${name}__factory`)
  return { abi: factory.abi, bytecode: factory.bytecode }
}

/** OpenZeppelin 4.8.3 beacon artifacts (the proxies the 0G deploy scripts use). */
export function loadOzArtifact(name: 'UpgradeableBeacon' | 'BeaconProxy'): Artifact {
  const file = require.resolve(`@openzeppelin/contracts/build/contracts/${name}.json`)
  const json = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: Hex }
  return { abi: json.abi, bytecode: json.bytecode }
}
