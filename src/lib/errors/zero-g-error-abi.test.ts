import { parseAbi } from 'viem'
import { describe, expect, it } from 'vitest'
import { ZERO_G_ERROR_SIGNATURES, zeroGErrorAbi } from './zero-g-error-abi'

describe('zeroGErrorAbi', () => {
  it('is exactly the signatures, parsed', () => {
    expect(zeroGErrorAbi).toEqual(parseAbi(ZERO_G_ERROR_SIGNATURES))
  })
})
