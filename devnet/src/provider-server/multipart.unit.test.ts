import { describe, expect, it } from 'vitest'
import { HttpError } from './http-json'
import { boundaryOf, parseMultipart } from './multipart'

async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const req = new Request('http://x/', { method: 'POST', body: form })
  return {
    body: Buffer.from(await req.arrayBuffer()),
    contentType: req.headers.get('content-type') ?? '',
  }
}

describe('parseMultipart', () => {
  it('parses what fetch/undici encodes: fields and binary files', async () => {
    const form = new FormData()
    const bin = new Uint8Array([0, 13, 10, 45, 45, 255, 1])
    form.append('prompt', 'make it "blue"\r\nplease')
    form.append('n', '2')
    form.append('image', new Blob([bin], { type: 'image/png' }), 'pic "1".png')
    const { body, contentType } = await encode(form)
    const parsed = parseMultipart(body, boundaryOf(contentType))
    expect(parsed.field('prompt')).toBe('make it "blue"\r\nplease')
    expect(parsed.field('n')).toBe('2')
    expect(parsed.field('image')).toBeUndefined()
    const file = parsed.file('image')
    expect(file?.contentType).toBe('image/png')
    expect(file?.filename).toContain('pic')
    expect([...(file?.data ?? [])]).toEqual([...bin])
  })

  it('accepts a quoted boundary and LF-only line breaks', () => {
    const body = Buffer.from(
      '--abc\nContent-Disposition: form-data; name="a"\n\nhello\n--abc\nContent-Disposition: form-data; name="f"; filename="x.wav"\n\nDATA\n--abc--\n',
    )
    const parsed = parseMultipart(body, boundaryOf('multipart/form-data; boundary="abc"'))
    expect(parsed.field('a')).toBe('hello')
    expect(parsed.file('f')?.data.toString()).toBe('DATA')
  })

  it('rejects other content types with 415 and garbage with 400', () => {
    expect(() => boundaryOf('application/json')).toThrow(HttpError)
    try {
      boundaryOf('application/json')
    } catch (e) {
      expect((e as HttpError).status).toBe(415)
    }
    expect(() => boundaryOf('multipart/form-data')).toThrow(/no boundary/)
    expect(() => parseMultipart(Buffer.from('nothing here'), 'abc')).toThrow(/no boundary/)
    expect(() =>
      parseMultipart(
        Buffer.from('--abc\r\nContent-Disposition: form-data; name="a"\r\n\r\nx'),
        'abc',
      ),
    ).toThrow(/missing closing boundary/)
    expect(() => parseMultipart(Buffer.from('--abc\r\nX: y\r\n\r\nx\r\n--abc--'), 'abc')).toThrow(
      /Content-Disposition/,
    )
  })
})
