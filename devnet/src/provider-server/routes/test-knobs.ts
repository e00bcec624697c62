/**
 * `/__test/*` knobs (only when the server runs in test mode) and `POST /__admin/settle`.
 * Bodies are optional JSON; `slug` omitted = every provider.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getAddress, isAddress, keccak256, toBytes } from 'viem'
import {
  ALL,
  RANDOM_ERROR_STATUSES,
  type HostileOutput,
  type QuoteTamper,
  type SignatureFault,
} from '../knobs'
import type { ServerContext } from '../context'
import { HttpError, parseJsonObject, readBody, sendJson } from '../http-json'

async function optionalBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req, 64 * 1024)
  return body.length === 0 ? {} : parseJsonObject(body)
}

function target(server: ServerContext, body: Record<string, unknown>, required = false): string {
  const slug = body.slug
  if (slug === undefined || slug === null) {
    if (required) throw new HttpError(400, '`slug` is required')
    return ALL
  }
  if (typeof slug !== 'string' || !server.providers.has(slug)) {
    throw new HttpError(
      400,
      `unknown provider slug ${String(slug)}; known: ${[...server.providers.keys()].join(', ')}`,
    )
  }
  return slug
}

function intIn(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new HttpError(400, `\`${name}\` must be an integer from ${min} to ${max}`)
  }
  return v
}

/** Handles `/__test/{name}`; 404 for unknown names. */
export async function handleTestKnob(
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
  server: ServerContext,
): Promise<void> {
  const { knobs } = server
  const post = async (): Promise<Record<string, unknown>> => {
    if (req.method !== 'POST')
      throw new HttpError(
        405,
        `use POST /__test/${name}`,
        'invalid_request_error',
        'method_not_allowed',
        { Allow: 'POST, OPTIONS' },
      )
    return optionalBody(req)
  }
  switch (name) {
    case 'charge': {
      // Adds a fee to `user`'s unsettled usage with one provider, as if it had been served (so a
      // test can spend a sub-account to exactly zero at the next settlement).
      const body = await post()
      const slug = target(server, body, true)
      const { user, amount } = body
      if (typeof user !== 'string' || !isAddress(user))
        throw new HttpError(400, '`user` must be an address')
      if (typeof amount !== 'string' || !/^[1-9]\d{0,40}$/.test(amount))
        throw new HttpError(400, '`amount` must be a positive integer in neuron, as a string')
      const provider = server.providers.get(slug)!
      const hash = keccak256(toBytes(`test-charge:${slug}:${user}:${amount}:${Date.now()}`))
      server.meter.record(provider.address, getAddress(user), BigInt(amount), hash)
      return void sendJson(res, 200, { ok: true, slug, user, amount })
    }
    case 'overcharge': {
      // Until reset, each settlement of the provider takes `amount` neuron more than was metered.
      const body = await post()
      const slug = target(server, body)
      const { amount } = body
      if (typeof amount !== 'string' || !/^(0|[1-9]\d{0,40})$/.test(amount))
        throw new HttpError(400, '`amount` must be an integer in neuron, as a string (0 clears)')
      server.knobs.setOvercharge(slug, BigInt(amount))
      return void sendJson(res, 200, { ok: true, slug, amount })
    }
    case 'tamper-next-signature': {
      const slug = target(server, await post())
      knobs.tamperNextSignature(slug)
      return void sendJson(res, 200, { ok: true, slug })
    }
    case 'fail-next': {
      const body = await post()
      const slug = target(server, body)
      const status = intIn(body.status, 'status', 400, 599)
      // `pad`: characters appended to the message, for a hostile multi-megabyte error text
      // (the knob's own request body stays small).
      const pad = body.pad === undefined ? 0 : intIn(body.pad, 'pad', 0, 8_000_000)
      const message =
        typeof body.message === 'string' || pad > 0
          ? `${typeof body.message === 'string' ? body.message : ''}${'W'.repeat(pad)}`
          : undefined
      const retryAfter =
        body.retryAfter === undefined ? undefined : intIn(body.retryAfter, 'retryAfter', 0, 3600)
      knobs.failNext(slug, {
        status,
        ...(message !== undefined ? { message } : {}),
        ...(retryAfter !== undefined ? { retryAfter } : {}),
      })
      return void sendJson(res, 200, { ok: true, slug, status })
    }
    case 'latency': {
      const body = await post()
      const slug = target(server, body)
      const ms = intIn(body.ms, 'ms', 0, 120_000)
      knobs.setLatency(slug, ms)
      return void sendJson(res, 200, { ok: true, slug, ms })
    }
    case 'cut-next-stream': {
      const slug = target(server, await post())
      knobs.cutNextStream(slug)
      return void sendJson(res, 200, { ok: true, slug })
    }
    case 'bad-quote': {
      const body = await post()
      const slug = target(server, body, true)
      if (body.kind !== 'signer' && body.kind !== 'compose')
        throw new HttpError(400, '`kind` must be signer or compose')
      knobs.setBadQuote(slug, body.kind as QuoteTamper)
      return void sendJson(res, 200, { ok: true, slug, kind: body.kind })
    }
    case 'signature-fault': {
      const body = await post()
      const slug = target(server, body)
      const fault = body.fault ?? null
      if (fault !== null && fault !== 'hang' && fault !== 'junk' && fault !== 'wrong-shape')
        throw new HttpError(400, '`fault` must be hang, junk, wrong-shape or null')
      knobs.setSignatureFault(slug, fault as SignatureFault | null)
      return void sendJson(res, 200, { ok: true, slug, fault })
    }
    case 'provider-behaviour': {
      // {slug, rewrite?: {model?, inject?}, separatedNode?: boolean}; neither = back to the catalog's.
      const body = await post()
      const slug = target(server, body, true)
      const rw = body.rewrite
      if (rw !== undefined && rw !== null && (typeof rw !== 'object' || Array.isArray(rw)))
        throw new HttpError(400, '`rewrite` must be {model?, inject?}')
      const r = (rw ?? undefined) as { model?: unknown; inject?: unknown } | undefined
      if (r && r.model !== undefined && typeof r.model !== 'string')
        throw new HttpError(400, '`rewrite.model` must be a string')
      if (r && r.inject !== undefined && (typeof r.inject !== 'object' || r.inject === null))
        throw new HttpError(400, '`rewrite.inject` must be an object')
      if (body.separatedNode !== undefined && typeof body.separatedNode !== 'boolean')
        throw new HttpError(400, '`separatedNode` must be a boolean')
      const behaviour = {
        ...(r ? { rewrite: r as { model?: string; inject?: Record<string, unknown> } } : {}),
        ...(body.separatedNode ? { separatedNode: true } : {}),
      }
      knobs.setBehaviour(slug, Object.keys(behaviour).length ? behaviour : null)
      return void sendJson(res, 200, { ok: true, slug, ...behaviour })
    }
    case 'omit-next-res-key': {
      const slug = target(server, await post())
      knobs.omitNextResKey(slug)
      return void sendJson(res, 200, { ok: true, slug })
    }
    case 'replay-next-signature': {
      const slug = target(server, await post())
      knobs.replayNextSignature(slug)
      return void sendJson(res, 200, { ok: true, slug })
    }
    case 'hostile-next-output': {
      const body = await post()
      const slug = target(server, body)
      if (body.kind !== 'long-line' && body.kind !== 'huge' && body.kind !== 'invalid-utf8')
        throw new HttpError(400, '`kind` must be long-line, huge or invalid-utf8')
      knobs.hostileNextOutput(slug, body.kind as HostileOutput)
      return void sendJson(res, 200, { ok: true, slug, kind: body.kind })
    }
    case 'endless-next-stream': {
      const slug = target(server, await post())
      knobs.endlessNextStream(slug)
      return void sendJson(res, 200, { ok: true, slug })
    }
    case 'random-errors': {
      const body = await post()
      const slug = target(server, body)
      const rate = body.rate
      if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
        throw new HttpError(400, '`rate` must be a number from 0 to 1')
      const statuses = body.statuses ?? RANDOM_ERROR_STATUSES
      if (
        !Array.isArray(statuses) ||
        statuses.length === 0 ||
        !statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599)
      )
        throw new HttpError(400, '`statuses` must be a non-empty list of HTTP statuses 400–599')
      if (statuses.some((s) => s === 401 || s === 402))
        throw new HttpError(
          400,
          "the live broker never answers 401 or 402: use 400 with `refusal: 'session' | 'balance'`",
        )
      const refusal = body.refusal ?? 'balance'
      if (refusal !== 'balance' && refusal !== 'session')
        throw new HttpError(400, "`refusal` must be 'balance' or 'session'")
      const seed = body.seed === undefined ? 1 : intIn(body.seed, 'seed', 0, 2 ** 32 - 1)
      knobs.setRandomErrors(slug, rate, statuses as number[], seed, refusal)
      return void sendJson(res, 200, { ok: true, slug, rate, statuses, refusal, seed })
    }
    case 'account-cache': {
      const body = await post()
      if (body.ms !== undefined) server.accounts.ttlMs = intIn(body.ms, 'ms', 0, 86_400_000)
      if (body.flush !== undefined && typeof body.flush !== 'boolean')
        throw new HttpError(400, '`flush` must be true or false')
      if (body.flush === true) server.accounts.clear()
      return void sendJson(res, 200, { ok: true, ms: server.accounts.ttlMs })
    }
    case 'reset': {
      await post()
      knobs.reset()
      server.limiter.reset()
      // e2e tests revert the chain after each test; fees metered against the reverted state go too.
      server.meter.clear()
      server.accounts.reset()
      return void sendJson(res, 200, { ok: true })
    }
    case 'unsettled': {
      if (req.method !== 'GET')
        throw new HttpError(
          405,
          'use GET /__test/unsettled',
          'invalid_request_error',
          'method_not_allowed',
          { Allow: 'GET, OPTIONS' },
        )
      const slugOf = new Map(
        [...server.providers.values()].map((p) => [p.address.toLowerCase(), p.slug]),
      )
      return void sendJson(res, 200, {
        knobs: knobs.describe(),
        entries: server.meter.list().map((e) => ({
          slug: slugOf.get(e.provider.toLowerCase()),
          provider: e.provider,
          user: e.user,
          unsettled: e.unsettled,
          inFlight: e.inFlight,
          requests: e.requestHashes.length,
          servedRequests: e.servedRequests,
          settledTotal: e.settledTotal,
        })),
      })
    }
    default:
      throw new HttpError(
        404,
        `unknown test knob /__test/${name}`,
        'invalid_request_error',
        'not_found',
      )
  }
}

/** `POST /__admin/settle` (body optional `{slug}`): settles now and returns the reports. */
export async function handleAdminSettle(
  req: IncomingMessage,
  res: ServerResponse,
  server: ServerContext,
): Promise<void> {
  if (req.method !== 'POST')
    throw new HttpError(
      405,
      'use POST /__admin/settle',
      'invalid_request_error',
      'method_not_allowed',
      { Allow: 'POST, OPTIONS' },
    )
  const slug = target(server, await optionalBody(req))
  const reports =
    slug === ALL
      ? await server.settler.settleAll()
      : await server.settler.settleProvider(server.providers.get(slug)!)
  sendJson(res, 200, { reports })
}
