import { encodeWav } from '@/lib/playground/wav'

/** The audio's duration in seconds (decoded in the browser), or null when it cannot be decoded. */
export async function audioDuration(bytes: Uint8Array): Promise<number | null> {
  const ctx = new AudioContext()
  try {
    const audio = await ctx.decodeAudioData(bytes.slice().buffer)
    return audio.duration
  } catch {
    return null
  } finally {
    void ctx.close()
  }
}

/** Records from the microphone until `stop()` is called; resolves to a mono WAV. */
export async function startRecording(): Promise<{ stop: () => Promise<Uint8Array> }> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
  const recorder = new MediaRecorder(stream)
  const chunks: Blob[] = []
  recorder.ondataavailable = (e) => chunks.push(e.data)
  recorder.start()
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        recorder.onstop = async () => {
          stream.getTracks().forEach((t) => t.stop())
          try {
            const raw = new Uint8Array(await new Blob(chunks).arrayBuffer())
            const ctx = new AudioContext()
            const audio = await ctx.decodeAudioData(raw.buffer)
            void ctx.close()
            // MediaRecorder's WebM states no duration; WAV does, so providers can meter it.
            resolve(encodeWav(audio.getChannelData(0), audio.sampleRate))
          } catch (e) {
            reject(e instanceof Error ? e : new Error('Could not decode the recording'))
          }
        }
        recorder.stop()
      }),
  }
}
