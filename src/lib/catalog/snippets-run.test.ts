/**
 * The copied snippets are run for real with hostile on-chain strings: curl (and the openai client in
 * Node) in a temp dir that holds canary files, against a local capture server. A model such as
 * `<.ssh/id_rsa` or `@/etc/passwd` must arrive as that literal text, never as the file it names, and
 * no command inside a string may run.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSnippet, type SnippetLang } from './snippets'

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

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('latin1'))
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
  return dir
}

/** Runs the snippet as a user would (the capture server answers in this process, so not sync). */
async function run(lang: SnippetLang, code: string, dir: string): Promise<void> {
  const env = { PATH: process.env.PATH, HOME: dir, ZG_API_KEY: 'app-sk-test' }
  let args: [string, string[]] = ['bash', ['-c', code]]
  if (lang !== 'curl') {
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
  for (const lang of ['curl', 'javascript'] as const) {
    for (const type of TYPES) {
      it(`${lang} ${type}: the model arrives literally, no file is read, no command runs`, async () => {
        const dir = workDir()
        try {
          for (const model of hostileModels(dir)) {
            bodies = []
            const code = buildSnippet(lang, { serviceType: type, url: base, model })!
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
          for (const f of ['pwned-dollar', 'pwned-tick', 'pwned-quote'])
            expect(existsSync(path.join(dir, f)), f).toBe(false)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      })
    }
  }

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
