/**
 * Seeds one fine-tuning service on FineTuningServing, so a user can move ledger funds into a
 * fine-tuning sub-account (`transferFund(provider, <fine-tuning service name>, amount)`) and the
 * app's Account page can be tested on them: listed, retrieved, counted in the ledger breakdown.
 * It serves no fine-tuning API (the marketplace is about inference); only the chain side exists.
 */
import { encodeFunctionData, parseEther, type Address, type PublicClient } from 'viem'
import { devAccount, teeSignerKey } from './accounts'
import { privateKeyToAccount } from 'viem/accounts'
import { loadArtifact } from './sdk-artifacts'
import { sendInOneBlock } from './tx-batch'

/** anvil account of the seeded fine-tuning provider (after the inference providers 10–23). */
export const FINE_TUNING_PROVIDER_INDEX = 24
/** The stake sent with the registration (FineTuningServing's MIN_PROVIDER_STAKE is lower). */
const STAKE = parseEther('100')

export interface SeededFineTuningProvider {
  address: Address
  url: string
  pricePerToken: bigint
}

/** Registers the fine-tuning service (one block). */
export async function seedFineTuning(
  client: PublicClient,
  fineTuning: Address,
  providerServerUrl: string,
): Promise<SeededFineTuningProvider> {
  const from = devAccount(FINE_TUNING_PROVIDER_INDEX)
  const url = `${providerServerUrl}/fine-tuning`
  const pricePerToken = 1_000_000_000n // 1 gwei-neuron per token
  const { abi } = loadArtifact('FineTuningServing')
  await sendInOneBlock(client, [
    {
      label: 'FineTuningServing.addOrUpdateService(devnet fine-tuning)',
      from,
      to: fineTuning,
      value: STAKE,
      gas: 1_500_000n,
      data: encodeFunctionData({
        abi,
        functionName: 'addOrUpdateService',
        args: [
          url,
          { cpuCount: 8n, nodeMemory: 64n, gpuCount: 1n, nodeStorage: 500n, gpuType: 'H100' },
          pricePerToken,
          false,
          ['Qwen2.5-0.5B-Instruct'],
          privateKeyToAccount(teeSignerKey('fine-tuning')).address,
        ],
      }),
    },
  ])
  return { address: from.address, url, pricePerToken }
}
