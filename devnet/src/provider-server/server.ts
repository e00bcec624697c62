/**
 * The devnet provider server: one node:http server that serves every seeded 0G inference provider
 * under `/{slug}` and speaks the real provider protocol (docs/devnet-provider-server.md).
 */
import { StatusBoard } from './status-board'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Address } from 'viem'
import type { SeededProvider } from '../types'
import { AccountCache, BROKER_ACCOUNT_CACHE_MS } from './account-cache'
import { createChainReader } from './chain-reader'
import { providerRuntime, type ProviderRuntime, type ServerContext } from './context'
import { errorBody, HttpError, sendError, sendJson } from './http-json'
import { Knobs } from './knobs'
import { Meter } from './metering'
import { RateLimiter, type RateLimitConfig } from './rate-limit'
import { route } from './router'
import { createSettler, type SettlementReport } from './settlement'
import { SignatureStore } from './signatures'

export type { SettlementReport } from './settlement'

export interface ProviderServerOptions {
  /** bind address, e.g. '127.0.0.1' */
  host: string
  /** 0 = a free port chosen by the OS; a busy port rejects with "port N is busy" */
  port: number
  rpcUrl: string
  chainId: number
  inferenceAddress: Address
  /** `url` already set to `${publicBaseUrl}/${slug}` */
  providers: SeededProvider[]
  /** returned on GET /health */
  runId: string
  /** enables the /__test/* knobs (DEVNET_TEST=1) */
  testMode: boolean
  /** OpenAI-compatible base URL including /v1; chat is forwarded there when set */
  upstreamUrl?: string
  upstreamModel?: string
  /** Bearer key for the upstream, if it needs one (DEVNET_UPSTREAM_API_KEY) */
  upstreamApiKey?: string
  /** settlement timer; 0 = off */
  settleIntervalMs: number
  rateLimit: RateLimitConfig
  /** how long a sub-account read is reused (DEVNET_ACCOUNT_CACHE_MS; live broker: 10 min) */
  accountCacheMs?: number
  log?: (line: string) => void
}

export interface ProviderServer {
  url: string
  port: number
  /** Settles every provider's unsettled fees now. */
  settleAll(): Promise<SettlementReport[]>
  close(): Promise<void>
}

/** Starts listening; resolves once the port is bound. */
export async function startProviderServer(opts: ProviderServerOptions): Promise<ProviderServer> {
  const log = opts.log ?? ((line: string) => console.log(`[provider-server] ${line}`))
  const providers = new Map<string, ProviderRuntime>()
  for (const p of opts.providers) {
    if (providers.has(p.entry.slug)) throw new Error(`duplicate provider slug ${p.entry.slug}`)
    providers.set(p.entry.slug, providerRuntime(p))
  }
  const chain = createChainReader(opts.rpcUrl, opts.chainId, opts.inferenceAddress)
  const meter = new Meter()
  const knobs = new Knobs()
  const settler = createSettler({
    chain,
    meter,
    providers: () => [...providers.values()],
    log,
    overchargeFor: (slug) => knobs.overchargeFor(slug),
  })
  const ctx: ServerContext = {
    providers,
    chain,
    accounts: new AccountCache(opts.accountCacheMs ?? BROKER_ACCOUNT_CACHE_MS),
    meter,
    limiter: new RateLimiter(opts.rateLimit),
    signatures: new SignatureStore(),
    knobs,
    settler,
    status: new StatusBoard(),
    runId: opts.runId,
    chainId: opts.chainId,
    testMode: opts.testMode,
    upstream: opts.upstreamUrl
      ? {
          url: opts.upstreamUrl,
          ...(opts.upstreamModel ? { model: opts.upstreamModel } : {}),
          ...(opts.upstreamApiKey ? { apiKey: opts.upstreamApiKey } : {}),
        }
      : null,
    log,
  }

  const server = createServer((req, res) => void handle(req, res, ctx))
  // Malformed HTTP never reaches the handler: answer it in JSON too, then drop the socket.
  server.on('clientError', (err, socket) => {
    if (!socket.writable) return socket.destroy()
    const body = JSON.stringify(errorBody(new HttpError(400, `bad HTTP request: ${err.message}`)))
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  })
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `port ${opts.port} is busy on ${opts.host}: stop whatever listens there or choose another port`
            : `provider server cannot listen on ${opts.host}:${opts.port}: ${err.message}`,
        ),
      )
    }
    server.once('error', onError)
    server.listen(opts.port, opts.host, () => {
      server.off('error', onError)
      resolve()
    })
  })
  server.on('error', (err) => log(`server error: ${err.message}`))
  const port = (server.address() as AddressInfo).port
  const hostForUrl = opts.host.includes(':')
    ? `[${opts.host}]`
    : opts.host === '0.0.0.0'
      ? '127.0.0.1'
      : opts.host
  const url = `http://${hostForUrl}:${port}`
  settler.start(opts.settleIntervalMs)
  log(
    `listening on ${url} (${providers.size} providers${ctx.upstream ? `, chat upstream ${ctx.upstream.url}` : ''}${opts.testMode ? ', test knobs on' : ''})`,
  )

  return {
    url,
    port,
    settleAll: () => settler.settleAll(),
    async close() {
      await settler.stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

/** Runs the router; every failure becomes a JSON error and the server keeps serving. */
async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ServerContext,
): Promise<void> {
  try {
    await route(req, res, ctx)
  } catch (err) {
    if (res.headersSent) {
      // Mid-stream failure: the only honest signal left is to drop the connection.
      ctx.log(`${req.method} ${req.url} failed mid-response: ${(err as Error).message}`)
      res.destroy()
      return
    }
    if (err instanceof HttpError) {
      sendError(res, err)
      return
    }
    ctx.log(`${req.method} ${req.url} → 500: ${(err as Error).stack ?? String(err)}`)
    sendJson(
      res,
      500,
      errorBody(
        new HttpError(
          500,
          `internal devnet provider error: ${(err as Error).message}`,
          'server_error',
          'internal_error',
        ),
      ),
    )
  }
}
