/**
 * Protocol overhead in Node against one devnet provider: our provider client (exact request and
 * response bytes, SSE parsing) against a raw `fetch` of the same request, verification time per
 * response with and without the signature fetch, and time to first token streamed. Interleaved
 * rounds, medians, ratios. Raw and ours alternate which goes first: the second request of a pair is
 * measurably faster (JSON) or slower (a stream right after a stream) whichever client sends it, so a
 * fixed order measured the order, not the client (it is still reported as `fixedOrder` for TTFT).
 */
import { createPublicClient, http, parseEther, type Hex } from 'viem'
import { chatCompletion, type InferenceTarget } from '../src/api/provider-client'
import { fetchSignature } from '../src/api/signature-client'
import { verifyExchange } from '../src/chain/playground/verify-exchange'
import { verifyResponse } from '../src/lib/protocol/verify-response'
import { inferenceServingAbi } from '../devnet/src/abis/inference-serving'
import { devnetUser } from '../devnet/testkit/user'
import type { DevnetInfo } from '../devnet/src/types'
import { median } from './first-row'

export interface OverheadResult {
  rounds: number
  rawMs: number
  clientMs: number
  clientOverRaw: number
  /** Time to first token, pairs in alternating order (raw first in even rounds, ours first in odd). */
  rawTtftMs: number
  clientTtftMs: number
  ttftRatio: number
  /**
   * The same in the old fixed order (raw stream, then ours, inside the round with the JSON chats and
   * verification): the stream that comes second in a pair is slower whichever client sends it.
   */
  fixedOrder: { rawTtftMs: number; clientTtftMs: number; ttftRatio: number }
  verifyExcludingFetchMs: number
  verifyIncludingFetchMs: number
}

const body = (stream: boolean) => ({
  model: 'qwen-2.5-7b-instruct',
  stream,
  messages: [{ role: 'user', content: 'Say hello' }],
})

async function rawChat(url: string, auth: string): Promise<void> {
  const res = await fetch(`${url}/v1/proxy/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify(body(false)),
  })
  await res.arrayBuffer()
}

async function clientTtft(target: InferenceTarget): Promise<number> {
  const t = performance.now()
  let first = -1
  await chatCompletion(target, body(true), {
    onDelta: () => {
      if (first < 0) first = performance.now() - t
    },
  })
  return first
}

async function rawTtft(url: string, auth: string): Promise<number> {
  const t0 = performance.now()
  const res = await fetch(`${url}/v1/proxy/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify(body(true)),
  })
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let ttft = -1
  let buffered = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffered += decoder.decode(value, { stream: true })
    if (ttft < 0 && /"content":"[^"]/.test(buffered)) ttft = performance.now() - t0
  }
  return ttft
}

/**
 * `viaProxy`: the origin of a latency proxy in front of the provider server; the raw and the client
 * requests go through it (the signature fetch of verification does not).
 */
export async function measureProtocolOverhead(
  devnet: DevnetInfo,
  rounds = 20,
  viaProxy?: string,
): Promise<OverheadResult> {
  const p = devnet.providers.find((x) => x.slug === 'qwen-2-5-7b-instruct')!
  const user = devnetUser(devnet, devnet.devWallets[2]!.privateKey as Hex)
  if (!(await user.readLedger())) await user.createLedger(parseEther('5'))
  if (!(await user.readSubAccount(p.address))) await user.transferFund(p.address, parseEther('3'))
  const authorization = `Bearer ${await user.appSk(p.address)}`
  const url = viaProxy
    ? new URL(new URL(p.url).pathname, viaProxy).toString().replace(/\/$/, '')
    : p.url
  const target: InferenceTarget = { url, authorization }
  const client = createPublicClient({ transport: http(devnet.rpcUrl) })
  const svc = await client.readContract({
    address: devnet.contracts.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [p.address],
  })
  const snapshot = { ...svc, provider: p.address }
  const raw: number[] = []
  const ours: number[] = []
  const rawT: number[] = []
  const oursT: number[] = []
  const vEx: number[] = []
  const vIn: number[] = []
  for (let i = 0; i < rounds; i++) {
    // JSON chats in alternating order too (the second of a pair tends to be the faster one).
    const timeRaw = async () => {
      const t0 = performance.now()
      await rawChat(url, authorization)
      raw.push(performance.now() - t0)
    }
    if (i % 2 === 1) await timeRaw()
    let t = performance.now()
    const exchange = await chatCompletion(target, body(false))
    ours.push(performance.now() - t)
    if (i % 2 === 0) await timeRaw()
    rawT.push(await rawTtft(url, authorization))
    oursT.push(await clientTtft(target))
    t = performance.now()
    await verifyExchange({ chainId: 31337, client }, snapshot, exchange)
    vIn.push(performance.now() - t)
    const payload = await fetchSignature(p.url, exchange.chatId, p.model)
    t = performance.now()
    await verifyResponse({
      service: snapshot,
      payload,
      chatId: exchange.chatId,
      requestBody: exchange.requestBody,
      responseBody: exchange.responseBody,
    })
    vEx.push(performance.now() - t)
  }
  // Time to first token on its own: one warm-up pair, then pairs in alternating order.
  const rawA: number[] = []
  const oursA: number[] = []
  await rawTtft(url, authorization)
  await clientTtft(target)
  for (let i = 0; i < rounds * 2; i++) {
    if (i % 2 === 0) {
      rawA.push(await rawTtft(url, authorization))
      oursA.push(await clientTtft(target))
    } else {
      oursA.push(await clientTtft(target))
      rawA.push(await rawTtft(url, authorization))
    }
  }
  const m = (xs: number[]) => median(xs) ?? NaN
  return {
    rounds,
    rawMs: m(raw),
    clientMs: m(ours),
    clientOverRaw: m(ours) / m(raw),
    rawTtftMs: m(rawA),
    clientTtftMs: m(oursA),
    ttftRatio: m(oursA) / m(rawA),
    fixedOrder: { rawTtftMs: m(rawT), clientTtftMs: m(oursT), ttftRatio: m(oursT) / m(rawT) },
    verifyExcludingFetchMs: m(vEx),
    verifyIncludingFetchMs: m(vIn),
  }
}
