/**
 * HTTP plumbing shared by every route: OpenAI-shaped JSON errors (so the `openai` client and the SDK
 * show our message), CORS, and bounded body reading.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import { WIRE_HEADER } from '../../../src/lib/protocol/wire'

/** An error that becomes `{error: {message, type, code}}` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string = 'invalid_request_error',
    readonly code: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/**
 * An error the live broker would send: `{"error": "<message>"}` with its status (400 unless said
 * otherwise); a 5xx body is only the status text (`api/common/errors/response.go` `Response`).
 */
export class BrokerError extends HttpError {
  constructor(message: string, status = 400, headers: Record<string, string> = {}) {
    super(status, message, 'invalid_request_error', null, headers)
    this.name = 'BrokerError'
  }
}

/** Browsers must read ZG-Res-Key (the chat id for signature lookup) and Retry-After on 429. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': '*, Authorization, Content-Type',
  'Access-Control-Expose-Headers': `${WIRE_HEADER.resKey}, ${WIRE_HEADER.retryAfter}`,
  'Access-Control-Max-Age': '600',
}

/** JSON.stringify that writes bigints as decimal strings (neuron amounts). */
export function toJson(body: unknown): string {
  return JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
}

/** Sends a JSON body with CORS headers; returns the exact bytes sent (they may be signed). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Buffer {
  const bytes = Buffer.from(toJson(body))
  if (res.headersSent) {
    res.end()
    return bytes
  }
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.length),
    ...headers,
  })
  res.end(bytes)
  return bytes
}

/** The OpenAI error envelope. */
export function errorBody(err: HttpError): {
  error: { message: string; type: string; code: string | null }
} {
  return { error: { message: err.message, type: err.type, code: err.code } }
}

export function sendError(res: ServerResponse, err: HttpError): void {
  if (err instanceof BrokerError) {
    const error = err.status >= 500 ? (STATUS_CODES[err.status] ?? 'Error') : err.message
    sendJson(res, err.status, { error }, err.headers)
    return
  }
  sendJson(res, err.status, errorBody(err), err.headers)
}

/** Maximum request body of every route (uploads included): 10 MB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024

/**
 * Reads the whole body. Past `limit` it keeps draining without buffering and then rejects with 413:
 * answering before the client finished sending makes fetch clients report a socket error instead
 * of our JSON message.
 */
export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    const declared = Number(req.headers['content-length'] ?? '0')
    if (declared > limit) tooLarge = true
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge) {
        const mb = (limit / 1024 / 1024).toFixed(0)
        reject(
          new HttpError(
            413,
            `request body is larger than ${mb} MB`,
            'invalid_request_error',
            'payload_too_large',
          ),
        )
      } else resolve(Buffer.concat(chunks))
    })
    req.on('error', (err) => reject(err))
  })
}

/** Parses a JSON object body; 400 with a clear message otherwise. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) throw new HttpError(400, 'request body is empty: send a JSON object')
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch (err) {
    throw new HttpError(
      400,
      `malformed JSON body: ${(err as Error).message}`,
      'invalid_request_error',
      'invalid_json',
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'request body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

/** Resolves after `ms` (streaming pace, latency knob). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** SSE response head, with the chat id header the SDK and the web UI read. */
export function startSse(res: ServerResponse, chatId: string | null): void {
  res.writeHead(200, {
    ...CORS_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
    ...(chatId === null ? {} : { [WIRE_HEADER.resKey]: chatId }),
  })
  res.flushHeaders()
}
