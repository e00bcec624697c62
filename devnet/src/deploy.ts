/**
 * Deploys the real 0G contracts (bytecode from the SDK package) behind OpenZeppelin 4.8.3 beacon
 * proxies, in the nonce order of docs/protocol.md §2, so that the addresses equal the SDK's
 * built-in 31337 addresses. All sixteen deployer transactions are mined in one block.
 */
import {
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Address,
  type PublicClient,
} from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { contractAddresses, DEVNET_CHAIN_ID } from '../../src/contracts/addresses'
import { loadArtifact, loadOzArtifact, type ContractName } from './sdk-artifacts'
import { createdAt, sendInOneBlock, type PlannedTx } from './tx-batch'

export const LOCK_TIME_SECONDS = 3600
const FINE_TUNING_PENALTY_PERCENT = 30n

export interface Deployment {
  ledger: Address
  inference: Address
  fineTuning: Address
}

/** Deploys and wires LedgerManager, InferenceServing and FineTuningServing on a fresh chain. */
export async function deployContracts(
  client: PublicClient,
  deployer: PrivateKeyAccount,
): Promise<Deployment> {
  const start = await client.getTransactionCount({ address: deployer.address })
  if (start !== 0)
    throw new Error(
      `the deployer already sent ${start} transactions: the devnet needs a fresh chain`,
    )
  const beacon = loadOzArtifact('UpgradeableBeacon')
  const proxy = loadOzArtifact('BeaconProxy')
  const txs: PlannedTx[] = []
  let nonce = 0
  const add = (tx: Omit<PlannedTx, 'from'>) => {
    txs.push({ ...tx, from: deployer })
    return nonce++
  }
  // Implementation, beacon, proxy: three consecutive nonces per contract.
  const behindBeacon = (name: ContractName): Address => {
    const impl = createdAt(
      deployer.address,
      add({ label: `${name} implementation`, data: loadArtifact(name).bytecode, gas: 12_000_000n }),
    )
    const beaconAddr = createdAt(
      deployer.address,
      add({
        label: `${name} beacon`,
        data: encodeDeployData({ abi: beacon.abi, bytecode: beacon.bytecode, args: [impl] }),
        gas: 1_500_000n,
      }),
    )
    return createdAt(
      deployer.address,
      add({
        label: `${name} proxy`,
        data: encodeDeployData({
          abi: proxy.abi,
          bytecode: proxy.bytecode,
          args: [beaconAddr, '0x'],
        }),
        gas: 1_500_000n,
      }),
    )
  }
  const ledgerAbi = loadArtifact('LedgerManager').abi
  const inferenceAbi = loadArtifact('InferenceServing').abi
  const ftAbi = loadArtifact('FineTuningServing').abi
  const call = (label: string, to: Address, data: `0x${string}`) =>
    add({ label, to, data, gas: 1_000_000n })

  const ledger = behindBeacon('LedgerManager')
  call(
    'ledger.initialize',
    ledger,
    encodeFunctionData({ abi: ledgerAbi, functionName: 'initialize', args: [deployer.address] }),
  )
  const inference = behindBeacon('InferenceServing')
  call(
    'inference.initialize',
    inference,
    encodeFunctionData({
      abi: inferenceAbi,
      functionName: 'initialize',
      args: [BigInt(LOCK_TIME_SECONDS), ledger, deployer.address],
    }),
  )
  call(
    'registerService(inference)',
    ledger,
    encodeFunctionData({
      abi: ledgerAbi,
      functionName: 'registerService',
      args: ['inference', 'v1.0', inference, 'Inference service v1.0'],
    }),
  )
  call(
    'setRecommendedService(inference)',
    ledger,
    encodeFunctionData({
      abi: ledgerAbi,
      functionName: 'setRecommendedService',
      args: ['inference', 'v1.0'],
    }),
  )
  const fineTuning = behindBeacon('FineTuningServing')
  call(
    'fineTuning.initialize',
    fineTuning,
    encodeFunctionData({
      abi: ftAbi,
      functionName: 'initialize',
      args: [BigInt(LOCK_TIME_SECONDS), ledger, deployer.address, FINE_TUNING_PENALTY_PERCENT],
    }),
  )
  call(
    'registerService(fine-tuning)',
    ledger,
    encodeFunctionData({
      abi: ledgerAbi,
      functionName: 'registerService',
      args: ['fine-tuning', 'v1.0', fineTuning, 'Fine-tuning service v1.0'],
    }),
  )
  call(
    'setRecommendedService(fine-tuning)',
    ledger,
    encodeFunctionData({
      abi: ledgerAbi,
      functionName: 'setRecommendedService',
      args: ['fine-tuning', 'v1.0'],
    }),
  )

  await sendInOneBlock(client, txs)
  const deployed = { ledger, inference, fineTuning }
  assertSdkAddresses(deployed)
  return deployed
}

/** The devnet must land on the SDK's built-in hardhat/31337 addresses, or the SDK would need overrides. */
export function assertSdkAddresses(d: Deployment): void {
  const expected = contractAddresses[DEVNET_CHAIN_ID]
  for (const key of ['ledger', 'inference', 'fineTuning'] as const) {
    if (getAddress(d[key]) !== getAddress(expected[key])) {
      throw new Error(
        `devnet ${key} deployed at ${d[key]}, expected ${expected[key]} (the SDK's 31337 address)`,
      )
    }
  }
}
