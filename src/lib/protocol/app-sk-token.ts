/**
 * The `app-sk` request token of the 0G provider protocol (docs/protocol.md §6).
 * The JSON key order is part of the format: the signature covers `keccak256(JSON.stringify(token))`.
 */
import {
  bytesToString,
  getAddress,
  isAddress,
  keccak256,
  recoverMessageAddress,
  stringToBytes,
  toBytes,
  type Address,
  type Hex,
} from 'viem'

export const APP_SK_PREFIX = 'app-sk-'
/** Token id of ephemeral session tokens; 0–254 are persistent, individually revocable API keys. */
export const EPHEMERAL_TOKEN_ID = 255
export const MAX_API_KEY_TOKEN_ID = 254
export const SESSION_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000

export interface AppSkToken {
  address: Address
  provider: Address
  /** ms since epoch */
  timestamp: number
  /** ms since epoch; 0 = never expires (API keys only) */
  expiresAt: number
  nonce: string
  generation: number
  tokenId: number
}

/** The exact JSON text that is hashed and signed (key order fixed by the protocol). */
export function tokenMessage(token: AppSkToken): string {
  const ordered = {
    address: token.address,
    provider: token.provider,
    timestamp: token.timestamp,
    expiresAt: token.expiresAt,
    nonce: token.nonce,
    generation: token.generation,
    tokenId: token.tokenId,
  }
  return JSON.stringify(ordered)
}

/** The 32-byte digest the wallet signs with EIP-191 `personal_sign` (raw bytes, not the JSON text). */
export function tokenDigest(message: string): Hex {
  return keccak256(stringToBytes(message))
}

/** `Bearer`-less header value: `app-sk-` + base64(utf8(message + "|" + signature)). */
export function encodeAppSk(message: string, signature: Hex): string {
  return APP_SK_PREFIX + bytesToBase64(stringToBytes(`${message}|${signature}`))
}

export type DecodeResult =
  { ok: true; token: AppSkToken; message: string; signature: Hex } | { ok: false; reason: string }

/** Parses an `app-sk-…` key (with or without `Bearer `); never throws. */
export function decodeAppSk(value: string): DecodeResult {
  const raw = value.startsWith('Bearer ') ? value.slice('Bearer '.length).trim() : value.trim()
  if (!raw.startsWith(APP_SK_PREFIX)) return { ok: false, reason: 'token must start with app-sk-' }
  let text: string
  try {
    text = bytesToString(base64ToBytes(raw.slice(APP_SK_PREFIX.length)))
  } catch {
    return { ok: false, reason: 'token is not valid base64' }
  }
  // The broker splits on the FIRST `|` (`strings.SplitN(decoded, "|", 2)` in ValidateSession).
  const sep = text.indexOf('|')
  if (sep < 0) return { ok: false, reason: 'token has no signature part' }
  const message = text.slice(0, sep)
  const signature = text.slice(sep + 1)
  if (!/^0x[0-9a-fA-F]{130}$/.test(signature))
    return { ok: false, reason: 'token signature is malformed' }
  let parsed: unknown
  try {
    parsed = JSON.parse(message)
  } catch {
    return { ok: false, reason: 'token payload is not JSON' }
  }
  const token = parseToken(parsed)
  if (!token) return { ok: false, reason: 'token payload has missing or invalid fields' }
  return { ok: true, token, message, signature: signature as Hex }
}

function parseToken(v: unknown): AppSkToken | null {
  if (typeof v !== 'object' || v === null) return null
  const o = v as Record<string, unknown>
  const { address, provider, timestamp, expiresAt, nonce, generation, tokenId } = o
  if (typeof address !== 'string' || !isAddress(address, { strict: false })) return null
  if (typeof provider !== 'string' || !isAddress(provider, { strict: false })) return null
  if (!isSafeNonNegInt(timestamp) || !isSafeNonNegInt(expiresAt)) return null
  if (typeof nonce !== 'string' || nonce.length === 0 || nonce.length > 128) return null
  if (!isSafeNonNegInt(generation)) return null
  if (!isSafeNonNegInt(tokenId) || tokenId > EPHEMERAL_TOKEN_ID) return null
  return {
    address: getAddress(address),
    provider: getAddress(provider),
    timestamp,
    expiresAt,
    nonce,
    generation,
    tokenId,
  }
}

function isSafeNonNegInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

/**
 * A wallet signature with `v` 27/28, as the broker requires (ValidateSession subtracts 27 and
 * refuses anything but 0/1 after that). Some wallets and hardware signers return `v` 0/1; this
 * adds 27 to those and leaves every other signature unchanged.
 */
export function withBrokerV(signature: Hex): Hex {
  if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) return signature
  const v = parseInt(signature.slice(130), 16)
  if (v !== 0 && v !== 1) return signature
  return `${signature.slice(0, 130)}${(v + 27).toString(16)}` as Hex
}

/** Signs raw bytes with EIP-191 `personal_sign`, as wagmi's `signMessageAsync` and viem's `account.signMessage` do. */
export type SignRawMessage = (args: { message: { raw: Hex } }) => Promise<Hex>

/**
 * The `app-sk-…` key for `message` (a token's exact JSON text): `sign` signs its 32-byte digest and
 * the signature's `v` is brought to 27/28 for the broker (`withBrokerV`). Rejects when `sign` does
 * (e.g. the wallet declines).
 */
export async function signAppSk(message: string, sign: SignRawMessage): Promise<string> {
  const signature = await sign({ message: { raw: tokenDigest(message) } })
  return encodeAppSk(message, withBrokerV(signature))
}

/** Recovers the address that signed the token's digest (EIP-191 over the 32 raw bytes). */
export async function recoverTokenSigner(message: string, signature: Hex): Promise<Address> {
  return recoverMessageAddress({ message: { raw: toBytes(tokenDigest(message)) }, signature })
}

/** Random 32-hex-char nonce, as the SDK uses in browsers. */
export function randomNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A token's bit in the contract's `revokedBitmap`. Ephemeral tokens (255) are never individually revoked. */
export function isTokenIdRevoked(revokedBitmap: bigint, tokenId: number): boolean {
  if (tokenId === EPHEMERAL_TOKEN_ID) return false
  return ((revokedBitmap >> BigInt(tokenId)) & 1n) === 1n
}

/** Lowest token id in 0–254 whose bit is not set, or null when all are revoked. */
export function lowestFreeTokenId(
  revokedBitmap: bigint,
  used: readonly number[] = [],
): number | null {
  for (let id = 0; id <= MAX_API_KEY_TOKEN_ID; id++) {
    if (!isTokenIdRevoked(revokedBitmap, id) && !used.includes(id)) return id
  }
  return null
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin)
}

function base64ToBytes(b64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new Error('not base64')
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
