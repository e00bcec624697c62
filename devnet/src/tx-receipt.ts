/**
 * Waiting for a devnet transaction: one place for the provider server's settlements, the test
 * kit's user actor and the e2e specs' service registrations.
 */
import type { Hash, PublicClient, TransactionReceipt } from 'viem'

/**
 * Waits until `hash` is mined and returns its receipt; throws "`what` reverted: `hash`" when it
 * reverted (and whatever `waitForTransactionReceipt` throws, e.g. on a timeout).
 */
export async function successReceipt(
  client: PublicClient,
  hash: Hash,
  what: string,
  pollingInterval?: number,
): Promise<TransactionReceipt> {
  const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval })
  if (receipt.status !== 'success') throw new Error(`${what} reverted: ${hash}`)
  return receipt
}
