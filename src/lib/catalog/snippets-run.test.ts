/**
 * The copied snippets are run for real with hostile on-chain strings: curl (and the openai client in
 * Node) in a temp dir that holds canary files, against a local capture server. A model such as
 * `<.ssh/id_rsa` or `@/etc/passwd` must arrive as that literal text, never as the file it names, and
 * no command inside a string may run.
 */
import { execFile, execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSnippet, cliSnippet, sdkSnippet, shellQuote, type SnippetLang } from './snippets'

const CANARY = 'CANARY-7f3a9c-secret-key-material'
const TYPES = ['chatbot', 'text-to-image', 'image-editing', 'speech-to-text'] as const

/** Each names a local file (relative, absolute, home) or tries to run a command. */
function hostileModels(dir: string): string[] {
  const abs = path.join(dir, 'abs-secret')
  return [
    '<.ssh/id_rsa',
    '@.ssh/id_rsa',
    `<${abs}`,
    `@${abs}`,
    `@${abs};type=text/plain`,
    'x;filename=.ssh/id_rsa',
    '$(touch pwned-dollar)',
    '`touch pwned-tick`',
    `'; touch pwned-quote; echo '`,
    '-F model=@.ssh/id_rsa',
  ]
}

let server: Server
let base: string
let bodies: string[] = []
let auths: (string | undefined)[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('latin1'))
      auths.push(req.headers.authorization)
      res.setHeader('Content-Type', 'application/json')
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: 'm',
          choices: [
            { index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' },
          ],
          data: [{ b64_json: '' }],
          text: 'ok',
        }),
      )
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/svc`
})

afterAll(() => {
  server.close()
})

/** A fresh working dir inside the repo (so Node resolves `openai`) holding the canaries and inputs. */
function workDir(): string {
  const root = path.resolve(import.meta.dirname, '../../../node_modules/.cache')
  mkdirSync(root, { recursive: true })
  const dir = mkdtempSync(path.join(root, 'snippet-run-'))
  mkdirSync(path.join(dir, '.ssh'))
  writeFileSync(path.join(dir, '.ssh', 'id_rsa'), CANARY)
  writeFileSync(path.join(dir, 'abs-secret'), CANARY)
  writeFileSync(path.join(dir, 'input.png'), 'PNG-INPUT')
  writeFileSync(path.join(dir, 'audio.wav'), 'WAV-INPUT')
  stubToolchain(dir)
  return dir
}

const PROVIDER = '0x00000000000000000000000000000000000000A1'
const CHAIN = {
  rpcUrl: 'http://127.0.0.1:1/rpc',
  ledger: '0x00000000000000000000000000000000000000B2',
  inference: '0x00000000000000000000000000000000000000C3',
}

type RunLang = SnippetLang | 'sdk' | 'cli'

/** The snippet for `lang`: the three request snippets, the SDK script or the CLI lines. */
function snippetFor(lang: RunLang, serviceType: string, url: string, model: string): string {
  const service = { serviceType, url, model, provider: PROVIDER }
  if (lang === 'sdk') return sdkSnippet(service, CHAIN)!
  if (lang === 'cli') return cliSnippet(service, CHAIN)!
  return buildSnippet(lang, service)!
}

/**
 * Stand-ins for what the SDK and CLI snippets reach beyond the request: a local
 * `@0gfoundation/0g-compute-ts-sdk` whose broker returns a fixed header and records what it is
 * asked, and an `npx` on PATH that records its arguments and prints a key as `get-secret` does.
 */
function stubToolchain(dir: string): void {
  const pkg = path.join(dir, 'node_modules', '@0gfoundation', '0g-compute-ts-sdk')
  mkdirSync(pkg, { recursive: true })
  writeFileSync(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: '@0gfoundation/0g-compute-ts-sdk', type: 'module', main: 'index.js' }),
  )
  writeFileSync(
    path.join(pkg, 'index.js'),
    [
      `import fs from 'node:fs'`,
      `const log = (x) => fs.appendFileSync(${JSON.stringify(path.join(dir, 'sdk-calls'))}, JSON.stringify(x) + '\\n')`,
      `export async function createZGComputeNetworkBroker(wallet, ledger, inference) {`,
      `  log({ broker: [ledger, inference] })`,
      `  return { inference: {`,
      `    getRequestHeaders: async (p) => (log({ headers: p }), { Authorization: 'Bearer app-sk-sdk' }),`,
      `    processResponse: async (p, chatId) => (log({ verify: [p, chatId] }), true),`,
      `  } }`,
      `}`,
    ].join('\n'),
  )
  mkdirSync(path.join(dir, 'bin'))
  const npx = path.join(dir, 'bin', 'npx')
  writeFileSync(
    npx,
    `#!/bin/sh\nprintf '%s\\n' "$@" >> ${shellQuote(path.join(dir, 'npx-args'))}\necho 'Authorization: Bearer app-sk-cli'\n`,
  )
  chmodSync(npx, 0o755)
}

/** Runs the snippet as a user would (the capture server answers in this process, so not sync). */
async function run(lang: RunLang, code: string, dir: string): Promise<void> {
  const env = {
    PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`,
    HOME: dir,
    ZG_API_KEY: 'app-sk-test',
    ZG_PRIVATE_KEY: `0x${'11'.repeat(32)}`,
  }
  let args: [string, string[]] = ['bash', ['-c', code]]
  if (lang !== 'curl' && lang !== 'cli') {
    const file = path.join(dir, 'request.mjs')
    writeFileSync(file, code)
    args = ['node', [file]]
  }
  // The exit status is not the point (a mock answer may not parse); what reached the server is.
  await new Promise<void>((resolve) => {
    execFile(args[0], args[1], { cwd: dir, env, timeout: 15_000 }, () => resolve())
  })
}

// Each case starts real processes (curl, node with the openai client): slow on a busy 2-core box.
describe('snippets run with hostile models', { timeout: 60_000 }, () => {
  for (const lang of ['curl', 'javascript', 'sdk', 'cli'] as const) {
    for (const type of TYPES) {
      it(`${lang} ${type}: the model arrives literally, no file is read, no command runs`, async () => {
        const dir = workDir()
        try {
          for (const model of hostileModels(dir)) {
            bodies = []
            auths = []
            const code = snippetFor(lang, type, base, model)
            await run(lang, code, dir)
            expect(bodies, `${lang} ${type} ${model}: one request`).toHaveLength(1)
            const body = bodies[0]!
            expect(body, `${lang} ${type} ${model}: canary sent`).not.toContain(CANARY)
            // The hostile string reached the provider as the model's value, byte for byte.
            const asJson = JSON.stringify(model).slice(1, -1)
            expect(
              body.includes(`\r\n\r\n${Buffer.from(model).toString('latin1')}\r\n`) ||
                body.includes(`"model":"${asJson}"`),
              `${lang} ${type} ${model}: model literal in ${body.slice(0, 400)}`,
            ).toBe(true)
          }
          // The SDK and CLI snippets authorise with what the broker / get-secret handed them.
          if (lang === 'sdk' || lang === 'cli') expect(auths).toEqual([`Bearer app-sk-${lang}`])
          for (const f of ['pwned-dollar', 'pwned-tick', 'pwned-quote'])
            expect(existsSync(path.join(dir, f)), f).toBe(false)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      })
    }
  }

  it('the SDK snippet asks the broker for this provider and verifies the response it got', async () => {
    const dir = workDir()
    try {
      bodies = []
      await run('sdk', snippetFor('sdk', 'chatbot', base, 'm'), dir)
      expect(bodies).toHaveLength(1)
      const calls = readFileSync(path.join(dir, 'sdk-calls'), 'utf8').trim().split('\n')
      expect(calls.map((c) => JSON.parse(c) as unknown)).toEqual([
        { broker: [CHAIN.ledger, CHAIN.inference] },
        { headers: PROVIDER },
        // The capture server sends no ZG-Res-Key: the snippet passes what the provider sent.
        { verify: [PROVIDER, null] },
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the CLI snippet runs login, then get-secret for this provider and contracts', async () => {
    const dir = workDir()
    try {
      await run('cli', snippetFor('cli', 'chatbot', base, 'm'), dir)
      expect(readFileSync(path.join(dir, 'npx-args'), 'utf8').trim().split('\n')).toEqual([
        '0g-compute-cli',
        'login',
        '0g-compute-cli',
        'inference',
        'get-secret',
        '--provider',
        PROVIDER,
        '--duration',
        '0',
        '--ledger-ca',
        CHAIN.ledger,
        '--inference-ca',
        CHAIN.inference,
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the upload fields still send the user’s chosen input file', async () => {
    const dir = workDir()
    try {
      bodies = []
      await run(
        'curl',
        buildSnippet('curl', { serviceType: 'image-editing', url: base, model: 'm' })!,
        dir,
      )
      expect(bodies[0]).toContain('PNG-INPUT')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

// Guard against a silently missing curl: the test above would then prove nothing.
it('curl is installed', () => {
  expect(execFileSync('curl', ['--version']).toString()).toMatch(/^curl /)
})
