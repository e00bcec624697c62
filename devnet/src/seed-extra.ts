/**
 * Optional extra services for scale testing (`DEVNET_EXTRA_SERVICES=1000`): N more providers, each
 * from its own throw-away account funded with `anvil_setBalance`, registered with the 100 0G stake
 * in blocks of 100 transactions. Types, modes and prices cycle through the published catalog (not
 * the devnet-only demo services, so the scale test and bench see the same mix on every devnet); every
 * third model reuses a catalog model name (so the model view groups several providers) and every
 * other service is acknowledged by the owner. Their URL, `{providerServerUrl}/extra/<i>`, answers
 * 404: these services list, sort and filter like real ones but cannot serve requests.
 */
import {
  encodeFunctionData,
  keccak256,
  numberToHex,
  stringToHex,
  type Address,
  type PublicClient,
} from 'viem'
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import { inferenceServingAbi } from './abis/inference-serving'
import { additionalInfoFor, PUBLISHED_CATALOG } from './catalog'
import { addServiceTx, PROVIDER_STAKE } from './seed'
import { sendInOneBlock, type PlannedTx } from './tx-batch'

const BATCH = 100

/** The deterministic key of extra provider `i` (devnet only, funded at seed time). */
export function extraProviderKey(i: number) {
  return keccak256(stringToHex(`0g-devnet extra provider v1 ${i}`))
}

function extraTx(i: number, providerServerUrl: string, inference: Address): PlannedTx {
  const entry = PUBLISHED_CATALOG[i % PUBLISHED_CATALOG.length]!
  const from = privateKeyToAccount(extraProviderKey(i))
  const teeSigner = privateKeyToAccount(keccak256(stringToHex(`0g-devnet extra tee v1 ${i}`)))
  const bump = BigInt(1 + (i % 17))
  return addServiceTx(`extra ${i}`, from, inference, {
    serviceType: entry.serviceType,
    url: `${providerServerUrl}/extra/${i}`,
    model: i % 3 === 0 ? entry.model : `${entry.model}-x${i}`,
    verifiability: entry.verifiability,
    inputPrice: (entry.inputPrice * bump) / 10n,
    outputPrice: (entry.outputPrice * bump) / 10n,
    additionalInfo: additionalInfoFor(entry),
    teeSignerAddress: teeSigner.address,
  })
}

/** Registers `count` extra services (and acknowledges every other one as `owner`). */
export async function seedExtraServices(
  client: PublicClient,
  inference: Address,
  owner: PrivateKeyAccount,
  providerServerUrl: string,
  count: number,
  /** First extra index (to grow an already seeded set, e.g. from 1 000 to 10 000 in the bench). */
  from = 0,
): Promise<void> {
  const balance = numberToHex(PROVIDER_STAKE * 2n)
  for (let start = from; start < from + count; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, from + count - start) }, (_, k) => start + k)
    await Promise.all(
      ids.map((i) =>
        client.request({
          method: 'anvil_setBalance',
          params: [privateKeyToAccount(extraProviderKey(i)).address, balance],
        } as never),
      ),
    )
    await sendInOneBlock(
      client,
      ids.map((i) => extraTx(i, providerServerUrl, inference)),
    )
    const acks = ids.filter((i) => i % 2 === 0)
    await sendInOneBlock(
      client,
      acks.map((i) => ({
        label: `acknowledgeTEESignerByOwner(extra ${i})`,
        from: owner,
        to: inference,
        gas: 300_000n,
        data: encodeFunctionData({
          abi: inferenceServingAbi,
          functionName: 'acknowledgeTEESignerByOwner',
          args: [privateKeyToAccount(extraProviderKey(i)).address],
        }),
      })),
    )
  }
}
