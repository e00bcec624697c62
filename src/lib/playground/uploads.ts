/** Upload checks done before anything is sent: type (by MIME and extension) and size. */

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const
export const AUDIO_TYPES = [
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
  'audio/mpeg',
  'audio/mp3',
  'audio/ogg',
  'audio/webm',
  'audio/flac',
  'audio/mp4',
  'audio/x-m4a',
] as const

const IMAGE_EXT = /\.(png|jpe?g|webp)$/i
const AUDIO_EXT = /\.(wav|mp3|ogg|oga|webm|flac|m4a|mp4)$/i

export interface UploadLike {
  name: string
  type: string
  size: number
}

/** null when the file may be sent, else the message to show. */
export function checkUpload(file: UploadLike, kind: 'image' | 'audio'): string | null {
  const types: readonly string[] = kind === 'image' ? IMAGE_TYPES : AUDIO_TYPES
  const baseType = file.type.split(';')[0]!.trim().toLowerCase()
  const ext = kind === 'image' ? IMAGE_EXT : AUDIO_EXT
  if (!types.includes(baseType) && !(baseType === '' && ext.test(file.name))) {
    return kind === 'image'
      ? `${file.name} is not a PNG, JPEG or WebP image`
      : `${file.name} is not a supported audio file (WAV, MP3, OGG, WebM, FLAC, M4A)`
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1)
    return `${file.name} is ${mb} MB; the limit is 10 MB`
  }
  if (file.size === 0) return `${file.name} is empty`
  return null
}
