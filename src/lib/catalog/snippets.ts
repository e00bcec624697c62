/**
 * Integration snippets (cURL, JavaScript with the openai client, Python) filled with a service's
 * real endpoint and model. Both come from chain, so they are quoted for their language (shell
 * single quotes, JSON string literals) and can never break out into code a user runs.
 *
 * Quoting is not enough for curl: in `-F name=value`, a value starting with `@` or `<` means "send
 * this file" (a model `<.ssh/id_rsa` would upload the user's key). Every multipart text field is
 * therefore sent with `--form-string`, which curl never interprets; only the upload the user names
 * (`image=@input.png`) uses `-F`. `--globoff` keeps `[]`/`{}` in a URL from expanding into several
 * requests. `snippets-run.test.ts` runs the snippets against a capture server with canary files.
 */
import { AUTH_SCHEME, PROXY_BASE, PROXY_ROUTE, WIRE_HEADER, WIRE_PATH } from '@/lib/protocol/wire'
import { safeHttpUrl } from '@/lib/safe-url'

export type SnippetLang = 'curl' | 'javascript' | 'python'

export interface SnippetService {
  serviceType: string
  url: string
  model: string
}

/** A multipart text field curl sends verbatim (never a file, whatever the value starts with). */
const formString = (name: string, value: string): string =>
  `  --form-string ${shellQuote(`${name}=${value}`)}`

/** Shell single-quoting: the result is one literal word whatever `s` contains. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`
}

/** A JSON string literal, valid in JavaScript and Python alike. */
export const lit = (s: string): string => JSON.stringify(s)

/** The service URL without trailing slashes when it is http(s), else null. */
function serviceRoot(url: string): string | null {
  const safe = safeHttpUrl(url)
  return safe ? safe.replace(/\/+$/, '') : null
}

/** `{url}/v1/proxy` for an http(s) service URL, else null (no snippet for other schemes). */
export function proxyBase(url: string): string | null {
  const root = serviceRoot(url)
  return root ? `${root}${PROXY_BASE}` : null
}

const PROMPT = 'Say hello in one sentence.'
const IMAGE_PROMPT = 'A lighthouse at dusk'
const EDIT_PROMPT = 'Make it black and white'

function curl(s: SnippetService, base: string): string {
  const auth = `  -H "${WIRE_HEADER.authorization}: ${AUTH_SCHEME} $ZG_API_KEY"`
  switch (s.serviceType) {
    case 'text-to-image':
      return [
        `curl -sS --globoff ${shellQuote(`${base}/${PROXY_ROUTE['text-to-image']}`)} \\`,
        `${auth} \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -d ${shellQuote(JSON.stringify({ model: s.model, prompt: IMAGE_PROMPT, n: 1, size: '512x512', response_format: 'b64_json' }))}`,
      ].join('\n')
    case 'image-editing':
      return [
        `curl -sS --globoff ${shellQuote(`${base}/${PROXY_ROUTE['image-editing']}`)} \\`,
        `${auth} \\`,
        `  -F image=@input.png \\`,
        `${formString('model', s.model)} \\`,
        `${formString('prompt', EDIT_PROMPT)}`,
      ].join('\n')
    case 'speech-to-text':
      return [
        `curl -sS --globoff ${shellQuote(`${base}/${PROXY_ROUTE['speech-to-text']}`)} \\`,
        `${auth} \\`,
        `  -F file=@audio.wav \\`,
        `${formString('model', s.model)}`,
      ].join('\n')
    default:
      return [
        `curl -sS --globoff ${shellQuote(`${base}/${PROXY_ROUTE.chatbot}`)} \\`,
        `${auth} \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -D - \\`,
        `  -d ${shellQuote(JSON.stringify({ model: s.model, messages: [{ role: 'user', content: PROMPT }] }))}`,
      ].join('\n')
  }
}

function javascript(s: SnippetService, base: string): string {
  const head = [
    `import OpenAI from 'openai'`,
    `import fs from 'node:fs'`,
    ``,
    `const client = new OpenAI({ baseURL: ${lit(base)}, apiKey: process.env.ZG_API_KEY })`,
    ``,
  ]
  const call: Record<string, string[]> = {
    'text-to-image': [
      `const image = await client.images.generate({ model: ${lit(s.model)}, prompt: ${lit(IMAGE_PROMPT)}, response_format: 'b64_json' })`,
      `fs.writeFileSync('image.png', Buffer.from(image.data[0].b64_json, 'base64'))`,
    ],
    'image-editing': [
      `const image = await client.images.edit({ model: ${lit(s.model)}, image: fs.createReadStream('input.png'), prompt: ${lit(EDIT_PROMPT)} })`,
      `fs.writeFileSync('edited.png', Buffer.from(image.data[0].b64_json, 'base64'))`,
    ],
    'speech-to-text': [
      `const transcript = await client.audio.transcriptions.create({ model: ${lit(s.model)}, file: fs.createReadStream('audio.wav') })`,
      `console.log(transcript.text)`,
    ],
  }
  const chat = [
    `const { data, response } = await client.chat.completions`,
    `  .create({ model: ${lit(s.model)}, messages: [{ role: 'user', content: ${lit(PROMPT)} }] })`,
    `  .withResponse()`,
    `console.log(data.choices[0].message.content)`,
    `console.log('chat id for verification:', response.headers.get('${WIRE_HEADER.resKey}'))`,
  ]
  return [...head, ...(call[s.serviceType] ?? chat)].join('\n')
}

function python(s: SnippetService, base: string): string {
  const head = [
    `import base64, os`,
    `from openai import OpenAI`,
    ``,
    `client = OpenAI(base_url=${lit(base)}, api_key=os.environ["ZG_API_KEY"])`,
    ``,
  ]
  const call: Record<string, string[]> = {
    'text-to-image': [
      `image = client.images.generate(model=${lit(s.model)}, prompt=${lit(IMAGE_PROMPT)}, response_format="b64_json")`,
      `open("image.png", "wb").write(base64.b64decode(image.data[0].b64_json))`,
    ],
    'image-editing': [
      `image = client.images.edit(model=${lit(s.model)}, image=open("input.png", "rb"), prompt=${lit(EDIT_PROMPT)})`,
      `open("edited.png", "wb").write(base64.b64decode(image.data[0].b64_json))`,
    ],
    'speech-to-text': [
      `transcript = client.audio.transcriptions.create(model=${lit(s.model)}, file=open("audio.wav", "rb"))`,
      `print(transcript.text)`,
    ],
  }
  const chat = [
    `raw = client.chat.completions.with_raw_response.create(`,
    `    model=${lit(s.model)}, messages=[{"role": "user", "content": ${lit(PROMPT)}}]`,
    `)`,
    `print(raw.parse().choices[0].message.content)`,
    `print("chat id for verification:", raw.headers.get(${lit(WIRE_HEADER.resKey)}))`,
  ]
  return [...head, ...(call[s.serviceType] ?? chat)].join('\n')
}

/** The snippet for `lang`, or null when the service URL is not http(s). */
export function buildSnippet(lang: SnippetLang, service: SnippetService): string | null {
  const base = proxyBase(service.url)
  if (!base) return null
  if (lang === 'curl') return curl(service, base)
  return lang === 'javascript' ? javascript(service, base) : python(service, base)
}

/** The verification step: `ZG-Res-Key` → signature from the provider → signer check (viem). */
export function verificationSnippet(
  service: SnippetService & { teeSignerAddress: string },
): string | null {
  const root = serviceRoot(service.url)
  if (!root) return null
  return [
    `import { verifyMessage } from 'viem'`,
    ``,
    `// chatId: the ${WIRE_HEADER.resKey} response header of your request`,
    `const url = ${lit(`${root}${WIRE_PATH.signature}/`)} + encodeURIComponent(chatId) + '?model=' + encodeURIComponent(${lit(service.model)})`,
    `const { text, signature } = await (await fetch(url)).json()`,
    `const ok = await verifyMessage({ address: ${lit(service.teeSignerAddress)}, message: text, signature })`,
    `// text is sha256(request body) + ':' + sha256(response bytes): compare both to rule out replays`,
    `console.log(ok ? 'signed by the TEE signer on chain' : 'NOT signed by the TEE signer')`,
  ].join('\n')
}
