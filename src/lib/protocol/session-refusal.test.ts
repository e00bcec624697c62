/** Which provider errors are token refusals (renew once) and which are not. */
import { describe, expect, it } from 'vitest'
import { isSessionRefusal } from './session-refusal'

describe('isSessionRefusal', () => {
  it.each([
    'validate session: missing or invalid Authorization header, must be Bearer app-sk-<base64(rawMessage:signature)>',
    'validate session: session token is for different provider',
    'validate session: session token expired',
    'validate session: session token has been revoked (generation expired)',
    'validate session: invalid session token (future generation)',
    'validate session: session token has been revoked',
    'failed to recover public key from signature: invalid signature recovery id',
    'signature verification failed: address mismatch',
    'Provider proxy: handle proxied service, validate session: session token expired',
  ])('a 400 saying %s is a token refusal', (message) => {
    expect(isSessionRefusal(400, message)).toBe(true)
  })

  it('every 401 is a token refusal', () => {
    expect(isSessionRefusal(401, 'whatever')).toBe(true)
  })

  it('other 400s and other statuses are not', () => {
    expect(isSessionRefusal(400, 'malformed JSON body: Unexpected token } in JSON')).toBe(false)
    expect(isSessionRefusal(400, '`prompt` is required')).toBe(false)
    expect(isSessionRefusal(400, 'max_tokens must be a positive integer')).toBe(false)
    expect(isSessionRefusal(402, 'session token expired')).toBe(false)
    expect(isSessionRefusal(500, 'Internal Server Error')).toBe(false)
  })
})
