/**
 * Provider server, bad input: every malformed, foreign, expired or revoked token gets the live
 * broker's HTTP 400 {"error": "validate session: …"} (revocations as its cached account sees them);
 * other bad requests a clear 4xx JSON error (OpenAI shape); the server keeps serving. Dev wallet 0.
 */
import { keccak256, parseEther, stringToHex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { beforeAll, describe, expect, it } from 'vitest'
import { signAppSkToken, signTokenMessage } from '../testkit/app-sk'
import { providerKnobs } from '../testkit/knobs'
import { devnetUser } from '../testkit/user'
import { chatBody, errorOf, post, providerBySlug, providerTestSetup } from './support/provider-user'

const { devnet, user } = providerTestSetup(0)
const glm = providerBySlug(devnet, 'glm-5-fp8')
const deepseek = providerBySlug(devnet, 'deepseek-chat-v3-0324')
const gptOss = providerBySlug(devnet, 'gpt-oss-120b') // no sub-account with this one
const knobs = providerKnobs(devnet.providerServerUrl)
const chatUrl = (p: { url: string }) => `${p.url}/v1/proxy/chat/completions`

beforeAll(async () => {
  await knobs.reset()
  await user.fundLedger(parseEther('10'))
  await user.transferFund(glm.address, parseEther('3'))
  await user.transferFund(deepseek.address, parseEther('3'))
}, 60_000)

async function expectError(res: Response, status: number, message: RegExp): Promise<void> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  const err = await errorOf(res)
  expect(err.message).toMatch(message)
  expect(typeof err.type).toBe('string')
}

/** The broker's session refusal: HTTP 400 with body exactly {"error": "validate session: …"}. */
async function expectRefused(res: Response, message: RegExp): Promise<void> {
  expect(res.status).toBe(400)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  const body = (await res.json()) as Record<string, unknown>
  expect(Object.keys(body)).toEqual(['error'])
  expect(body.error).toMatch(/^validate session: /)
  expect(body.error).toMatch(message)
}

/** The broker's refusal after the session: HTTP 400 {"error": "validate request: …"}. */
async function expectRequestRefused(res: Response, message: RegExp): Promise<void> {
  expect(res.status).toBe(400)
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  const body = (await res.json()) as Record<string, unknown>
  expect(Object.keys(body)).toEqual(['error'])
  expect(body.error).toMatch(message)
}

/** Gives `address` 100 0G of gas money on the devnet. */
async function fundWallet(address: string): Promise<void> {
  const res = await post(
    devnet.rpcUrl,
    JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'anvil_setBalance',
      params: [address, `0x${parseEther('100').toString(16)}`],
    }),
  )
  expect(res.status).toBe(200)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('session refusals: HTTP 400 {"error": "validate session: …"} as the broker sends them', () => {
  it('missing, non-Bearer and garbled keys', async () => {
    const hi = chatBody('hi')
    await expectRefused(await post(chatUrl(glm), hi), /missing or invalid Authorization header/)
    await expectRefused(await post(chatUrl(glm), hi, 'Basic abc'), /must be Bearer app-sk-/)
    await expectRefused(await post(chatUrl(glm), hi, 'Bearer sk-openai'), /missing or invalid/)
    await expectRefused(await post(chatUrl(glm), hi, 'Bearer app-sk-%%%'), /invalid base64/)
    const noSig = `Bearer app-sk-${Buffer.from('{"a":1}').toString('base64')}`
    await expectRefused(await post(chatUrl(glm), hi, noSig), /invalid Authorization payload/)
  })

  it('a token signed by someone else than its address', async () => {
    const real = await user.appSk(glm.address)
    const message = Buffer.from(real.slice('app-sk-'.length), 'base64').toString().split('|')[0]!
    const intruder = privateKeyToAccount(keccak256(stringToHex('intruder')))
    await expectRefused(
      await post(
        chatUrl(glm),
        chatBody('hi'),
        `Bearer ${await signTokenMessage(intruder, message)}`,
      ),
      /signature verification failed: address mismatch/,
    )
  })

  it('a wallet signature with v 0/1 is refused; the same signature with v 27/28 works', async () => {
    const good = await user.appSk(glm.address)
    const [message, sig] = Buffer.from(good.slice('app-sk-'.length), 'base64')
      .toString()
      .split('|') as [string, string]
    const v = parseInt(sig.slice(130), 16)
    const low = `${sig.slice(0, 130)}0${v - 27}`
    const lowAuth = `Bearer app-sk-${Buffer.from(`${message}|${low}`).toString('base64')}`
    await expectRefused(
      await post(chatUrl(glm), chatBody('v 0/1'), lowAuth),
      /failed to recover public key from signature/,
    )
    expect((await post(chatUrl(glm), chatBody('v 27/28'), `Bearer ${good}`)).status).toBe(200)
  })

  it('an expired token', async () => {
    const past = Date.now() - 60_000
    const auth = await user.bearer(glm.address, { timestamp: past - 1000, expiresAt: past })
    await expectRefused(await post(chatUrl(glm), chatBody('hi'), auth), /session token expired/)
  })

  it('a token for another provider', async () => {
    const auth = await user.bearer(deepseek.address)
    await expectRefused(
      await post(chatUrl(glm), chatBody('hi'), auth),
      /session token is for different provider/,
    )
  })

  it('no sub-account with the provider → the broker\'s 400 "validate request: … account not exist"', async () => {
    // generation given: there is no sub-account to read it from.
    const token = await signAppSkToken(user.account, {
      provider: gptOss.address,
      nonce: 'n1',
      generation: 0,
    })
    const res = await post(chatUrl(gptOss), chatBody('hi'), `Bearer ${token}`)
    await expectRequestRefused(
      res,
      /^validate request: get account from contract, account not exist/,
    )
  })

  it("a sub-account not acknowledged → the broker's 400; acknowledgeTEESigner lets it through", async () => {
    // A user of its own: the per-user rate limit of the tests around stays untouched.
    const key = generatePrivateKey()
    await fundWallet(privateKeyToAccount(key).address)
    const user = devnetUser(devnet, key)
    await user.createLedger(parseEther('5'))
    await user.transferFund(deepseek.address, parseEther('1'))
    await user.unacknowledge(deepseek.address)
    expect((await user.subAccount(deepseek.address)).acknowledged).toBe(false)
    const auth = await user.bearer(deepseek.address)
    await expectRequestRefused(
      await post(chatUrl(deepseek), chatBody('hi'), auth),
      /^validate request: user not acknowledge the provider, please use acknowledgeProviderSigner function in sdk first/,
    )
    await user.acknowledgeTEESigner(deepseek.address)
    // Acknowledged (the devnet re-reads an unacknowledged cached account; the broker may take 2
    // minutes): past that check, the empty sub-account meets the balance rule.
    expect((await post(chatUrl(deepseek), chatBody('hi'), auth)).status).toBe(400)
    await user.transferFund(deepseek.address, parseEther('2'))
    expect((await post(chatUrl(deepseek), chatBody('hi'), auth)).status).toBe(200)
  })

  it('a revoked API key id is refused once the cached account expires; other ids keep working', async () => {
    const key3 = await user.bearer(glm.address, { tokenId: 3, expiresAt: 0 })
    const key4 = await user.bearer(glm.address, { tokenId: 4, expiresAt: 0 })
    expect((await post(chatUrl(glm), chatBody('before'), key3)).status).toBe(200)
    await user.revokeToken(glm.address, 3)
    await knobs.knob('account-cache', { flush: true }) // the cached account expires
    await expectRefused(
      await post(chatUrl(glm), chatBody('after'), key3),
      /session token has been revoked$/,
    )
    expect((await post(chatUrl(glm), chatBody('other key'), key4)).status).toBe(200)
  })

  it('revokeAllTokens under the account cache: the old generation works until the entry expires, then only the new one', async () => {
    await knobs.knob('account-cache', { ms: 60_000, flush: true })
    try {
      const old = await user.bearer(deepseek.address)
      expect((await post(chatUrl(deepseek), chatBody('cached'), old)).status).toBe(200)
      const { generation } = await user.subAccount(deepseek.address)
      await user.revokeAllTokens(deepseek.address)
      const fresh = await user.bearer(deepseek.address, { generation: Number(generation) + 1 })
      // The broker still holds the old account: the old token passes, the new one is "future".
      expect((await post(chatUrl(deepseek), chatBody('still old'), old)).status).toBe(200)
      await expectRefused(
        await post(chatUrl(deepseek), chatBody('too new'), fresh),
        /invalid session token \(future generation\)/,
      )
      // The entry expires (a short lifetime here): now the new generation is seen.
      await knobs.knob('account-cache', { ms: 300 })
      await knobs.knob('account-cache', { flush: true })
      expect((await post(chatUrl(deepseek), chatBody('refresh'), fresh)).status).toBe(200)
      await sleep(400)
      await expectRefused(
        await post(chatUrl(deepseek), chatBody('old again'), old),
        /session token has been revoked \(generation expired\)/,
      )
      expect((await post(chatUrl(deepseek), chatBody('new'), fresh)).status).toBe(200)
    } finally {
      await knobs.reset()
    }
  })

  it('unsettledfee needs a valid key of the same user', async () => {
    const auth = await user.bearer(glm.address)
    const other = devnet.devWallets[1]!.address
    const res = await fetch(`${glm.url}/v1/user/${other}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    await expectError(res, 403, /another user/)
    const mine = await fetch(`${glm.url}/v1/user/${user.address}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    expect(mine.status).toBe(200)
    expect((await mine.json()) as unknown).toEqual({
      unsettledFee: expect.stringMatching(/^\d+$/) as unknown,
    })
    await expectRefused(
      await fetch(`${glm.url}/v1/user/${user.address}/unsettledfee`),
      /missing or invalid Authorization/,
    )
  })
})

describe('malformed requests and routes (400/404/405/413/415)', () => {
  it('malformed JSON and invalid chat bodies', async () => {
    const auth = await user.bearer(glm.address)
    await expectError(await post(chatUrl(glm), '{"messages": [', auth), 400, /malformed JSON body/)
    await expectError(await post(chatUrl(glm), '[]', auth), 400, /JSON object/)
    await expectError(await post(chatUrl(glm), '{"messages": []}', auth), 400, /messages/)
  })

  it('a route of another service type, unknown routes and providers, wrong methods', async () => {
    const auth = await user.bearer(glm.address)
    await expectError(
      await post(`${glm.url}/v1/proxy/images/generations`, '{"prompt":"x"}', auth),
      404,
      /chatbot service.*use \/v1\/proxy\/chat\/completions/,
    )
    await expectError(await fetch(`${glm.url}/v1/nope`), 404, /no route \/v1\/nope/)
    await expectError(
      await fetch(`${devnet.providerServerUrl}/no-such-provider/v1/quote`),
      404,
      /unknown provider "no-such-provider"/,
    )
    const res = await fetch(chatUrl(glm))
    await expectError(res, 405, /method GET not allowed/)
    expect(res.headers.get('allow')).toContain('POST')
    await expectError(
      await fetch(`${glm.url}/v1/proxy/signature/unknown-id`),
      404,
      /no signature for chat id unknown-id/,
    )
  })

  it('an upload over 10 MB → 413; a non-multipart edit → 415', async () => {
    const edit = providerBySlug(devnet, 'qwen-image-edit-2511')
    await user.transferFund(edit.address, parseEther('2'))
    const auth = await user.bearer(edit.address)
    const big = new Uint8Array(11 * 1024 * 1024)
    const res = await post(
      `${edit.url}/v1/proxy/images/edits`,
      big,
      auth,
      'multipart/form-data; boundary=x',
    )
    await expectError(res, 413, /larger than 10 MB/)
    await expectError(
      await post(`${edit.url}/v1/proxy/images/edits`, '{}', auth),
      415,
      /multipart\/form-data/,
    )
  })

  it('CORS preflight answers 204 and exposes ZG-Res-Key', async () => {
    const res = await fetch(chatUrl(glm), {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-expose-headers')).toContain('ZG-Res-Key')
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
  })

  it('the server is still healthy afterwards', async () => {
    const res = await fetch(`${devnet.providerServerUrl}/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      ok: true,
      runId: devnet.runId,
      chainId: devnet.chainId,
    })
    // Rejected requests count against the rate limit too; start from a fresh bucket.
    await knobs.reset()
    const auth = await user.bearer(glm.address)
    expect((await post(chatUrl(glm), chatBody('still there?'), auth)).status).toBe(200)
  })
})
