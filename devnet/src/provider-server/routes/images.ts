/**
 * `POST /v1/proxy/images/generations` (text-to-image, JSON) and `POST /v1/proxy/images/edits`
 * (image-editing, multipart). Fee = n × outputPrice (the service's per-image price).
 */
import { feeFor } from '../../../../src/lib/protocol/pricing'
import type { RouteContext } from '../context'
import { HttpError, parseJsonObject } from '../http-json'
import { boundaryOf, parseMultipart } from '../multipart'
import {
  DEFAULT_IMAGE_SIZE,
  decodeImage,
  editImage,
  generateImage,
  imageItem,
  parseImageOptions,
} from '../responders/images'
import { commitAndSend, runInference } from './inference'

const MAX_PROMPT_CHARS = 4000

function requirePrompt(v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') throw new HttpError(400, '`prompt` is required')
  if (v.length > MAX_PROMPT_CHARS)
    throw new HttpError(400, `\`prompt\` is longer than ${MAX_PROMPT_CHARS} characters`)
  return v
}

/** The OpenAI images response both routes send: the images in the requested format, and usage. */
function imagesBody(
  chatId: string,
  images: Parameters<typeof imageItem>[0][],
  opts: { n: number; responseFormat: Parameters<typeof imageItem>[1] },
): Buffer {
  return Buffer.from(
    JSON.stringify({
      created: Math.floor(Date.now() / 1000),
      id: chatId,
      data: images.map((img) => imageItem(img, opts.responseFormat)),
      usage: { n: opts.n },
    }),
  )
}

export async function handleImageGeneration(ctx: RouteContext): Promise<void> {
  await runInference(ctx, async (body, auth) => {
    const json = parseJsonObject(body)
    const prompt = requirePrompt(json.prompt)
    const opts = parseImageOptions(json, DEFAULT_IMAGE_SIZE)
    const usage = { kind: 'images' as const, count: BigInt(opts.n) }
    return {
      estimatedFee: feeFor(auth.service, usage),
      async respond(sink) {
        const { width, height } = opts.size!
        const images = Array.from({ length: opts.n }, (_, i) =>
          generateImage(prompt, i, width, height),
        )
        await commitAndSend(ctx, sink, imagesBody(sink.chatId, images, opts), usage)
      },
    }
  })
}

export async function handleImageEdit(ctx: RouteContext): Promise<void> {
  await runInference(ctx, async (body, auth) => {
    const form = parseMultipart(body, boundaryOf(ctx.req.headers['content-type']))
    const upload = form.file('image') ?? form.file('image[]')
    if (!upload)
      throw new HttpError(400, 'multipart field `image` (a PNG or JPEG file) is required')
    const prompt = requirePrompt(form.field('prompt'))
    const opts = parseImageOptions(
      {
        n: form.field('n'),
        size: form.field('size'),
        response_format: form.field('response_format'),
      },
      null,
    )
    const source = decodeImage(upload.data)
    const usage = { kind: 'images' as const, count: BigInt(opts.n) }
    return {
      estimatedFee: feeFor(auth.service, usage),
      async respond(sink) {
        const images = Array.from({ length: opts.n }, (_, i) =>
          editImage(source, prompt, i, opts.size),
        )
        await commitAndSend(ctx, sink, imagesBody(sink.chatId, images, opts), usage)
      },
    }
  })
}
