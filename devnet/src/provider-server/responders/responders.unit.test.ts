import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { HttpError } from '../http-json'
import { measureAudio, transcriptFor, transcriptionUsage, wavDurationSeconds } from './audio'
import { builtInReply, countPromptTokens, parseChatRequest, replyPieces, wordPieces } from './chat'
import { decodeImage, editImage, editKindFor, generateImage, parseImageOptions } from './images'

function wav(seconds: number, sampleRate = 8000, dataSizeField?: number): Buffer {
  const data = Buffer.alloc(Math.round(seconds * sampleRate) * 2)
  const h = Buffer.alloc(44)
  h.write('RIFF', 0)
  h.writeUInt32LE(36 + data.length, 4)
  h.write('WAVE', 8)
  h.write('fmt ', 12)
  h.writeUInt32LE(16, 16)
  h.writeUInt16LE(1, 20)
  h.writeUInt16LE(1, 22)
  h.writeUInt32LE(sampleRate, 24)
  h.writeUInt32LE(sampleRate * 2, 28)
  h.writeUInt16LE(2, 32)
  h.writeUInt16LE(16, 34)
  h.write('data', 36)
  h.writeUInt32LE(dataSizeField ?? data.length, 40)
  return Buffer.concat([h, data])
}

describe('chat responder', () => {
  it('counts prompt tokens as ceil(chars/4) plus 85 per image part', () => {
    const req = parseChatRequest({
      messages: [
        { role: 'system', content: 'abcde' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'abc' },
            { type: 'image_url', image_url: { url: 'x' } },
          ],
        },
      ],
    })
    expect(countPromptTokens(req.messages)).toBe(2 + 85)
  })

  it('replies deterministically, says it is the devnet and echoes the prompt', () => {
    const msgs = parseChatRequest({
      messages: [{ role: 'user', content: 'What is the capital of France?' }],
    }).messages
    const a = builtInReply('GLM-5-FP8', msgs)
    expect(a).toBe(builtInReply('GLM-5-FP8', msgs))
    expect(a).toMatch(/devnet responder/)
    expect(a).toContain('What is the capital of France?')
    expect(wordPieces(a).join('')).toBe(a)
  })

  it('truncates to max_tokens with finish_reason length', () => {
    expect(replyPieces('one two three', 2)).toEqual({
      pieces: ['one ', 'two '],
      finishReason: 'length',
    })
    expect(replyPieces('one two', 5).finishReason).toBe('stop')
  })

  it('rejects malformed requests with 400', () => {
    const bad = [
      {},
      { messages: [] },
      { messages: [{ content: 'x' }] },
      { messages: [{ role: 'user', content: 5 }] },
      { messages: [{ role: 'user', content: 'x' }], max_tokens: 0 },
    ]
    for (const body of bad)
      expect(() => parseChatRequest(body as Record<string, unknown>)).toThrow(HttpError)
  })
})

describe('image responders', () => {
  it('generates a real, deterministic PNG per (prompt, index)', () => {
    const a = generateImage('a red fox', 0, 64, 48)
    const png = PNG.sync.read(a)
    expect([png.width, png.height]).toEqual([64, 48])
    expect(generateImage('a red fox', 0, 64, 48).equals(a)).toBe(true)
    expect(generateImage('a red fox', 1, 64, 48).equals(a)).toBe(false)
    const colours = new Set<number>()
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i))
    expect(colours.size).toBeGreaterThan(50) // a visible gradient, not a flat fill
  })

  it('validates n, size and response_format', () => {
    expect(parseImageOptions({}, '512x512')).toEqual({
      n: 1,
      size: { width: 512, height: 512 },
      responseFormat: 'b64_json',
    })
    expect(parseImageOptions({ n: '2', size: '256x256', response_format: 'url' }, null).n).toBe(2)
    expect(() => parseImageOptions({ n: 5 }, null)).toThrow(/1 to 4/)
    expect(() => parseImageOptions({ size: '300x300' }, null)).toThrow(/size/)
    expect(() => parseImageOptions({ response_format: 'png' }, null)).toThrow(/response_format/)
  })

  it('edits PNG and JPEG uploads with the transform the prompt names', () => {
    const src = new PNG({ width: 4, height: 2 })
    for (let i = 0; i < src.data.length; i += 4) src.data.set([200, 40, 40, 255], i)
    const decoded = decodeImage(PNG.sync.write(src))
    const inverted = PNG.sync.read(editImage(decoded, 'invert the colours', 0, null))
    expect([...inverted.data.subarray(0, 4)]).toEqual([55, 215, 215, 255])
    const grey = PNG.sync.read(
      editImage(decoded, 'make it black and white', 0, { width: 8, height: 8 }),
    )
    expect(grey.width).toBe(8)
    expect(grey.data[0]).toBe(grey.data[1])
    const jpg = jpeg.encode({ width: 4, height: 2, data: Buffer.from(src.data) }, 90).data
    expect(decodeImage(jpg).width).toBe(4)
    expect(editKindFor('posterize it')).toBe('posterize')
    expect(editKindFor('make it blue')).toBe('tint')
  })

  it('refuses WebP with 415 and broken PNGs with 400', () => {
    const webp = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 '), Buffer.alloc(20)])
    expect(() => decodeImage(webp)).toThrow(expect.objectContaining({ status: 415 }))
    const png = PNG.sync.write(new PNG({ width: 2, height: 2 }))
    expect(() => decodeImage(png.subarray(0, 40))).toThrow(expect.objectContaining({ status: 400 }))
  })
})

describe('audio responder', () => {
  it('measures WAV duration from the header, also with a streaming size field', async () => {
    expect(wavDurationSeconds(wav(2.5))).toBe(2.5)
    expect(wavDurationSeconds(wav(1, 8000, 0xffffffff))).toBe(1)
    expect(wavDurationSeconds(Buffer.from('not audio'))).toBeNull()
    expect(await measureAudio(wav(2.5), 'audio/wav')).toEqual({ seconds: 2.5, format: 'WAV' })
  })

  it('rejects unreadable audio with 400', async () => {
    await expect(
      measureAudio(Buffer.from('definitely not audio'), 'audio/mpeg'),
    ).rejects.toMatchObject({ status: 400 })
    await expect(measureAudio(Buffer.alloc(0), undefined)).rejects.toMatchObject({ status: 400 })
  })

  it('bills 50 input tokens per second and one token per transcript word', () => {
    const text = transcriptFor('whisper-large-v3', { seconds: 2.5, format: 'WAV' }, 'a.wav')
    expect(text).toMatch(/2\.50 seconds/)
    expect(text).toMatch(/devnet/)
    const u = transcriptionUsage(2.5, text)
    expect(u.input_tokens).toBe(125)
    expect(u.output_tokens).toBe(wordPieces(text).length)
  })
})
