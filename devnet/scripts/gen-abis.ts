/** Writes src/contracts/abis/*.ts from the typechain factories of the installed 0G SDK package. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { GENERATED_ABIS, renderAbiModule } from './abi-source.ts'

const outDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/contracts/abis',
)
for (const { name, file, exportName } of GENERATED_ABIS) {
  writeFileSync(path.join(outDir, file), renderAbiModule(name, exportName))
  console.log(`wrote src/contracts/abis/${file}`)
}
