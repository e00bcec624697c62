/**
 * JSON the way the provider broker's Go `encoding/json` writes a body it decoded into
 * `map[string]interface{}` and marshals again (docs/protocol.md §9.1): object keys sorted by
 * their UTF-8 bytes, no spaces, numbers as float64 in the shortest form, strings with `<` `>` `&`
 * escaped as `\u003c` `\u003e` `\u0026`, U+2028/U+2029 escaped, control characters as `\n` `\r`
 * `\t` `\b` `\f` or `\u00XX`, and lone surrogates as U+FFFD (Go's decoder replaces them).
 * The broker does this in `EnsureStreamOptions` (ctrl/proxy.go) when a streamed chat body has no
 * `stream_options.include_usage`; `brokerEnsureStreamOptions` is that rule, byte for byte, for
 * the devnet to follow and for tests. Relative imports only: the devnet runs this under Node.
 */

const enc = new TextEncoder()

/** Go's `strconv.FormatFloat(f, 'f'|'e', -1, 64)` choice equals JavaScript's shortest form, but for -0. */
function goNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error('JSON numbers are finite')
  if (Object.is(n, -0)) return '-0'
  return String(n)
}

const SHORT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
}

function goString(s: string): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const ch = s[i]!
    if (SHORT[ch]) out += SHORT[ch]
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1]!
        i++
      } else out += '\ufffd'
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd'
    else out += ch
  }
  return out + '"'
}

/** Byte-wise comparison of the UTF-8 encodings (Go sorts map keys as byte strings). */
function utf8Compare(a: string, b: string): number {
  const x = enc.encode(a)
  const y = enc.encode(b)
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}

/** A JSON value (as `JSON.parse` gives it) serialized as Go's `json.Marshal` would. */
export function goMarshal(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return goNumber(value)
  if (typeof value === 'string') return goString(value)
  if (Array.isArray(value)) return `[${value.map(goMarshal).join(',')}]`
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort(utf8Compare)
    return `{${keys.map((k) => `${goString(k)}:${goMarshal(o[k])}`).join(',')}}`
  }
  throw new Error(`not a JSON value: ${typeof value}`)
}

/**
 * The body the broker forwards (and hashes into the signed text) for a chat request: unchanged,
 * unless it is a JSON object with `"stream": true` whose `stream_options` lacks `include_usage`;
 * then `include_usage: true` is added (a non-object `stream_options` is replaced) and the whole
 * body is re-marshalled Go-style. Mirrors `EnsureStreamOptions` in ctrl/proxy.go.
 */
export function brokerEnsureStreamOptions(body: Uint8Array): Uint8Array {
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch {
    return body
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return body
  const o = parsed as Record<string, unknown>
  if (o.stream !== true) return body
  const opts = o.stream_options
  if (typeof opts === 'object' && opts !== null && !Array.isArray(opts)) {
    if ('include_usage' in opts) return body
    o.stream_options = { ...opts, include_usage: true }
  } else {
    o.stream_options = { include_usage: true }
  }
  try {
    return enc.encode(goMarshal(o))
  } catch {
    return body // e.g. a number out of float64 range: Go's decoder refuses it, the body stays
  }
}
