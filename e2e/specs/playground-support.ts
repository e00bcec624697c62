/**
 * Node-side setup for playground specs: fund the test wallet's ledger and provider sub-accounts
 * through the devnet test kit's user actor (devnet/testkit/user.ts; the Account UI is not under
 * test here), plus provider lookup by slug.
 */
import { parseEther, type Address } from 'viem'
import type { DevnetInfo } from '../../devnet/src/types'
import { devnetUser } from '../../devnet/testkit/user'

export function providerOf(info: DevnetInfo, slug: string) {
  const p = info.providers.find((x) => x.slug === slug)
  if (!p) throw new Error(`no provider ${slug}`)
  return p
}

/** Dev wallet `user` as a devnet user. */
function userOf(info: DevnetInfo, user: Address) {
  const wallet = info.devWallets.find((w) => w.address.toLowerCase() === user.toLowerCase())
  if (!wallet) throw new Error(`${user} is not a dev wallet`)
  return devnetUser(info, wallet.privateKey)
}

/** The user revokes every token for `provider` (generation + 1), as another tab or the CLI could. */
export async function revokeAllTokens(
  info: DevnetInfo,
  user: Address,
  provider: Address,
): Promise<void> {
  await userOf(info, user).revokeAllTokens(provider)
}

/** Creates a 3+ 0G ledger for `user` and moves `perProvider` 0G to each provider's sub-account. */
export async function fundUser(
  info: DevnetInfo,
  user: Address,
  slugs: string[],
  perProvider = '3',
): Promise<void> {
  const actor = userOf(info, user)
  const amount = parseEther(perProvider)
  await actor.createLedger(amount * BigInt(slugs.length) + parseEther('3'))
  for (const slug of slugs) await actor.transferFund(providerOf(info, slug).address, amount)
}
