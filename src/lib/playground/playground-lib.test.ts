/** Pure helpers of the playground: SSE parsing, multipart bytes, upload checks, limiter, 429 delays. */
import { describe, expect, it } from 'vitest'
import { KeyedLimiter } from './limiter'
import { buildMultipart } from './multipart'
import { retryDelayMs } from './retry-after'
import { parseChatChunk, SseDataParser } from './sse'
import { checkUpload, MAX_UPLOAD_BYTES } from './uploads'

describe('SseDataParser', () => {
  it('joins lines split across pushes and ignores non-data lines', () => {
    const p = new SseDataParser()
    expect(p.push('data: {"a"')).toEqual([])
    expect(p.push(':1}\n\n: comment\nevent: x\ndata: [DONE]\r\n')).toEqual(['{"a":1}', '[DONE]'])
  })
  it('parses chunks, usage and rejects junk', () => {
    const c = parseChatChunk(
      '{"id":"c1","choices":[{"delta":{"content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":4}}',
    )
    expect(c).toEqual({
      id: 'c1',
      delta: 'hi',
      finishReason: 'stop',
      usage: { prompt_tokens: 3, completion_tokens: 4 },
    })
    const cached = parseChatChunk(
      '{"choices":[],"usage":{"prompt_tokens":30,"completion_tokens":4,"prompt_tokens_details":{"cached_tokens":20}}}',
    )
    expect(cached?.usage).toEqual({
      prompt_tokens: 30,
      completion_tokens: 4,
      prompt_tokens_details: { cached_tokens: 20 },
    })
    expect(parseChatChunk('[DONE]')).toBeNull()
    expect(parseChatChunk('not json')).toBeNull()
    expect(parseChatChunk('"str"')).toBeNull()
  })
})

describe('buildMultipart', () => {
  it('writes fields and files with the boundary and escapes quotes in names', () => {
    const { body, contentType } = buildMultipart(
      { prompt: 'hi' },
      [
        {
          field: 'image',
          filename: 'a"b.png',
          contentType: 'image/png',
          bytes: new Uint8Array([1, 2]),
        },
      ],
      'B',
    )
    expect(contentType).toBe('multipart/form-data; boundary=B')
    const text = new TextDecoder().decode(body)
    expect(text).toContain('--B\r\nContent-Disposition: form-data; name="prompt"\r\n\r\nhi\r\n')
    expect(text).toContain(
      'filename="a_b.png"\r\nContent-Type: image/png\r\n\r\n\u0001\u0002\r\n--B--\r\n',
    )
  })
})

describe('checkUpload', () => {
  it('accepts PNG/JPEG/WebP up to 10 MB', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp'])
      expect(checkUpload({ name: 'x', type, size: MAX_UPLOAD_BYTES }, 'image')).toBeNull()
  })
  it('rejects other types, oversized and empty files', () => {
    expect(checkUpload({ name: 'a.gif', type: 'image/gif', size: 10 }, 'image')).toMatch(
      /not a PNG/,
    )
    expect(
      checkUpload({ name: 'a.png', type: 'image/png', size: MAX_UPLOAD_BYTES + 1 }, 'image'),
    ).toMatch(/10 MB/)
    expect(checkUpload({ name: 'a.png', type: 'image/png', size: 0 }, 'image')).toMatch(/empty/)
    expect(checkUpload({ name: 'a.txt', type: 'text/plain', size: 5 }, 'audio')).toMatch(/audio/)
  })
  it('accepts recorded WebM with codecs and extension-only types', () => {
    expect(
      checkUpload({ name: 'rec.webm', type: 'audio/webm;codecs=opus', size: 5 }, 'audio'),
    ).toBeNull()
    expect(checkUpload({ name: 'a.wav', type: '', size: 5 }, 'audio')).toBeNull()
  })
})

describe('KeyedLimiter', () => {
  it('keeps at most max in flight per key', async () => {
    const l = new KeyedLimiter(2)
    let peak = 0
    const task = () =>
      l.run('p', async () => {
        peak = Math.max(peak, l.inFlight('p'))
        await new Promise((r) => setTimeout(r, 5))
      })
    await Promise.all([task(), task(), task(), task(), task()])
    expect(peak).toBe(2)
    expect(l.inFlight('p')).toBe(0)
  })
})

describe('retryDelayMs', () => {
  it('backs off 1, 2, 4 s without Retry-After (the broker sends none on per-user 429s)', () => {
    expect([0, 1, 2].map((attempt) => retryDelayMs(null, attempt))).toEqual([1000, 2000, 4000])
  })

  it('honours seconds, HTTP dates, and backs off otherwise (capped)', () => {
    expect(retryDelayMs('2', 0)).toBe(2000)
    expect(retryDelayMs(new Date(10_000).toUTCString(), 0, 7_000)).toBe(3000)
    expect(retryDelayMs(null, 0)).toBe(1000)
    expect(retryDelayMs(null, 3)).toBe(8000)
    expect(retryDelayMs('9999', 0)).toBe(60_000)
  })
})
