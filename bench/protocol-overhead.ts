/**
 * Protocol overhead in Node against one devnet provider: our provider client (exact request and
 * response bytes, SSE parsing) against a raw `fetch` of the same request, verification time per
 * response with and without the signature fetch, and time to first token streamed. Interleaved
 * rounds, medians, ratios.
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
  rawTtftMs: number
  clientTtftMs: number
  ttftRatio: number
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
  // Rate limits (30/min, burst 5) would dominate: each round waits out its share of the bucket.
  for (let i = 0; i < rounds; i++) {
    let t = performance.now()
    await rawChat(url, authorization)
    raw.push(performance.now() - t)
    t = performance.now()
    const exchange = await chatCompletion(target, body(false))
    ours.push(performance.now() - t)
    rawT.push(await rawTtft(url, authorization))
    t = performance.now()
    let first = -1
    await chatCompletion(target, body(true), {
      onDelta: () => {
        if (first < 0) first = performance.now() - t
      },
    })
    oursT.push(first)
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
  const m = (xs: number[]) => median(xs) ?? NaN
  return {
    rounds,
    rawMs: m(raw),
    clientMs: m(ours),
    clientOverRaw: m(ours) / m(raw),
    rawTtftMs: m(rawT),
    clientTtftMs: m(oursT),
    ttftRatio: m(oursT) / m(rawT),
    verifyExcludingFetchMs: m(vEx),
    verifyIncludingFetchMs: m(vIn),
  }
}
