/**
 * `npm start`: the devnet plus the built UI on http://localhost:3090, in one process.
 * `npm run dev` (--dev): the same with the Vite dev server (hot reload) instead of the build.
 * Env: APP_PORT (3090), APP_HOST (127.0.0.1), the DEVNET_* variables of devnet/README.md.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { devnetConfigFromEnv } from '../devnet/src/config'
import { startDevnet, type RunningDevnet } from '../devnet/src/devnet'
import { onParentExit } from '../devnet/src/parent-watch'
import { printReady } from '../devnet/src/ready-banner'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const isDev = process.argv.includes('--dev')
const appPort = Number(process.env.APP_PORT ?? 3090)
const appHost = process.env.APP_HOST ?? '127.0.0.1'
const outDir = process.env.APP_OUT_DIR ?? 'dist-devnet'
const started = Date.now()

let devnet: RunningDevnet | undefined
let web: Server | undefined
let vite: ChildProcess | undefined

async function shutdown(code: number): Promise<never> {
  vite?.kill('SIGTERM')
  web?.close()
  await devnet?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
onParentExit(() => void shutdown(0))

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0
  const st = statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let max = st.mtimeMs
  for (const name of readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, name)))
  return max
}

/** Builds the devnet UI unless an up-to-date build for the same RPC URL exists. */
async function ensureBuild(rpcUrl: string, statusUrl: string): Promise<void> {
  // Kept beside the build, not in it: the served folder holds only what is meant to be public
  // (the stamp records the RPC URL and the build time).
  const stampFile = path.join(root, `${outDir}.build-stamp.json`)
  const inputs = [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    '.env',
    '.env.devnet',
    'package.json',
  ]
  const newest = Math.max(...inputs.map((p) => newestMtime(path.join(root, p))))
  if (existsSync(stampFile) && existsSync(path.join(root, outDir, 'index.html'))) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as {
      rpcUrl: string
      statusUrl?: string
      builtAt: number
    }
    if (stamp.rpcUrl === rpcUrl && stamp.statusUrl === statusUrl && stamp.builtAt >= newest) return
  }
  console.log('building the UI for the devnet…')
  await run(
    'npx',
    [
      'vite',
      'build',
      '--mode',
      'devnet',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      VITE_DEVNET_RPC_URL: rpcUrl,
      VITE_DEVNET_STATUS_URL: statusUrl,
    },
  )
  writeFileSync(stampFile, JSON.stringify({ rpcUrl, statusUrl, builtAt: Date.now() }))
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

try {
  const config = devnetConfigFromEnv()
  devnet = await startDevnet(config, (line) => console.log(line))
  printReady(devnet.info, config, Date.now() - started)
  const rpcUrl = devnet.info.rpcUrl
  // The devnet's stand-in for 0G's provider status API (devnet/src/provider-server/status-board.ts).
  const statusUrl = `${devnet.info.providerServerUrl}/status/health`
  if (isDev) {
    vite = spawn(
      'npx',
      ['vite', '--mode', 'devnet', '--port', String(appPort), '--host', appHost, '--strictPort'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, VITE_DEVNET_RPC_URL: rpcUrl, VITE_DEVNET_STATUS_URL: statusUrl },
      },
    )
    vite.once('exit', (code) => void shutdown(code ?? 1))
  } else {
    await ensureBuild(rpcUrl, statusUrl)
    web = (await serveStatic({
      dir: path.join(root, outDir),
      port: appPort,
      host: appHost,
    })) as Server
    console.log(
      `\n  App: http://localhost:${appPort}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C stops everything)\n`,
    )
  }
} catch (e) {
  console.error(`start failed: ${e instanceof Error ? e.message : String(e)}`)
  await shutdown(1)
}
