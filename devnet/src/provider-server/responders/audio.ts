/**
 * Built-in speech-to-text responder: measures the real duration of the upload (WAV by its header,
 * other containers via music-metadata) and answers a transcript that states it. Billing follows
 * Whisper's encoder: 1500 frames per 30 s, i.e. 50 input tokens per second of audio.
 */
import { parseBuffer } from 'music-metadata'
import { HttpError } from '../http-json'
import { wordPieces } from './chat'

export const INPUT_TOKENS_PER_SECOND = 50
export const TRANSCRIPTION_FORMATS = ['json', 'text', 'verbose_json'] as const
export type TranscriptionFormat = (typeof TRANSCRIPTION_FORMATS)[number]

export interface MeasuredAudio {
  seconds: number
  format: string
}

/** Duration of a PCM/IEEE WAV from its fmt and data chunks, or null when `buf` is not RIFF/WAVE. */
export function wavDurationSeconds(buf: Buffer): number | null {
  if (
    buf.length < 12 ||
    buf.toString('latin1', 0, 4) !== 'RIFF' ||
    buf.toString('latin1', 8, 12) !== 'WAVE'
  ) {
    return null
  }
  let byteRate = 0
  let pos = 12
  while (pos + 8 <= buf.length) {
    const id = buf.toString('latin1', pos, pos + 4)
    const size = buf.readUInt32LE(pos + 4)
    const body = pos + 8
    if (id === 'fmt ' && body + 16 <= buf.length) byteRate = buf.readUInt32LE(body + 8)
    if (id === 'data') {
      if (byteRate === 0) return null
      // Streaming writers leave the size at 0 or 0xFFFFFFFF: use the bytes actually present.
      const available = buf.length - body
      const dataBytes = size === 0 || size === 0xffffffff || size > available ? available : size
      return dataBytes / byteRate
    }
    pos = body + size + (size % 2) // chunks are word-aligned
  }
  return null
}

/** The audio's duration; 400 when it is not audio we can read. */
export async function measureAudio(
  data: Buffer,
  mimeType: string | undefined,
): Promise<MeasuredAudio> {
  if (data.length === 0) throw unreadable('the uploaded file is empty')
  const wav = wavDurationSeconds(data)
  if (wav !== null) {
    if (wav <= 0) throw unreadable('the WAV file has no audio samples')
    return { seconds: wav, format: 'WAV' }
  }
  try {
    const meta = await parseBuffer(data, mimeType ? { mimeType } : undefined, {
      duration: true,
      skipCovers: true,
    })
    const seconds = meta.format.duration
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
      throw new Error('no duration found')
    }
    return { seconds, format: meta.format.container ?? 'audio' }
  } catch (err) {
    throw unreadable(
      `cannot read the audio (${(err as Error).message}); upload WAV, MP3, OGG, FLAC or M4A`,
    )
  }
}

function unreadable(message: string): HttpError {
  return new HttpError(400, message, 'invalid_request_error', 'invalid_audio')
}

/** The transcript the devnet answers: names the measured duration and says what it is. */
export function transcriptFor(
  model: string,
  audio: MeasuredAudio,
  filename: string | undefined,
): string {
  const name = filename ? `"${filename}" ` : ''
  return (
    `This is the 0G devnet speech-to-text responder for ${model}; no speech recognition ran. ` +
    `The uploaded ${audio.format} audio ${name}is ${audio.seconds.toFixed(2)} seconds long.`
  )
}

export interface TranscriptionUsage {
  type: 'tokens'
  input_tokens: number
  output_tokens: number
  total_tokens: number
}

/** input = ceil(seconds × 50); output = word pieces of the transcript. */
export function transcriptionUsage(seconds: number, text: string): TranscriptionUsage {
  const input = Math.ceil(seconds * INPUT_TOKENS_PER_SECOND)
  const output = wordPieces(text).length
  return {
    type: 'tokens',
    input_tokens: input,
    output_tokens: output,
    total_tokens: input + output,
  }
}

/** Whisper-style usage of a per-second service: the broker bills max(round(s), 1) × inputPrice. */
export function durationUsage(seconds: number): { type: 'duration'; seconds: number } {
  return { type: 'duration', seconds: Math.round(seconds * 1000) / 1000 }
}

/** Validates response_format (json | text | verbose_json). */
export function parseTranscriptionFormat(v: string | undefined): TranscriptionFormat {
  const f = v === undefined || v === '' ? 'json' : v
  if (!(TRANSCRIPTION_FORMATS as readonly string[]).includes(f)) {
    throw new HttpError(
      400,
      `\`response_format\` must be one of ${TRANSCRIPTION_FORMATS.join(', ')}`,
    )
  }
  return f as TranscriptionFormat
}
