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

/** Where the SDK and CLI snippets connect: the chain's RPC and the 0G Compute contracts on it. */
export interface ChainTarget {
  rpcUrl: string
  ledger: string
  inference: string
}

export type ProviderSnippetService = SnippetService & { provider: string }

/** The official SDK and CLI this page's SDK/CLI snippets are written (and tested) for. */
export const SDK_PACKAGE = '@0gfoundation/0g-compute-ts-sdk@0.9.0'

/** A JSON POST with the SDK's headers, then the parsed answer in `body`. */
function sdkJson(url: string, body: string, then: string): string[] {
  return [
    `const res = await fetch(${lit(url)}, {`,
    `  method: 'POST',`,
    `  headers: { 'Content-Type': 'application/json', ...headers },`,
    `  body: JSON.stringify(${body}),`,
    `})`,
    ...SDK_ANSWER,
    then,
  ]
}

/** A multipart POST (the upload first, then text fields) with the SDK's headers. */
function sdkForm(url: string, upload: [string, string], fields: [string, string][], then: string) {
  const [field, file] = upload
  return [
    `const form = new FormData()`,
    `form.append(${lit(field)}, await fs.openAsBlob(${lit(file)}), ${lit(file)})`,
    ...fields.map(([name, value]) => `form.append(${lit(name)}, ${value})`),
    `const res = await fetch(${lit(url)}, { method: 'POST', headers, body: form })`,
    ...SDK_ANSWER,
    then,
  ]
}

const SDK_ANSWER = [
  `if (!res.ok) throw new Error(res.status + ' ' + (await res.text()))`,
  `const body = await res.json()`,
]

/** The request of the SDK snippet per service type: route, body and what to print from the answer. */
function sdkRequest(s: SnippetService, base: string): string[] {
  const model = lit(s.model)
  const url = (type: keyof typeof PROXY_ROUTE) => `${base}/${PROXY_ROUTE[type]}`
  const saveImage = (file: string) =>
    `fs.writeFileSync(${lit(file)}, Buffer.from(body.data[0].b64_json, 'base64'))`
  switch (s.serviceType) {
    case 'text-to-image':
      return sdkJson(
        url('text-to-image'),
        `{ model: ${model}, prompt: ${lit(IMAGE_PROMPT)}, n: 1, size: '512x512', response_format: 'b64_json' }`,
        saveImage('image.png'),
      )
    case 'image-editing':
      return sdkForm(
        url('image-editing'),
        ['image', 'input.png'],
        [
          ['model', model],
          ['prompt', lit(EDIT_PROMPT)],
          ['response_format', `'b64_json'`],
        ],
        saveImage('edited.png'),
      )
    case 'speech-to-text':
      return sdkForm(
        url('speech-to-text'),
        ['file', 'audio.wav'],
        [
          ['model', model],
          ['response_format', `'json'`],
        ],
        `console.log(body.text)`,
      )
    default:
      return sdkJson(
        url('chatbot'),
        `{ model: ${model}, messages: [{ role: 'user', content: ${lit(PROMPT)} }] }`,
        `console.log(body.choices[0].message.content)`,
      )
  }
}

/**
 * The official SDK in Node: request headers signed by the wallet for this provider, the request,
 * then `processResponse` (checks the TEE signature of the answer and records its fee). Null when
 * the service URL is not http(s).
 */
export function sdkSnippet(service: ProviderSnippetService, chain: ChainTarget): string | null {
  const base = proxyBase(service.url)
  if (!base) return null
  return [
    `// npm i ${SDK_PACKAGE} ethers   (Node 20+; run as an .mjs file)`,
    `// ZG_PRIVATE_KEY: the wallet that funded this provider; it signs each request's headers.`,
    `import fs from 'node:fs'`,
    `import { ethers } from 'ethers'`,
    `import { createZGComputeNetworkBroker } from '@0gfoundation/0g-compute-ts-sdk'`,
    ``,
    `const rpc = new ethers.JsonRpcProvider(process.env.ZG_RPC_ENDPOINT ?? ${lit(chain.rpcUrl)})`,
    `const wallet = new ethers.Wallet(process.env.ZG_PRIVATE_KEY, rpc)`,
    `const broker = await createZGComputeNetworkBroker(wallet, ${lit(chain.ledger)}, ${lit(chain.inference)})`,
    `const provider = ${lit(service.provider)}`,
    `const headers = await broker.inference.getRequestHeaders(provider)`,
    ...sdkRequest(service, base),
    `// Checks the answer's TEE signature against the provider's signer on chain.`,
    `const chatId = res.headers.get(${lit(WIRE_HEADER.resKey)})`,
    `const ok = await broker.inference.processResponse(provider, chatId, body.usage ? JSON.stringify(body.usage) : undefined)`,
    `console.log(ok ? 'response verified by processResponse' : 'response NOT verified')`,
    `process.exit(ok ? 0 : 1)`,
  ].join('\n')
}

/** The line of the CLI snippet that stores the wallet key; it prompts, so it is run once by hand. */
export const CLI_LOGIN = 'npx 0g-compute-cli login'

/**
 * The official CLI (SDK 0.9.0): it has no "send a request" command, so the call is `inference
 * get-secret` (an API key signed by the wallet, printed as an `Authorization: Bearer …` line) and
 * then this service's cURL request with that key. The RPC comes from `ZG_RPC_ENDPOINT`, the
 * contracts from `--ledger-ca`/`--inference-ca`; the private key only from the CLI's own config
 * (`login`), never from the environment. Null when the service URL is not http(s).
 */
export function cliSnippet(service: ProviderSnippetService, chain: ChainTarget): string | null {
  const request = buildSnippet('curl', service)
  if (!request) return null
  const secret = [
    'npx 0g-compute-cli inference get-secret',
    `--provider ${shellQuote(service.provider)}`,
    '--duration 0',
    `--ledger-ca ${shellQuote(chain.ledger)}`,
    `--inference-ca ${shellQuote(chain.inference)}`,
  ].join(' ')
  return [
    `# In a project with the CLI: npm i ${SDK_PACKAGE}`,
    `# Once: store your wallet's private key for the CLI (it prompts; kept in ~/.0g-compute-cli/config.json)`,
    CLI_LOGIN,
    `export ZG_RPC_ENDPOINT=${shellQuote(chain.rpcUrl)}`,
    `# A new API key for this provider (never expires; revoke it with inference revoke-token)`,
    `export ZG_API_KEY="$(${secret} | sed -n 's/^Authorization: Bearer //p')"`,
    request,
  ].join('\n')
}
