/**
 * Hostile chat output for the `hostile-next-output` test knob: one huge line, 5 MB of text, or
 * bytes that are not valid UTF-8. Streams send it in slices of at most 64 KiB.
 */
import type { HostileOutput } from '../knobs'

/** Replaced by INVALID_UTF8_BYTES in the bytes sent (JSON cannot carry raw invalid bytes). */
export const INVALID_UTF8_MARKER = '@@INVALID-UTF8@@'
/** A lone continuation-less lead, 0xFF/0xFE, a broken 2-byte sequence and a UTF-16 surrogate. */
export const INVALID_UTF8_BYTES = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80])

export const LONG_LINE_CHARS = 300_000
export const HUGE_TEXT_BYTES = 5 * 1024 * 1024
const SLICE = 64 * 1024

/** The reply text for a hostile kind (ASCII, so characters = bytes before the UTF-8 swap). */
export function hostileText(kind: HostileOutput): string {
  switch (kind) {
    case 'long-line':
      return `LONGLINE${'W'.repeat(LONG_LINE_CHARS - 8)}`
    case 'huge': {
      const line =
        'huge devnet output line that repeats to fill five megabytes of text 0123456789\n'
      return line.repeat(Math.ceil(HUGE_TEXT_BYTES / line.length)).slice(0, HUGE_TEXT_BYTES)
    }
    case 'invalid-utf8':
      return `Bytes that are not UTF-8 follow: ${INVALID_UTF8_MARKER} and the reply goes on after them.`
  }
}

/** The text in stream slices (each one completion token). */
export function hostilePieces(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += SLICE) out.push(text.slice(i, i + SLICE))
  return out
}

/** Swaps every marker for the invalid bytes. */
export function injectInvalidUtf8(bytes: Buffer): Buffer {
  const marker = Buffer.from(INVALID_UTF8_MARKER)
  const parts: Buffer[] = []
  let from = 0
  for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, from)) {
    parts.push(bytes.subarray(from, at), INVALID_UTF8_BYTES)
    from = at + marker.length
  }
  if (from === 0) return bytes
  parts.push(bytes.subarray(from))
  return Buffer.concat(parts)
}
