/**
 * Registers the seeded catalog: each service from its own provider account with the 100 0G stake
 * and its own TEE signer, then the owner acknowledges every signer (two blocks in all).
 */
import {
  encodeFunctionData,
  parseEther,
  type Address,
  type ContractFunctionArgs,
  type PublicClient,
} from 'viem'
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import { inferenceServingAbi } from './abis/inference-serving'
import { devKey, FIRST_PROVIDER_INDEX, teeSignerKey } from './accounts'
import { additionalInfoFor, CATALOG, type CatalogEntry } from './catalog'
import type { Deployment } from './deploy'
import { sendInOneBlock, type PlannedTx } from './tx-batch'
import type { SeededProvider } from './types'

export const PROVIDER_STAKE = parseEther('100')

/** What `addOrUpdateService` takes (the contract's ServiceParams), derived from the ABI. */
type ServiceParams = ContractFunctionArgs<
  typeof inferenceServingAbi,
  'payable',
  'addOrUpdateService'
>[0]

/** The transaction that registers `service` from `from`'s account with the 100 0G stake. */
export function addServiceTx(
  label: string,
  from: PrivateKeyAccount,
  inference: Address,
  service: ServiceParams,
): PlannedTx {
  return {
    label: `addOrUpdateService(${label})`,
    from,
    to: inference,
    value: PROVIDER_STAKE,
    gas: 1_500_000n,
    data: encodeFunctionData({
      abi: inferenceServingAbi,
      functionName: 'addOrUpdateService',
      args: [service],
    }),
  }
}

/** The seeded providers (keys and URLs) for a provider server at `providerServerUrl`. */
export function plannedProviders(
  providerServerUrl: string,
  catalog: readonly CatalogEntry[] = CATALOG,
): SeededProvider[] {
  return catalog.map((entry, i) => {
    const privateKey = devKey(FIRST_PROVIDER_INDEX + i)
    const teeKey = teeSignerKey(entry.slug)
    return {
      entry,
      address: privateKeyToAccount(privateKey).address,
      privateKey,
      teeSigner: privateKeyToAccount(teeKey).address,
      teeKey,
      url: `${providerServerUrl}/${entry.slug}`,
    }
  })
}

/** Registers every provider's service and has the owner acknowledge each TEE signer. */
export async function seedCatalog(
  client: PublicClient,
  deployment: Deployment,
  owner: PrivateKeyAccount,
  providers: SeededProvider[],
): Promise<void> {
  await sendInOneBlock(
    client,
    providers.map((p) =>
      addServiceTx(p.entry.model, privateKeyToAccount(p.privateKey), deployment.inference, {
        serviceType: p.entry.serviceType,
        url: p.url,
        model: p.entry.model,
        verifiability: p.entry.verifiability,
        inputPrice: p.entry.inputPrice,
        outputPrice: p.entry.outputPrice,
        additionalInfo: additionalInfoFor(p.entry),
        teeSignerAddress: p.teeSigner,
      }),
    ),
  )
  await sendInOneBlock(
    client,
    providers.map((p) => ({
      label: `acknowledgeTEESignerByOwner(${p.entry.model})`,
      from: owner,
      to: deployment.inference,
      gas: 300_000n,
      data: encodeFunctionData({
        abi: inferenceServingAbi,
        functionName: 'acknowledgeTEESignerByOwner',
        args: [p.address],
      }),
    })),
  )
}
