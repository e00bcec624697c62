/** Fails when src/contracts/abis/* drift from the installed SDK package (run `npm run contracts:gen`). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sdkVersion } from '../src/sdk-artifacts'
import { GENERATED_ABIS, renderAbiModule } from './abi-source'

describe('generated ABIs', () => {
  it('come from @0gfoundation/0g-compute-ts-sdk 0.9.0', () => {
    expect(sdkVersion()).toBe('0.9.0')
  })
  for (const { name, file, exportName } of GENERATED_ABIS) {
    it(`${file} matches ${name} in the SDK package`, () => {
      const committed = readFileSync(
        path.resolve(import.meta.dirname, '../../src/contracts/abis', file),
        'utf8',
      )
      expect(committed).toBe(renderAbiModule(name, exportName))
    })
  }
})
