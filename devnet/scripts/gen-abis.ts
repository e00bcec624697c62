/**
 * Writes the compact app ABIs (src/contracts/abis/*) and the whole Node-side ABIs
 * (devnet/src/abis/*) from the typechain factories of the installed 0G SDK package.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  APP_ABIS,
  DEVNET_ABIS,
  renderAppAbiModule,
  renderDevnetAbiModule,
  type AbiSpec,
} from './abi-source.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function write<S extends AbiSpec>(dir: string, specs: readonly S[], render: (s: S) => string) {
  mkdirSync(path.join(root, dir), { recursive: true })
  for (const spec of specs) {
    writeFileSync(path.join(root, dir, spec.file), render(spec))
    console.log(`wrote ${dir}/${spec.file}`)
  }
}

write('src/contracts/abis', APP_ABIS, renderAppAbiModule)
write('devnet/src/abis', DEVNET_ABIS, renderDevnetAbiModule)
