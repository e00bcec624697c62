/**
 * The service page's SDK and CLI snippets, as generated for a devnet service, run for real against
 * the devnet: the SDK script with node for each TeeML service type (official SDK 0.9.0: request
 * headers, the request, processResponse) and the CLI lines with bash (`0g-compute-cli inference
 * get-secret` against the devnet's RPC and contracts, then the cURL request with that key). The wallet is a fresh key with
 * a ledger and a sub-account with the provider, made through the devnet test kit.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { createPublicClient, http, parseEther, type Hex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CLI_LOGIN, cliSnippet, sdkSnippet } from '../../src/lib/catalog/snippets'
import { devnetUser } from '../testkit/user'
import { sineWav } from '../testkit/wav'

const devnet = inject('devnet')
const client = createPublicClient({ transport: http(devnet.rpcUrl) })
const providerOf = (slug: string) => devnet.providers.find((p) => p.slug === slug)!
const glm = providerOf('glm-5-fp8')
const service = { ...glm, provider: glm.address }
/** The other TeeML service types, whose SDK snippets upload or save files. */
const OTHER_TYPES = ['z-image', 'qwen-image-edit-2511', 'whisper-large-v3']
const chain = {
  rpcUrl: devnet.rpcUrl,
  ledger: devnet.contracts.ledger,
  inference: devnet.contracts.inference,
}
const repo = path.resolve(import.meta.dirname, '../..')

let key: Hex
let dir: string

/** Runs a command to its end; its output and exit code, whatever they are. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<{ code: number; out: string; err: string }>((resolve) => {
    execFile(cmd, args, { cwd, env, timeout: 90_000 }, (error, out, err) =>
      resolve({ code: error ? ((error.code as number | undefined) ?? 1) : 0, out, err }),
    )
  })
}

/** The environment without anything that would colour the CLI's output. */
function plainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  for (const name of ['FORCE_COLOR', 'ZG_API_KEY', 'ZG_PRIVATE_KEY', 'ZG_RPC_ENDPOINT'])
    delete env[name]
  return { ...env, ...extra }
}

beforeAll(async () => {
  key = generatePrivateKey()
  await client.request({
    method: 'anvil_setBalance',
    params: [privateKeyToAccount(key).address, `0x${parseEther('100').toString(16)}`],
  } as never)
  const user = devnetUser(devnet, key)
  await user.createLedger(parseEther('12'))
  for (const p of [glm, ...OTHER_TYPES.map(providerOf)])
    await user.transferFund(p.address, parseEther('2'))
  // Inside the repository, so that node resolves the SDK and ethers the way a project would.
  const root = path.join(repo, 'node_modules', '.cache')
  mkdirSync(root, { recursive: true })
  dir = mkdtempSync(path.join(root, 'build-snippets-'))
  // The inputs the image-editing and transcription snippets read.
  const png = new PNG({ width: 16, height: 16 })
  png.data.fill(200)
  writeFileSync(path.join(dir, 'input.png'), PNG.sync.write(png))
  writeFileSync(path.join(dir, 'audio.wav'), sineWav(2.5))
}, 60_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('Build snippets against the devnet', () => {
  it('the SDK script gets an answer and processResponse verifies it', async () => {
    const code = sdkSnippet(service, chain)!
    const file = path.join(dir, 'sdk-request.mjs')
    writeFileSync(file, code)
    const res = await run('node', [file], plainEnv({ ZG_PRIVATE_KEY: key }), dir)
    expect(res.err).toBe('')
    expect(res.code).toBe(0)
    expect(res.out).toContain('Hello from the 0G devnet responder for GLM-5-FP8')
    expect(res.out).toContain('response verified by processResponse')
  }, 90_000)

  for (const slug of OTHER_TYPES) {
    it(`the SDK script for ${slug} gets its answer and processResponse verifies it`, async () => {
      const p = providerOf(slug)
      const file = path.join(dir, `sdk-${slug}.mjs`)
      writeFileSync(file, sdkSnippet({ ...p, provider: p.address }, chain)!)
      const res = await run('node', [file], plainEnv({ ZG_PRIVATE_KEY: key }), dir)
      expect(res.err).toBe('')
      expect(res.code).toBe(0)
      expect(res.out).toContain('response verified by processResponse')
      if (p.serviceType === 'speech-to-text') expect(res.out).toMatch(/2\.5/)
      else {
        const out = p.serviceType === 'text-to-image' ? 'image.png' : 'edited.png'
        expect(PNG.sync.read(readFileSync(path.join(dir, out))).width).toBeGreaterThan(0)
      }
    }, 90_000)
  }

  it('the CLI lines get a key with get-secret and the request succeeds with it', async () => {
    const code = cliSnippet(service, chain)!
    // `login` prompts for the key; it stores it in ~/.0g-compute-cli/config.json, as here.
    expect(code.split('\n')).toContain(CLI_LOGIN)
    const home = path.join(dir, 'home')
    mkdirSync(path.join(home, '.0g-compute-cli'), { recursive: true })
    writeFileSync(
      path.join(home, '.0g-compute-cli', 'config.json'),
      JSON.stringify({ privateKey: key }),
    )
    const script = code
      .split('\n')
      .filter((l) => l !== CLI_LOGIN)
      .join('\n')
    const env = plainEnv({
      HOME: home,
      PATH: `${path.join(repo, 'node_modules', '.bin')}:${process.env.PATH}`,
    })
    const res = await run(
      'bash',
      ['-e', '-c', `${script}\necho\necho "key: $ZG_API_KEY"`],
      env,
      repo,
    )
    expect(res.code, res.err).toBe(0)
    expect(res.out).toMatch(/^HTTP\/1\.1 200/m)
    expect(res.out).toMatch(/^zg-res-key: chatcmpl-devnet-/im)
    expect(res.out).toContain('Hello from the 0G devnet responder for GLM-5-FP8')
    expect(res.out).toMatch(/^key: app-sk-\S+$/m)
  }, 120_000)
})
