/**
 * Checks for data read back from browser storage (localStorage, sessionStorage, IndexedDB). That
 * storage is untrusted: an extension, another app on the same origin, an old version or a user
 * editing devtools may have written anything. Readers keep the well-formed records, drop the rest
 * and count how many they dropped, so one bad record never costs the others or crashes a page.
 */

/** A value read from storage and how many stored records were unreadable and skipped. */
export interface Parsed<T> {
  value: T
  dropped: number
}

/** Latest representable Date (ms since epoch); later values make `toISOString` throw. */
const MAX_TIME_MS = 8.64e15

export type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A string of at most `max` characters (and at least `min`). */
export const isStr = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max

/** Free text: at most `max` characters kept (longer text is cut), null when not a string. */
export const text = (v: unknown, max: number): string | null =>
  typeof v !== 'string' ? null : v.length > max ? `${v.slice(0, max - 1)}…` : v

/** ms since epoch that a Date can hold. */
export const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME_MS

export const isInt = (v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max

/** A non-negative decimal integer string (neuron amounts, block numbers), up to 2^256. */
export const isDecimal = (v: unknown): v is string => typeof v === 'string' && /^\d{1,78}$/.test(v)

/** A non-negative bigint (an amount or block number read back by structured clone). */
export const isUint = (v: unknown): v is bigint => typeof v === 'bigint' && v >= 0n

export const isAddressLike = (v: unknown): v is `0x${string}` =>
  typeof v === 'string' && /^0x[0-9a-fA-F]{40}$/.test(v)

export const isHash = (v: unknown): v is `0x${string}` =>
  typeof v === 'string' && /^0x[0-9a-fA-F]{64}$/.test(v)

/** A chain id (EIP-155 ids fit in 2^53 in practice; bounded to keep keys sane). */
export const isChainId = (v: unknown): v is number => isInt(v, 1, 2 ** 52)

/**
 * A stored list: the last `max` entries are looked at (the stores cap their lists; a longer one is
 * cut, not counted), each kept when `parse` accepts it. A value that is not a list counts as one
 * unreadable record.
 */
export function parseStoredList<T>(
  raw: unknown,
  parse: (v: unknown) => T | null,
  max: number,
): Parsed<T[]> {
  if (!Array.isArray(raw)) return { value: [], dropped: 1 }
  const value: T[] = []
  let dropped = 0
  for (const v of raw.slice(-max)) {
    const item = parse(v)
    if (item === null) dropped++
    else value.push(item)
  }
  return { value, dropped }
}

/** `parseStoredList` with `parse` and `max` fixed: the parser of one store's list. */
export function storedListParser<T>(
  parse: (v: unknown) => T | null,
  max: number,
): (raw: unknown) => Parsed<T[]> {
  return (raw) => parseStoredList(raw, parse, max)
}

/** JSON text from storage; a text that is not JSON counts as one unreadable record. */
export function parseStoredJson<T>(
  raw: string,
  parse: (json: unknown) => Parsed<T>,
  empty: T,
): Parsed<T> {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { value: empty, dropped: 1 }
  }
  return parse(json)
}
