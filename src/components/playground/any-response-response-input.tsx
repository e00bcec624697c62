import type { GivenBytes } from '@/hooks/playground/use-any-response-check'
import { BytesInput } from './any-response-bytes-input'

export type AnyResponseKind = 'body' | 'images'

/** The response: its body (pasted or a file), or the decoded image files of an image response. */
export function AnyResponseResponseInput({
  kind,
  onKind,
  body,
  onBody,
  onImages,
}: {
  kind: AnyResponseKind
  onKind: (kind: AnyResponseKind) => void
  body: GivenBytes
  onBody: (body: GivenBytes) => void
  onImages: (files: File[]) => void
}) {
  return (
    <>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="text-xs text-muted">The response is</legend>
        <label className="flex items-center gap-1">
          <input type="radio" checked={kind === 'body'} onChange={() => onKind('body')} />
          its body (JSON or SSE stream)
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" checked={kind === 'images'} onChange={() => onKind('images')} />
          image files (decoded images of an image response)
        </label>
      </fieldset>
      {kind === 'body' ? (
        <BytesInput
          label="Response body"
          help="Exactly as received, up to 8 MiB. Pasting can change line endings; load the saved file for exact bytes."
          value={body}
          onChange={onBody}
        />
      ) : (
        <label className="flex flex-col gap-1 text-xs text-muted">
          Image files (in the response’s order, up to 16, 16 MiB each)
          <input
            type="file"
            multiple
            accept="image/*"
            onChange={(e) => onImages(Array.from(e.target.files ?? []))}
            className="max-w-full min-w-0 text-sm"
          />
        </label>
      )}
    </>
  )
}
