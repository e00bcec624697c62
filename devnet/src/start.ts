/** `npm run devnet`: the local 0G network in the foreground; Ctrl-C / SIGTERM stops it cleanly. */
import { devnetConfigFromEnv } from './config'
import { startDevnet, type RunningDevnet } from './devnet'
import { onParentExit } from './parent-watch'
import { printReady } from './ready-banner'

const started = Date.now()
let devnet: RunningDevnet | undefined
let stopping = false

async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the devnet…`)
  await devnet?.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
onParentExit(() => void shutdown('parent process exited'))

try {
  const config = devnetConfigFromEnv()
  devnet = await startDevnet(config, (line) => console.log(line))
  printReady(devnet.info, config, Date.now() - started)
} catch (e) {
  console.error(`devnet failed to start: ${e instanceof Error ? e.message : String(e)}`)
  await devnet?.stop()
  process.exit(1)
}
