import { toBytes, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import {
  decodeAppSk,
  encodeAppSk,
  isTokenIdRevoked,
  lowestFreeTokenId,
  randomNonce,
  recoverTokenSigner,
  signAppSk,
  tokenDigest,
  tokenMessage,
  withBrokerV,
  type AppSkToken,
} from './app-sk-token'

// anvil's public test keys
const user = privateKeyToAccount(
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
)
const other = privateKeyToAccount(
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
)
const provider = '0x90F79bf6EB2c4f870365E785982E1f101E93b906' as const

const token: AppSkToken = {
  address: user.address,
  provider,
  timestamp: 1_700_000_000_000,
  expiresAt: 1_700_086_400_000,
  nonce: '0123456789abcdef0123456789abcdef',
  generation: 0,
  tokenId: 255,
}

async function sign(t: AppSkToken, by = user): Promise<{ message: string; signature: Hex }> {
  const message = tokenMessage(t)
  return {
    message,
    signature: await by.signMessage({ message: { raw: toBytes(tokenDigest(message)) } }),
  }
}

describe('app-sk token', () => {
  it('serializes with the protocol key order', () => {
    const shuffled = {
      tokenId: 255,
      generation: 0,
      nonce: token.nonce,
      expiresAt: token.expiresAt,
      timestamp: token.timestamp,
      provider,
      address: user.address,
    }
    expect(tokenMessage(shuffled)).toBe(
      `{"address":"${user.address}","provider":"${provider}","timestamp":1700000000000,"expiresAt":1700086400000,"nonce":"${token.nonce}","generation":0,"tokenId":255}`,
    )
  })

  it('round-trips through encode/decode and recovers the signer', async () => {
    const { message, signature } = await sign(token)
    const key = encodeAppSk(message, signature)
    expect(key.startsWith('app-sk-')).toBe(true)
    const decoded = decodeAppSk(`Bearer ${key}`)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    expect(decoded.token).toEqual(token)
    expect(await recoverTokenSigner(decoded.message, decoded.signature)).toBe(user.address)
  })

  it('a tampered payload no longer recovers to the user', async () => {
    const { message, signature } = await sign(token)
    const tampered = message.replace('"generation":0', '"generation":1')
    const decoded = decodeAppSk(encodeAppSk(tampered, signature))
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    expect(await recoverTokenSigner(decoded.message, decoded.signature)).not.toBe(user.address)
  })

  it('a token signed by someone else recovers to them, not to token.address', async () => {
    const { message, signature } = await sign(token, other)
    expect(await recoverTokenSigner(message, signature)).toBe(other.address)
  })

  it.each([
    ['no prefix', 'sk-abc', /app-sk-/],
    ['not base64', 'app-sk-***', /base64/],
    ['no separator', `app-sk-${btoa('{"a":1}')}`, /signature part/],
    ['bad signature', `app-sk-${btoa('{"a":1}|0x1234')}`, /malformed/],
    ['not JSON', `app-sk-${btoa(`nope|0x${'a'.repeat(130)}`)}`, /not JSON/],
    [
      'missing fields',
      `app-sk-${btoa(`{"address":"0x1"}|0x${'a'.repeat(130)}`)}`,
      /missing or invalid/,
    ],
    [
      'tokenId out of range',
      `app-sk-${btoa(`${tokenMessage({ ...token, tokenId: 256 })}|0x${'a'.repeat(130)}`)}`,
      /missing or invalid/,
    ],
    [
      'negative expiry',
      `app-sk-${btoa(`${tokenMessage({ ...token, expiresAt: -1 })}|0x${'a'.repeat(130)}`)}`,
      /missing or invalid/,
    ],
  ])('rejects %s with a reason', (_name, value, reason) => {
    const r = decodeAppSk(value)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
  })

  it('splits at the first "|" as the broker does, so a "|" in the payload breaks the token', async () => {
    const t = { ...token, nonce: 'a|b' }
    const { message, signature } = await sign(t)
    const r = decodeAppSk(encodeAppSk(message, signature))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(/signature is malformed/)
  })

  it('normalises v 0/1 to 27/28 and leaves 27/28 alone', async () => {
    const { message, signature } = await sign(token)
    const v = parseInt(signature.slice(130), 16)
    expect([27, 28]).toContain(v)
    expect(withBrokerV(signature)).toBe(signature)
    const low = `${signature.slice(0, 130)}0${v - 27}` as Hex
    expect(withBrokerV(low)).toBe(signature)
    expect(await recoverTokenSigner(message, withBrokerV(low))).toBe(user.address)
    expect(withBrokerV('0x1234')).toBe('0x1234')
    const odd = `${signature.slice(0, 130)}25` as Hex // v 37 (EIP-155 style): not ours to fix
    expect(withBrokerV(odd)).toBe(odd)
  })

  it("signs a token into a key the broker accepts, fixing a wallet's v 0/1", async () => {
    const message = tokenMessage(token)
    const key = await signAppSk(message, (args) => user.signMessage(args))
    const r = decodeAppSk(key)
    if (!r.ok) throw new Error(r.reason)
    expect(r.message).toBe(message)
    expect(await recoverTokenSigner(r.message, r.signature)).toBe(user.address)
    // A wallet that signs with v 0/1 yields the same key.
    const lowV = async (args: { message: { raw: Hex } }) => {
      const signature = await user.signMessage(args)
      return `${signature.slice(0, 130)}0${parseInt(signature.slice(130), 16) - 27}` as Hex
    }
    expect(await signAppSk(message, lowV)).toBe(key)
    await expect(signAppSk(message, () => Promise.reject(new Error('declined')))).rejects.toThrow(
      'declined',
    )
  })

  it('reads revoked bits and finds the lowest free token id', () => {
    const bitmap = (1n << 0n) | (1n << 1n) | (1n << 3n)
    expect(isTokenIdRevoked(bitmap, 0)).toBe(true)
    expect(isTokenIdRevoked(bitmap, 2)).toBe(false)
    expect(isTokenIdRevoked((1n << 256n) - 1n, 255)).toBe(false) // ephemeral ids are never revoked by bit
    expect(lowestFreeTokenId(bitmap)).toBe(2)
    expect(lowestFreeTokenId(bitmap, [2])).toBe(4)
    expect(lowestFreeTokenId((1n << 255n) - 1n)).toBeNull()
  })

  it('makes 32-hex-char random nonces', () => {
    const a = randomNonce()
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(randomNonce()).not.toBe(a)
  })
})
