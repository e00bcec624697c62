import { describe, expect, it } from 'vitest'
import { MAX_STORED_SIGNATURES, SignatureStore, type StoredSignature } from './signatures'

const sig = (n: number): StoredSignature => ({
  text: `t${n}`,
  signature: '0x00',
  signing_address: '0x0000000000000000000000000000000000000001',
  signing_algo: 'ecdsa',
})

describe('SignatureStore', () => {
  it('keeps at most MAX_STORED_SIGNATURES, dropping the oldest first', () => {
    const store = new SignatureStore()
    for (let i = 0; i <= MAX_STORED_SIGNATURES; i++) store.set('p', `c${i}`, sig(i))
    expect(store.get('p', 'c0')).toBeUndefined()
    expect(store.get('p', 'c1')?.text).toBe('t1')
    expect(store.get('p', `c${MAX_STORED_SIGNATURES}`)?.text).toBe(`t${MAX_STORED_SIGNATURES}`)
  })
})
