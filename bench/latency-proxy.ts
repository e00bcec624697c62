/**
 * A reverse HTTP proxy that makes a local upstream (the devnet RPC or provider server) look remote:
 * each request is held for half the round-trip time before it is forwarded, and the response
 * (headers, then every body chunk, in order) is held for the other half, so one request/response
 * costs `rttMs` more than on localhost. A streamed body keeps its chunking and spacing. The first
 * request on a new connection costs one extra round trip (the TCP handshake; TLS is not modelled).
 *
 * It logs every request with its start (arrival of the request's first byte at the proxy) and end
 * (last response byte written back), and for JSON-RPC POSTs the methods (a batch array is one
 * request with several methods). `criticalPath` turns the log into the number of sequential round
 * trips.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface ProxiedRequest {
  /** Date.now() when the request arrived at the proxy. */
  start: number
  /** Date.now() when the last byte of its response was written back (NaN until it has ended). */
  end: number
  method: string
  path: string
  /** JSON-RPC methods of a POST body (several for a batch), else empty. */
  rpc: string[]
}

export interface LatencyProxy {
  url: string
  port: number
  rttMs: number
  log: ProxiedRequest[]
  /** Requests in [from, to] (by start), for one measurement. */
  since(from: number, to?: number): ProxiedRequest[]
  close(): Promise<void>
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

function rpcMethods(body: Buffer): string[] {
  try {
    const v = JSON.parse(body.toString('utf8')) as unknown
    const calls = Array.isArray(v) ? v : [v]
    return calls.map((c) =>
      typeof c === 'object' && c !== null && typeof (c as { method?: unknown }).method === 'string'
        ? (c as { method: string }).method
        : '<unparsed>',
    )
  } catch {
    return []
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export async function startLatencyProxy(opts: {
  target: string
  port: number
  rttMs: number
  host?: string
  /** Charge one more RTT for the first request on a new connection (default true). */
  handshake?: boolean
}): Promise<LatencyProxy> {
  const target = new URL(opts.target)
  const half = opts.rttMs / 2
  const log: ProxiedRequest[] = []
  const fresh = new WeakSet<Socket>()
  const server: Server = createServer((req, res) => {
    const entry: ProxiedRequest = {
      start: Date.now(),
      end: NaN,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      rpc: [],
    }
    log.push(entry)
    const handshake = opts.handshake !== false && fresh.has(req.socket) ? opts.rttMs : 0
    fresh.delete(req.socket)
    void (async () => {
      const body = await readBody(req)
      if (entry.method === 'POST') entry.rpc = rpcMethods(body)
      await wait(half + handshake)
      const headers = { ...req.headers, host: target.host }
      const up = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
        },
        (upRes) => {
          // Constant delays keep the order of headers, chunks and end.
          setTimeout(() => {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers)
            res.flushHeaders()
          }, half)
          // A body with a known length is complete for the client at its last byte, which can be
          // before the end is signalled here: `end` is the time of the last byte written.
          let lastByte = NaN
          upRes.on('data', (c: Buffer) =>
            setTimeout(() => {
              res.write(c)
              lastByte = Date.now()
            }, half),
          )
          upRes.on('end', () =>
            setTimeout(() => {
              res.end()
              entry.end = Number.isFinite(lastByte) ? lastByte : Date.now()
            }, half),
          )
          upRes.on('error', () => setTimeout(() => res.destroy(), half))
        },
      )
      up.on('error', () => {
        setTimeout(() => {
          if (!res.headersSent) res.writeHead(502)
          res.end()
          entry.end = Date.now()
        }, half)
      })
      up.end(body)
    })().catch(() => res.destroy())
  })
  server.on('connection', (s: Socket) => {
    s.setNoDelay(true)
    fresh.add(s)
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host ?? '127.0.0.1', resolve)
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    rttMs: opts.rttMs,
    log,
    since: (from, to = Infinity) => log.filter((r) => r.start >= from && r.start <= to),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * The number of sequential round trips among `requests` that had finished by `until`: the longest
 * chain in which each request started after the previous one had ended (the critical path), and
 * the total count.
 */
export function criticalPath(
  requests: ProxiedRequest[],
  until = Infinity,
): { sequential: number; total: number; chain: string[] } {
  const done = requests
    .filter((r) => Number.isFinite(r.end) && r.end <= until)
    .sort((a, b) => a.start - b.start)
  const depth: number[] = []
  const prev: number[] = []
  for (let i = 0; i < done.length; i++) {
    depth[i] = 1
    prev[i] = -1
    for (let j = 0; j < i; j++) {
      if (done[j]!.end <= done[i]!.start && depth[j]! + 1 > depth[i]!) {
        depth[i] = depth[j]! + 1
        prev[i] = j
      }
    }
  }
  let best = -1
  for (let i = 0; i < done.length; i++) if (best < 0 || depth[i]! > depth[best]!) best = i
  const chain: string[] = []
  for (let i = best; i >= 0; i = prev[i]!) {
    const r = done[i]!
    chain.unshift(r.rpc.length ? r.rpc.join('+') : `${r.method} ${r.path}`)
  }
  return { sequential: best < 0 ? 0 : depth[best]!, total: done.length, chain }
}
