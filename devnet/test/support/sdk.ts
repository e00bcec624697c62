/** The official 0G SDK (0.9.0) in Node, connected to the test devnet with a dev wallet. */
import { createRequire } from 'node:module'
import { JsonRpcProvider, Wallet } from 'ethers'
import type { DevnetInfo } from '../../src/types'

const require = createRequire(import.meta.url)
type SdkModule = typeof import('@0gfoundation/0g-compute-ts-sdk')
const sdk = require('@0gfoundation/0g-compute-ts-sdk') as SdkModule

export type Broker = Awaited<ReturnType<SdkModule['createZGComputeNetworkBroker']>>

/** A broker for `privateKey`, given NO contract addresses: the SDK must find the 31337 defaults. */
export async function sdkBroker(
  devnet: DevnetInfo,
  privateKey: string,
): Promise<{ broker: Broker; wallet: Wallet }> {
  // ethers polls every 4 s by default; anvil mines instantly, so poll fast.
  const provider = new JsonRpcProvider(devnet.rpcUrl, devnet.chainId, {
    staticNetwork: true,
    pollingInterval: 50,
  })
  const wallet = new Wallet(privateKey, provider)
  const broker = await sdk.createZGComputeNetworkBroker(wallet)
  return { broker, wallet }
}
