import { describe, expect, it } from 'vitest'
import { PROVIDER_MESSAGE_MAX, providerMessage, providerSays } from './provider-message'

describe('providerMessage', () => {
  it('keeps a normal message as it is', () => {
    expect(providerMessage('insufficient balance in sub-account')).toBe(
      'insufficient balance in sub-account',
    )
  })

  it('caps a 2 MB message at 300 characters plus an ellipsis', () => {
    const out = providerMessage('A'.repeat(2_000_000))
    expect(out).toBe(`${'A'.repeat(PROVIDER_MESSAGE_MAX)}…`)
  })

  it('removes control and bidi characters and collapses whitespace', () => {
    expect(providerMessage('pay\u202Enow\u0000\u0007 to\n\n\t 0xabc\u2066')).toBe('paynow to 0xabc')
    expect(providerMessage('\u0000\u202E  \n')).toBe('')
  })

  it('attributes the text to the provider', () => {
    expect(providerSays('x')).toBe('Provider says: “x”')
  })
})
