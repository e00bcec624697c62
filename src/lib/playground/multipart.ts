/**
 * multipart/form-data built by hand, so the app knows the exact request bytes it sends (the
 * provider signs sha256 of them; `FormData` would hide the boundary and the bytes).
 */

export interface MultipartFile {
  field: string
  filename: string
  contentType: string
  bytes: Uint8Array
}

/** The body bytes and the Content-Type header for text fields plus files. */
export function buildMultipart(
  fields: Record<string, string>,
  files: MultipartFile[],
  boundary = `----0g-playground-${randomHex(12)}`,
): { body: Uint8Array; contentType: string } {
  const enc = new TextEncoder()
  const parts: Uint8Array[] = []
  const safe = (s: string) => s.replace(/["\r\n]/g, '_')
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      enc.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${safe(name)}"\r\n\r\n${value}\r\n`,
      ),
    )
  }
  for (const f of files) {
    parts.push(
      enc.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${safe(f.field)}"; filename="${safe(f.filename)}"\r\nContent-Type: ${safe(f.contentType)}\r\n\r\n`,
      ),
      f.bytes,
      enc.encode('\r\n'),
    )
  }
  parts.push(enc.encode(`--${boundary}--\r\n`))
  return { body: concatBytes(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function randomHex(bytes: number): string {
  const b = new Uint8Array(bytes)
  crypto.getRandomValues(b)
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
}
