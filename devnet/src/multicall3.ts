/**
 * Multicall3 on the devnet, at the address it has on most EVM chains, so the app's reads are
 * batched there exactly as on a chain that has it. The runtime code is what Multicall3's own
 * creation code (as shipped in viem) returns when run; it is placed with `anvil_setCode`, which
 * mines no block, so the catalog still reads "block 3" after deployment.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHex, type Address, type Hex, type PublicClient } from 'viem'

/** Multicall3's address on most EVM chains (CREATE from its keyless deployer). */
export const MULTICALL3_ADDRESS: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

/**
 * Multicall3's creation code from the installed viem (it ships it for deployless multicalls but
 * does not export it, so it is read from the package's own module beside its entry point).
 */
async function multicall3CreationCode(): Promise<Hex> {
  const entry = createRequire(import.meta.url).resolve('viem')
  const file = path.join(path.dirname(entry), 'constants', 'contracts.js')
  const mod = (await import(pathToFileURL(file).href)) as { multicall3Bytecode?: unknown }
  const code = mod.multicall3Bytecode
  if (typeof code !== 'string' || !isHex(code))
    throw new Error(`Multicall3 creation code not found in ${file} (viem layout changed?)`)
  return code
}

/** Places Multicall3 at its usual address; returns that address. */
export async function installMulticall3(client: PublicClient): Promise<Address> {
  // A call without `to` runs the creation code and returns the runtime code it would deploy.
  const { data } = await client.call({ data: await multicall3CreationCode() })
  if (!data || data.length < 100)
    throw new Error('Multicall3 creation code returned no runtime code')
  await client.request({
    method: 'anvil_setCode',
    params: [MULTICALL3_ADDRESS, data],
  } as never)
  return MULTICALL3_ADDRESS
}
