/**
 * Built-in image responders: real PNGs, deterministic from the prompt. Generation paints a diagonal
 * gradient with rings and a grid; editing decodes the upload (PNG or JPEG) and applies a visible
 * transform chosen from the prompt (invert, grayscale, posterize, mirror, or a colour tint).
 */
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { sha256, stringToBytes } from 'viem'
import { HttpError } from '../http-json'

/** Sizes the devnet answers (OpenAI's DALL·E 2 sizes plus the 1024 portrait/landscape ones). */
export const IMAGE_SIZES = ['256x256', '512x512', '1024x1024', '1024x1536', '1536x1024'] as const
export const DEFAULT_IMAGE_SIZE = '512x512'
/** Decoded uploads larger than this are refused (memory guard): 4096 × 4096. */
export const MAX_INPUT_PIXELS = 4096 * 4096

export interface Rgba {
  width: number
  height: number
  /** RGBA, 4 bytes per pixel, row-major */
  data: Uint8Array
}

export interface ImageOptions {
  n: number
  size: { width: number; height: number } | null
  responseFormat: 'b64_json' | 'url'
}

/** Validates n (1–4), size and response_format, from JSON values or multipart strings. */
export function parseImageOptions(
  raw: { n?: unknown; size?: unknown; response_format?: unknown },
  defaultSize: string | null,
): ImageOptions {
  const n = raw.n === undefined || raw.n === null || raw.n === '' ? 1 : Number(raw.n)
  if (!Number.isInteger(n) || n < 1 || n > 4)
    throw new HttpError(400, '`n` must be an integer from 1 to 4')
  const sizeText =
    raw.size === undefined || raw.size === null || raw.size === '' ? defaultSize : raw.size
  let size: ImageOptions['size'] = null
  if (sizeText !== null) {
    if (typeof sizeText !== 'string' || !(IMAGE_SIZES as readonly string[]).includes(sizeText)) {
      throw new HttpError(400, `\`size\` must be one of ${IMAGE_SIZES.join(', ')}`)
    }
    const [w, h] = sizeText.split('x').map(Number)
    size = { width: w!, height: h! }
  }
  const fmt = raw.response_format ?? 'b64_json'
  if (fmt !== 'b64_json' && fmt !== 'url') {
    throw new HttpError(
      400,
      '`response_format` must be b64_json or url (url answers with a data: URL)',
    )
  }
  return { n, size, responseFormat: fmt }
}

function seedBytes(text: string): Uint8Array {
  return stringToBytes(sha256(stringToBytes(text)).slice(2))
}

function colour(seed: Uint8Array, i: number): [number, number, number] {
  // Hex digits of the hash → three bright-ish channels.
  const pick = (k: number): number => 40 + ((seed[(i * 3 + k) % seed.length]! * 37) % 200)
  return [pick(0), pick(1), pick(2)]
}

/** A PNG of `width`×`height`, deterministic for (prompt, index). */
export function generateImage(
  prompt: string,
  index: number,
  width: number,
  height: number,
): Buffer {
  const seed = seedBytes(`${prompt}\u0000${index}`)
  const a = colour(seed, 0)
  const b = colour(seed, 1)
  const ring = colour(seed, 2)
  const cx = width * (0.25 + (seed[9]! % 50) / 100)
  const cy = height * (0.25 + (seed[10]! % 50) / 100)
  const period = 18 + (seed[11]! % 30)
  const grid = 32 + (seed[12]! % 32)
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2
      const d = Math.hypot(x - cx, y - cy)
      const ringMix = Math.sin(d / period) > 0.6 ? 0.45 : 0
      const gridLine = x % grid === 0 || y % grid === 0 ? 0.25 : 0
      const o = (y * width + x) * 4
      for (let c = 0; c < 3; c++) {
        const base = a[c]! * (1 - t) + b[c]! * t
        const withRing = base * (1 - ringMix) + ring[c]! * ringMix
        png.data[o + c] = Math.round(withRing * (1 - gridLine) + 255 * gridLine)
      }
      png.data[o + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** Decodes an uploaded PNG or JPEG; 415 for other formats, 400 for broken files. */
export function decodeImage(data: Buffer): Rgba {
  if (isPng(data)) {
    const width = data.readUInt32BE(16)
    const height = data.readUInt32BE(20)
    guardPixels(width, height)
    try {
      const png = PNG.sync.read(data)
      return { width: png.width, height: png.height, data: png.data }
    } catch (err) {
      throw new HttpError(
        400,
        `the uploaded PNG cannot be decoded: ${(err as Error).message}`,
        'invalid_request_error',
        'invalid_image',
      )
    }
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    try {
      const img = jpeg.decode(data, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: MAX_INPUT_PIXELS / 1e6,
        maxMemoryUsageInMB: 256,
      })
      return { width: img.width, height: img.height, data: img.data }
    } catch (err) {
      throw new HttpError(
        400,
        `the uploaded JPEG cannot be decoded: ${(err as Error).message}`,
        'invalid_request_error',
        'invalid_image',
      )
    }
  }
  const kind = data.subarray(8, 12).toString('latin1') === 'WEBP' ? 'WebP' : 'this format'
  throw new HttpError(
    415,
    `the devnet image-editing responder edits PNG and JPEG only; ${kind} is not supported`,
    'invalid_request_error',
    'unsupported_image_format',
  )
}

function isPng(data: Buffer): boolean {
  return (
    data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a
  )
}

function guardPixels(width: number, height: number): void {
  if (width === 0 || height === 0 || width * height > MAX_INPUT_PIXELS) {
    throw new HttpError(
      400,
      `image is ${width}×${height}; the devnet edits images up to 4096×4096 pixels`,
      'invalid_request_error',
      'invalid_image',
    )
  }
}

export type EditKind = 'invert' | 'grayscale' | 'posterize' | 'mirror' | 'tint'

/** The transform a prompt asks for (keyword match; anything else is a colour tint). */
export function editKindFor(prompt: string): EditKind {
  const p = prompt.toLowerCase()
  if (/\binvert|negative\b/.test(p)) return 'invert'
  if (/\b(gr[ae]y|grayscale|greyscale|black and white|monochrome|b&w)\b/.test(p)) return 'grayscale'
  if (/\bposter/.test(p)) return 'posterize'
  if (/\b(mirror|flip)\b/.test(p)) return 'mirror'
  return 'tint'
}

const NAMED_TINTS: Record<string, [number, number, number]> = {
  red: [230, 40, 40],
  green: [40, 200, 80],
  blue: [40, 90, 235],
  yellow: [240, 220, 40],
  purple: [150, 60, 220],
  orange: [245, 140, 30],
  pink: [245, 110, 180],
  warm: [255, 150, 60],
  cool: [60, 160, 255],
  sepia: [170, 120, 60],
}

/** Applies the prompt's transform to `img`, resized (nearest neighbour) to `size` when given; PNG out. */
export function editImage(
  img: Rgba,
  prompt: string,
  index: number,
  size: ImageOptions['size'],
): Buffer {
  const width = size?.width ?? img.width
  const height = size?.height ?? img.height
  const kind = editKindFor(prompt)
  const named = Object.keys(NAMED_TINTS).find((k) =>
    new RegExp(`\\b${k}\\b`).test(prompt.toLowerCase()),
  )
  const tint = named ? NAMED_TINTS[named]! : colour(seedBytes(prompt), 0)
  const strength = 0.45 + 0.1 * index // later variations are visibly stronger
  const out = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, Math.floor((y * img.height) / height))
    for (let x = 0; x < width; x++) {
      let sx = Math.min(img.width - 1, Math.floor((x * img.width) / width))
      if (kind === 'mirror') sx = img.width - 1 - sx
      const i = (sy * img.width + sx) * 4
      const o = (y * width + x) * 4
      const r = img.data[i]!
      const g = img.data[i + 1]!
      const b = img.data[i + 2]!
      const px = transform(kind, [r, g, b], tint, strength)
      out.data[o] = px[0]
      out.data[o + 1] = px[1]
      out.data[o + 2] = px[2]
      out.data[o + 3] = img.data[i + 3]!
    }
  }
  return PNG.sync.write(out)
}

function transform(
  kind: EditKind,
  [r, g, b]: [number, number, number],
  tint: [number, number, number],
  strength: number,
): [number, number, number] {
  switch (kind) {
    case 'invert':
      return [255 - r, 255 - g, 255 - b]
    case 'grayscale': {
      const l = Math.round(0.299 * r + 0.587 * g + 0.114 * b)
      return [l, l, l]
    }
    case 'posterize': {
      const q = (v: number): number => Math.round(Math.round((v / 255) * 3) * 85)
      return [q(r), q(g), q(b)]
    }
    case 'mirror':
      return [r, g, b]
    case 'tint': {
      const s = Math.min(0.85, strength)
      return [
        Math.round(r * (1 - s) + tint[0] * s),
        Math.round(g * (1 - s) + tint[1] * s),
        Math.round(b * (1 - s) + tint[2] * s),
      ]
    }
  }
}

/** The OpenAI images response item for one PNG. */
export function imageItem(
  png: Buffer,
  format: ImageOptions['responseFormat'],
): { b64_json: string } | { url: string } {
  const b64 = png.toString('base64')
  return format === 'url' ? { url: `data:image/png;base64,${b64}` } : { b64_json: b64 }
}
