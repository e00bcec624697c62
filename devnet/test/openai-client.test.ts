/**
 * The `openai` npm client, pointed at a devnet provider (`{url}/v1/proxy`) with an `app-sk` key built
 * by our protocol lib, completes a chat, an image generation and a transcription.
 */
import OpenAI, { toFile } from 'openai'
import { parseEther } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { devnetUser } from '../testkit/user'
import { sineWav } from '../testkit/wav'

const devnet = inject('devnet')
const user = devnetUser(devnet, devnet.devWallets[3]!.privateKey)
const providerOf = (slug: string) => devnet.providers.find((p) => p.slug === slug)!

async function clientFor(slug: string): Promise<OpenAI> {
  const p = providerOf(slug)
  return new OpenAI({
    baseURL: `${p.url}/v1/proxy`,
    apiKey: await user.appSk(p.address),
    maxRetries: 0,
  })
}

beforeAll(async () => {
  await user.createLedger(parseEther('12'))
  for (const slug of ['qwen-2-5-7b-instruct', 'z-image', 'whisper-large-v3']) {
    await user.transferFund(providerOf(slug).address, parseEther('3'))
  }
})

describe('openai client against devnet providers', () => {
  it('completes a chat, streamed and not', async () => {
    const openai = await clientFor('qwen-2-5-7b-instruct')
    const completion = await openai.chat.completions.create({
      model: 'qwen-2.5-7b-instruct',
      messages: [{ role: 'user', content: 'Say hello' }],
    })
    expect(completion.choices[0]?.message.content).toMatch(/devnet/i)
    expect(completion.usage?.total_tokens).toBeGreaterThan(0)
    const stream = await openai.chat.completions.create({
      model: 'qwen-2.5-7b-instruct',
      messages: [{ role: 'user', content: 'Say hello again' }],
      stream: true,
    })
    let text = ''
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? ''
    expect(text).toMatch(/devnet/i)
  })

  it('generates an image', async () => {
    const openai = await clientFor('z-image')
    const images = await openai.images.generate({
      model: 'z-image',
      prompt: 'a lighthouse',
      n: 1,
      size: '256x256',
      response_format: 'b64_json',
    })
    const b64 = images.data?.[0]?.b64_json ?? ''
    expect(Buffer.from(b64, 'base64').subarray(1, 4).toString()).toBe('PNG')
  })

  it('transcribes audio', async () => {
    const openai = await clientFor('whisper-large-v3')
    const result = await openai.audio.transcriptions.create({
      model: 'whisper-large-v3',
      file: await toFile(Buffer.from(sineWav(1.5)), 'tone.wav', { type: 'audio/wav' }),
    })
    expect(result.text).toMatch(/1\.5/)
  })

  it('shows the provider error message for a foreign-provider key', async () => {
    const p = providerOf('z-image')
    const other = providerOf('whisper-large-v3')
    const openai = new OpenAI({
      baseURL: `${p.url}/v1/proxy`,
      apiKey: await user.appSk(other.address),
      maxRetries: 0,
    })
    await expect(openai.images.generate({ model: 'z-image', prompt: 'x' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/session token is for different provider/) as unknown,
    })
  })
})
