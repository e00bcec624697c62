/** src/lib/keccak-f1600.ts is the generator's output, so neither is edited without the other. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KECCAK_FILE, keccakSource } from './gen-keccak-f1600'

describe('gen-keccak-f1600', () => {
  it('src/lib/keccak-f1600.ts is what the script writes (run it after changing either)', async () => {
    expect(readFileSync(KECCAK_FILE, 'utf8')).toBe(await keccakSource())
  })
  it('derives the round constants of the Keccak reference', async () => {
    // The first and last of the 24 constants in the Keccak team's table: 0x0000000000000001 and
    // 0x8000000080008008 (low half 0x80008008, high half 0x80000000).
    const source = await keccakSource()
    const rc = /new Int32Array\(\[([^\]]+)\]\)/
      .exec(source)![1]!
      .split(',')
      .filter((v) => v.trim())
      .map(Number)
    expect(rc).toHaveLength(48)
    expect(rc.slice(0, 2)).toEqual([1, 0])
    expect(rc.slice(-2)).toEqual([0x80008008 | 0, 0x80000000 | 0])
  })
})
