/**
 * URL routing: server-level routes (`/health`, `/status/health`, `/__admin/*`, `/__test/*`) and the per-provider
 * protocol routes under `/{slug}`. Route-shape errors (unknown path, wrong method, a route of
 * another service type) are answered here, before any body is read or any chain call is made.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ServiceType } from '../../../src/lib/protocol/pricing'
import { PROXY_ROUTE, proxyPath, unsettledFeePath, WIRE_PATH } from '../../../src/lib/protocol/wire'
import type { RouteContext, ServerContext } from './context'
import { CORS_HEADERS, HttpError, sendJson } from './http-json'
import { handleTranscription } from './routes/audio'
import { handleChat } from './routes/chat'
import { handleImageEdit, handleImageGeneration } from './routes/images'
import { handleModels, handleQuote, handleSignature } from './routes/info'
import { handleAdminSettle, handleTestKnob } from './routes/test-knobs'
import { handleUnsettledFee } from './routes/unsettled-fee'

interface ProviderRoute {
  method: 'GET' | 'POST'
  path: string
  /** Only providers of this service type serve the route. */
  serviceType?: ServiceType
  handler: (ctx: RouteContext) => Promise<void> | void
}

/** The billable route of each service type, for "use … instead" hints. */
const ROUTE_OF_TYPE: Record<ServiceType, string> = {
  chatbot: proxyPath(PROXY_ROUTE.chatbot),
  'text-to-image': proxyPath(PROXY_ROUTE['text-to-image']),
  'image-editing': proxyPath(PROXY_ROUTE['image-editing']),
  'speech-to-text': proxyPath(PROXY_ROUTE['speech-to-text']),
}

const ROUTES: ProviderRoute[] = [
  { method: 'POST', path: ROUTE_OF_TYPE.chatbot, serviceType: 'chatbot', handler: handleChat },
  {
    method: 'POST',
    path: ROUTE_OF_TYPE['text-to-image'],
    serviceType: 'text-to-image',
    handler: handleImageGeneration,
  },
  {
    method: 'POST',
    path: ROUTE_OF_TYPE['image-editing'],
    serviceType: 'image-editing',
    handler: handleImageEdit,
  },
  {
    method: 'POST',
    path: ROUTE_OF_TYPE['speech-to-text'],
    serviceType: 'speech-to-text',
    handler: handleTranscription,
  },
  { method: 'GET', path: `${WIRE_PATH.signature}/:chatId`, handler: handleSignature },
  { method: 'GET', path: WIRE_PATH.quote, handler: handleQuote },
  { method: 'GET', path: WIRE_PATH.models, handler: handleModels },
  // The openai client lists models at `${baseURL}/models` with baseURL = `{url}/v1/proxy`.
  { method: 'GET', path: WIRE_PATH.proxyModels, handler: handleModels },
  { method: 'GET', path: unsettledFeePath(':addr'), handler: handleUnsettledFee },
]

interface CompiledRoute extends ProviderRoute {
  regex: RegExp
  names: string[]
}

const COMPILED: CompiledRoute[] = ROUTES.map((r) => {
  const names: string[] = []
  const source = r.path
    .split('/')
    .map((seg) => {
      if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(seg.slice(1))
      return '([^/]+)'
    })
    .join('/')
  return { ...r, regex: new RegExp(`^${source}/?$`), names }
})

/** Dispatches one request; throws HttpError for anything the client got wrong. */
export async function route(
  req: IncomingMessage,
  res: ServerResponse,
  server: ServerContext,
): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS)
    res.end()
    return
  }
  const url = new URL(req.url ?? '/', 'http://devnet.local')
  const path = url.pathname
  if (path === '/health' || path === '/health/') {
    requireMethod(req, 'GET')
    sendJson(res, 200, {
      ok: true,
      runId: server.runId,
      chainId: server.chainId,
      providers: [...server.providers.keys()],
    })
    return
  }
  if (path === '/') {
    requireMethod(req, 'GET')
    sendJson(res, 200, {
      name: '0G devnet provider server',
      providers: [...server.providers.values()].map((p) => ({
        slug: p.slug,
        model: p.entry.model,
        serviceType: p.entry.serviceType,
        url: p.seeded.url,
      })),
    })
    return
  }
  if (path === '/status/health' || path === '/status/health/') {
    requireMethod(req, 'GET')
    sendJson(
      res,
      200,
      server.status.snapshot(
        [...server.providers.values()].map((p) => ({
          slug: p.slug,
          provider: p.address,
          model: p.entry.model,
        })),
      ),
    )
    return
  }
  if (path === '/__admin/settle') return handleAdminSettle(req, res, server)
  if (path.startsWith('/__test/')) {
    if (!server.testMode) throw notFound(`no route ${path} (test knobs need DEVNET_TEST=1)`)
    return handleTestKnob(path.slice('/__test/'.length), req, res, server)
  }

  const slash = path.indexOf('/', 1)
  const slug = path.slice(1, slash < 0 ? undefined : slash)
  const rest = slash < 0 ? '' : path.slice(slash)
  const provider = server.providers.get(slug)
  if (!provider) {
    throw notFound(
      `unknown provider "${slug}"; this server serves: ${[...server.providers.keys()].join(', ')}`,
    )
  }
  const matches = COMPILED.filter((r) => r.regex.test(rest))
  if (matches.length === 0) throw notFound(`no route ${rest || '/'} at provider ${slug}`)
  const r = matches.find((m) => m.method === req.method)
  if (!r) {
    const allow = [...new Set(matches.map((m) => m.method)), 'OPTIONS'].join(', ')
    throw new HttpError(
      405,
      `method ${req.method} not allowed on ${rest}; use ${allow}`,
      'invalid_request_error',
      'method_not_allowed',
      { Allow: allow },
    )
  }
  const type = provider.entry.serviceType
  if (r.serviceType && r.serviceType !== type) {
    throw notFound(
      `${slug} is a ${type} service: ${rest} is not served here (use ${ROUTE_OF_TYPE[type]})`,
      'unsupported_route',
    )
  }
  const m = r.regex.exec(rest)!
  const params: Record<string, string> = {}
  try {
    r.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)))
  } catch {
    throw new HttpError(400, 'malformed percent-encoding in the path')
  }
  if (!r.serviceType) {
    await r.handler({ req, res, server, provider, params, url })
    return
  }
  // Billable routes feed the status board: time to the end of the answer, and whether the
  // server failed (a 5xx or a dropped stream; the client's own mistakes are not downtime).
  const started = performance.now()
  let ok = false
  try {
    await r.handler({ req, res, server, provider, params, url })
    ok = res.statusCode < 500
  } catch (err) {
    ok = err instanceof HttpError && err.status < 500
    throw err
  } finally {
    server.status.record(slug, ok, performance.now() - started)
  }
}

function requireMethod(req: IncomingMessage, method: string): void {
  if (req.method !== method) {
    throw new HttpError(405, `use ${method}`, 'invalid_request_error', 'method_not_allowed', {
      Allow: `${method}, OPTIONS`,
    })
  }
}

function notFound(message: string, code = 'not_found'): HttpError {
  return new HttpError(404, message, 'invalid_request_error', code)
}
