/**
 * The provider server's `/__test/*` knobs (test mode only; devnet/src/provider-server/routes/
 * test-knobs.ts, docs/devnet-provider-server.md "Test knobs") with typed names and bodies, and
 * `GET /__test/unsettled`. `slug` omitted = every provider.
 */
import type { Address } from 'viem'

type Slug = { slug?: string }

/** Each knob's request body. */
export interface KnobBodies {
  /** Adds `amount` neuron (decimal string) to `user`'s unsettled fee with one provider. */
  charge: { slug: string; user: Address; amount: string }
  /**
   * Until reset, each settlement item of the provider (or every provider) asks for `amount` neuron
   * (decimal string) more than was metered: a dishonest provider. `'0'` clears.
   */
  overcharge: Slug & { amount: string }
  'tamper-next-signature': Slug
  'fail-next': Slug & { status: number; message?: string; pad?: number; retryAfter?: number }
  latency: Slug & { ms: number }
  'cut-next-stream': Slug
  'bad-quote': { slug: string; kind: 'signer' | 'compose' }
  'signature-fault': Slug & { fault: 'hang' | 'junk' | 'wrong-shape' | null }
  'omit-next-res-key': Slug
  'replay-next-signature': Slug
  'hostile-next-output': Slug & { kind: 'long-line' | 'huge' | 'invalid-utf8' }
  'endless-next-stream': Slug
  /**
   * Until reset, fails requests at `rate` with a status drawn from `statuses` (default 400, 429,
   * 500, 503; never 401/402, which the live broker does not send); a drawn 400 is the broker's
   * low-balance refusal, or with `refusal: 'session'` its session refusal.
   */
  'random-errors': Slug & {
    rate: number
    statuses?: number[]
    seed?: number
    refusal?: 'balance' | 'session'
  }
  /**
   * Broker configuration until reset: `rewrite` the chat body it forwards (and signs) with a model
   * and/or injected fields; `separatedNode`: no ZG-Res-Key, ids chatcmpl-<uuid>, no signature.
   */
  'provider-behaviour': {
    slug: string
    rewrite?: { model?: string; inject?: Record<string, unknown> } | null
    separatedNode?: boolean
  }
  /**
   * The sub-account cache (the broker's contractAccountCache): `ms` sets how long a read is reused
   * from now on, `flush` forgets every entry (the broker's POST /v1/sync-account). Reset restores
   * DEVNET_ACCOUNT_CACHE_MS and flushes.
   */
  'account-cache': { ms?: number; flush?: boolean }
  reset: Record<string, never>
}

export type KnobName = keyof KnobBodies

/** Knobs whose body may be left out (every field optional). */
type OptionalBody = {
  [K in KnobName]: Record<string, never> extends KnobBodies[K]
    ? K
    : object extends KnobBodies[K]
      ? K
      : never
}[KnobName]

export type KnobArgs<K extends KnobName> = K extends OptionalBody
  ? [body?: KnobBodies[K]]
  : [body: KnobBodies[K]]

/**
 * POSTs a knob and returns the raw response (tests of the knob route itself look at the status).
 * `body` may be anything for those tests; use `knob` for the typed, checked call.
 */
export function postKnob(
  providerServerUrl: string,
  name: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${providerServerUrl}/__test/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
}

/** Sets a knob; throws with the server's answer unless it was accepted. */
export async function setKnob<K extends KnobName>(
  providerServerUrl: string,
  name: K,
  ...[body]: KnobArgs<K>
): Promise<void> {
  const res = await postKnob(providerServerUrl, name, body)
  if (!res.ok) throw new Error(`knob ${name}: HTTP ${res.status} ${await res.text()}`)
}

/** One metered (user, provider) pair in `GET /__test/unsettled`. */
export interface UnsettledEntry {
  slug: string
  provider: Address
  user: Address
  /** neuron, decimal string */
  unsettled: string
  /** neuron of requests being served now, decimal string */
  inFlight: string
  requests: number
  servedRequests: number
  /** neuron, decimal string */
  settledTotal: string
}

export interface UnsettledReport {
  knobs: unknown
  entries: UnsettledEntry[]
}

/** `GET /__test/unsettled`: the meter's entries and the knobs in force. */
export async function readUnsettled(providerServerUrl: string): Promise<UnsettledReport> {
  const res = await fetch(`${providerServerUrl}/__test/unsettled`)
  if (!res.ok) throw new Error(`GET /__test/unsettled: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as UnsettledReport
}

/** `POST /__admin/settle` (optionally one provider): settles now. */
export async function settleNow(providerServerUrl: string, slug?: string): Promise<unknown> {
  const res = await fetch(`${providerServerUrl}/__admin/settle`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(slug ? { slug } : {}),
  })
  if (!res.ok) throw new Error(`POST /__admin/settle: HTTP ${res.status} ${await res.text()}`)
  return res.json()
}

/** The knob calls bound to one provider server (`knob` sets and checks; `postKnob` returns the raw answer). */
export function providerKnobs(providerServerUrl: string) {
  return {
    knob: <K extends KnobName>(name: K, ...body: KnobArgs<K>): Promise<void> =>
      setKnob(providerServerUrl, name, ...body),
    postKnob: (name: string, body?: unknown): Promise<Response> =>
      postKnob(providerServerUrl, name, body),
    reset: (): Promise<void> => setKnob(providerServerUrl, 'reset'),
    unsettled: (): Promise<UnsettledReport> => readUnsettled(providerServerUrl),
    settle: (slug?: string): Promise<unknown> => settleNow(providerServerUrl, slug),
  }
}
