/**
 * `POST /v1/proxy/audio/transcriptions` (speech-to-text, multipart `file`). Usage is token-billed
 * (input = ceil(seconds × 50), output = transcript word pieces; fee = tokens × prices), or for a
 * `billingUnit: "second"` service `{type: "duration", seconds}` (fee = max(round(s), 1) × inputPrice).
 */
import { feeFor, type Usage } from '../../../../src/lib/protocol/pricing'
import type { RouteContext } from '../context'
import { HttpError } from '../http-json'
import { boundaryOf, parseMultipart } from '../multipart'
import {
  durationUsage,
  measureAudio,
  parseTranscriptionFormat,
  transcriptFor,
  transcriptionUsage,
} from '../responders/audio'
import { commitAndSend, runInference } from './inference'

export async function handleTranscription(ctx: RouteContext): Promise<void> {
  await runInference(ctx, async (body, auth) => {
    const form = parseMultipart(body, boundaryOf(ctx.req.headers['content-type']))
    const file = form.file('file')
    if (!file) throw new HttpError(400, 'multipart field `file` (the audio) is required')
    const format = parseTranscriptionFormat(form.field('response_format'))
    const audio = await measureAudio(file.data, file.contentType)
    const model = ctx.provider.entry.model
    const text = transcriptFor(model, audio, file.filename)
    // A `billingUnit: "second"` service answers whisper-style duration usage; the broker picks
    // the billing from that shape (speech_to_text.go isDurationUsage), and so does the meter.
    const perSecond = ctx.provider.entry.extraInfo?.billingUnit === 'second'
    const tokens = transcriptionUsage(audio.seconds, text)
    const usage = perSecond ? durationUsage(audio.seconds) : tokens
    const meterUsage: Usage = perSecond
      ? { kind: 'duration', milliseconds: BigInt(Math.round(audio.seconds * 1000)) }
      : {
          kind: 'tokens',
          inputTokens: BigInt(tokens.input_tokens),
          outputTokens: BigInt(tokens.output_tokens),
        }
    return {
      estimatedFee: feeFor(auth.service, meterUsage),
      async respond(sink) {
        if (format === 'text') {
          return commitAndSend(
            ctx,
            sink,
            Buffer.from(text),
            meterUsage,
            'text/plain; charset=utf-8',
          )
        }
        const duration = Math.round(audio.seconds * 1000) / 1000
        const payload =
          format === 'json'
            ? { text, usage }
            : {
                task: 'transcribe',
                language: 'english',
                duration,
                text,
                segments: [
                  { id: 0, seek: 0, start: 0, end: duration, text, tokens: [], temperature: 0 },
                ],
                usage,
              }
        await commitAndSend(ctx, sink, Buffer.from(JSON.stringify(payload)), meterUsage)
      },
    }
  })
}
