/**
 * A small `multipart/form-data` parser (RFC 7578) for the images/edits and audio/transcriptions
 * uploads. The whole body is already in memory (bounded by MAX_BODY_BYTES), so a buffer scan is
 * enough; every malformation becomes a 400 with a message instead of an exception.
 */
import { HttpError } from './http-json'

export interface MultipartPart {
  name: string
  filename?: string
  contentType?: string
  data: Buffer
}

export interface MultipartForm {
  parts: MultipartPart[]
  /** First text field with this name (parts without a filename). */
  field(name: string): string | undefined
  /** First part with this name that carries a filename. */
  file(name: string): MultipartPart | undefined
}

/** The boundary of a multipart content type; 415 for any other content type. */
export function boundaryOf(contentType: string | undefined): string {
  const ct = contentType ?? ''
  if (!/^multipart\/form-data\b/i.test(ct)) {
    throw new HttpError(
      415,
      `expected Content-Type multipart/form-data, got ${ct || 'none'}`,
      'invalid_request_error',
      'unsupported_media_type',
    )
  }
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(ct)
  const boundary = m?.[1] ?? m?.[2]
  if (!boundary || boundary.length > 200)
    throw new HttpError(400, 'multipart Content-Type has no boundary')
  return boundary
}

/** Parses the body into parts. */
export function parseMultipart(body: Buffer, boundary: string): MultipartForm {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: MultipartPart[] = []
  let pos = body.indexOf(delimiter)
  if (pos < 0) throw malformed('no boundary found in the body')
  for (;;) {
    pos += delimiter.length
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break // "--": closing delimiter
    pos = skipLineBreak(body, pos)
    const headerEnd = findHeaderEnd(body, pos)
    if (!headerEnd) throw malformed('part headers are not terminated')
    const headers = parseHeaders(body.subarray(pos, headerEnd.at).toString('utf8'))
    const dataStart = headerEnd.at + headerEnd.length
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), dataStart)
    const nextLf =
      next < 0 ? body.indexOf(Buffer.concat([Buffer.from('\n'), delimiter]), dataStart) : -1
    if (next < 0 && nextLf < 0) throw malformed('missing closing boundary')
    const dataEnd = next >= 0 ? next : nextLf
    parts.push(toPart(headers, body.subarray(dataStart, dataEnd)))
    pos = dataEnd + (next >= 0 ? 2 : 1)
  }
  return {
    parts,
    field: (name) => {
      const p = parts.find((x) => x.name === name && x.filename === undefined)
      return p?.data.toString('utf8')
    },
    file: (name) => parts.find((x) => x.name === name && x.filename !== undefined),
  }
}

function malformed(what: string): HttpError {
  return new HttpError(
    400,
    `malformed multipart body: ${what}`,
    'invalid_request_error',
    'invalid_multipart',
  )
}

function skipLineBreak(body: Buffer, pos: number): number {
  // Transport padding (spaces/tabs) may precede the CRLF after a delimiter.
  while (body[pos] === 0x20 || body[pos] === 0x09) pos++
  if (body[pos] === 0x0d && body[pos + 1] === 0x0a) return pos + 2
  if (body[pos] === 0x0a) return pos + 1
  throw malformed('expected a line break after the boundary')
}

function findHeaderEnd(body: Buffer, from: number): { at: number; length: number } | null {
  const crlf = body.indexOf('\r\n\r\n', from)
  const lf = body.indexOf('\n\n', from)
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 }
  if (lf >= 0) return { at: lf, length: 2 }
  return null
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i <= 0) continue
    headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim())
  }
  return headers
}

function toPart(headers: Map<string, string>, data: Buffer): MultipartPart {
  const disposition = headers.get('content-disposition')
  if (!disposition || !/^form-data\b/i.test(disposition)) {
    throw malformed('a part has no Content-Disposition: form-data header')
  }
  const name = dispositionParam(disposition, 'name')
  if (name === undefined) throw malformed('a part has no name')
  const filename = dispositionParam(disposition, 'filename')
  const contentType = headers.get('content-type')
  return {
    name,
    data,
    ...(filename !== undefined ? { filename } : {}),
    ...(contentType !== undefined ? { contentType } : {}),
  }
}

function dispositionParam(disposition: string, key: string): string | undefined {
  // `name=` must not match inside `filename=`, hence the leading separator.
  const re = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i')
  const m = re.exec(disposition)
  if (!m) return undefined
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]
}
