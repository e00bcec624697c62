/** Spawns anvil from the `@foundry-rs/anvil` npm package and waits for its RPC. */
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { ANVIL_ACCOUNT_COUNT, ANVIL_BALANCE_0G, DEVNET_MNEMONIC } from './accounts'
import { assertPortFree, freePort } from './ports'

const require = createRequire(import.meta.url)

export const DEVNET_CHAIN_ID = 31337
/** Generous block gas limit so the whole deployment fits in one block. */
const BLOCK_GAS_LIMIT = 300_000_000

/** Path of the anvil binary shipped in the platform package of @foundry-rs/anvil. */
export function anvilBinary(): string {
  const pkg = `@foundry-rs/anvil-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`
  try {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', 'anvil')
  } catch {
    throw new Error(
      `${pkg} is not installed. Run \`npm install\` (it is an optional dependency of @foundry-rs/anvil).`,
    )
  }
}

export interface Chain {
  rpcUrl: string
  port: number
  process: ChildProcess
  stop(): Promise<void>
}

/** Starts anvil on host:port (0 = a free port). A busy port is an error. */
export async function startChain(host: string, port: number): Promise<Chain> {
  const actualPort = port === 0 ? await freePort(host) : port
  await assertPortFree(host, actualPort, 'Devnet RPC')
  const child = spawn(
    anvilBinary(),
    [
      '--host',
      host,
      '--port',
      String(actualPort),
      '--chain-id',
      String(DEVNET_CHAIN_ID),
      '--mnemonic',
      DEVNET_MNEMONIC,
      '--accounts',
      String(ANVIL_ACCOUNT_COUNT),
      '--balance',
      String(ANVIL_BALANCE_0G),
      '--gas-limit',
      String(BLOCK_GAS_LIMIT),
      '--silent',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const rpcUrl = `http://${host}:${actualPort}`
  const ready = await Promise.race([waitForRpc(rpcUrl, 10_000), exited.then(() => false)])
  if (!ready) {
    child.kill('SIGKILL')
    throw new Error(`anvil did not start on ${rpcUrl}: ${stderr.trim() || 'no output'}`)
  }
  return {
    rpcUrl,
    port: actualPort,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}

async function waitForRpc(rpcUrl: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      })
      const json = (await res.json()) as { result?: string }
      if (json.result && Number(json.result) === DEVNET_CHAIN_ID) return true
      if (json.result) throw new Error(`unexpected chain id ${json.result} at ${rpcUrl}`)
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('unexpected chain id')) throw e
    }
    await new Promise((r) => setTimeout(r, 25))
  }
  return false
}
