import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'
import {
  useAnyResponseCheck,
  type AnyResponseForm,
  type AnyResponseOutcome,
  type GivenBytes,
} from '@/hooks/playground/use-any-response-check'
import { useServices } from '@/hooks/services/use-services'
import { cn } from '@/lib/cn'
import { shortAddress } from '@/lib/format'
import { REQUEST_NOT_GIVEN_TEXT } from '@/lib/protocol/verify-any-response'
import { REQUEST_CHANGED_TEXT } from '@/lib/protocol/verify-response'
import { TestId } from '@/lib/test-ids'

/** Pasted text, or a file whose exact bytes are used (the text box is then set aside). */
function BytesInput({
  label,
  help,
  value,
  onChange,
}: {
  label: string
  help: string
  value: GivenBytes
  onChange: (v: GivenBytes) => void
}) {
  const file = value && 'file' in value ? value.file : null
  return (
    <div className="flex flex-col gap-1">
      <Field label={label} help={help}>
        <Textarea
          value={value && 'text' in value ? value.text : ''}
          onChange={(e) => onChange({ text: e.target.value })}
          disabled={!!file}
          rows={6}
          className="font-mono"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <label className="flex min-w-0 flex-wrap items-center gap-2">
          {`${label} file`}
          <input
            type="file"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (f) onChange({ file: f })
              e.target.value = ''
            }}
            className="max-w-full min-w-0 text-sm"
          />
        </label>
        {file ? (
          <>
            <span className="[overflow-wrap:anywhere]">
              Loaded {file.name.slice(0, 80)} ({file.size} bytes)
            </span>
            <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
              Clear file
            </Button>
          </>
        ) : null}
      </div>
    </div>
  )
}

/**
 * Verify a response obtained elsewhere (SDK, CLI, curl): the signature route's JSON, the response
 * body or its decoded image files, optionally the request body, and the provider. Everything is
 * untrusted and shown as text only; the inputs stay after a failed check.
 */
export function AnyResponseVerifier() {
  const [provider, setProvider] = useState('')
  const [signatureJson, setSignatureJson] = useState('')
  const [kind, setKind] = useState<'body' | 'images'>('body')
  const [body, setBody] = useState<GivenBytes>(null)
  const [images, setImages] = useState<File[]>([])
  const [request, setRequest] = useState<GivenBytes>(null)
  const services = useServices()
  const check = useAnyResponseCheck()
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      check.reset()
    }
  const form: AnyResponseForm = {
    provider,
    signatureJson,
    response: kind === 'body' ? { kind, body } : { kind, files: images },
    request,
  }
  const out = check.data
  return (
    <Card className="flex flex-col gap-3 p-4">
      <div className="flex flex-wrap items-end gap-2">
        <Field label="Provider address" className="min-w-72 flex-1">
          <Input
            value={provider}
            onChange={(e) => edit(setProvider)(e.target.value)}
            placeholder="0x…"
            className="font-mono"
            spellCheck={false}
          />
        </Field>
        <Field label="Or pick from the catalog">
          <Select value="" onChange={(e) => e.target.value && edit(setProvider)(e.target.value)}>
            <option value="">
              {services.isPending ? 'Loading services…' : 'Choose a service'}
            </option>
            {services.data?.services.map((s) => (
              <option key={s.provider} value={s.provider}>
                {`${s.model.slice(0, 60)} — ${shortAddress(s.provider)}`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label="Signature JSON"
        help="What GET {service url}/v1/proxy/signature/{chatId}?model=… served; up to 64 KiB."
      >
        <Textarea
          value={signatureJson}
          onChange={(e) => edit(setSignatureJson)(e.target.value)}
          rows={4}
          className="font-mono"
          spellCheck={false}
        />
      </Field>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="text-xs text-muted">The response is</legend>
        <label className="flex items-center gap-1">
          <input type="radio" checked={kind === 'body'} onChange={() => edit(setKind)('body')} />
          its body (JSON or SSE stream)
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            checked={kind === 'images'}
            onChange={() => edit(setKind)('images')}
          />
          image files (decoded images of an image response)
        </label>
      </fieldset>
      {kind === 'body' ? (
        <BytesInput
          label="Response body"
          help="Exactly as received, up to 8 MiB. Pasting can change line endings; load the saved file for exact bytes."
          value={body}
          onChange={edit(setBody)}
        />
      ) : (
        <label className="flex flex-col gap-1 text-xs text-muted">
          Image files (in the response’s order, up to 16, 16 MiB each)
          <input
            type="file"
            multiple
            accept="image/*"
            onChange={(e) => edit(setImages)(Array.from(e.target.files ?? []))}
            className="max-w-full min-w-0 text-sm"
          />
        </label>
      )}
      <BytesInput
        label="Request body (optional)"
        help="The body sent, up to 8 MiB; without it the request part is not checked."
        value={request}
        onChange={edit(setRequest)}
      />
      <Button className="w-fit" disabled={check.isPending} onClick={() => check.mutate(form)}>
        {check.isPending ? 'Checking on chain…' : 'Verify response'}
      </Button>
      {check.error ? (
        <p role="alert" className="text-sm text-danger">
          The check failed; try again.
        </p>
      ) : null}
      {out ? <AnyVerdict out={out} /> : null}
    </Card>
  )
}

const statusText = {
  verified: 'Verified',
  invalid: 'Invalid',
  'not-verifiable': 'Not verifiable',
  'no-proof': 'Not verified',
} as const

/** The verdict in the playground's three parts (signer, response bound, request bound). */
function AnyVerdict({ out }: { out: AnyResponseOutcome }) {
  if (!out.ok)
    return (
      <p role="alert" className="text-sm text-danger">
        {out.error}
      </p>
    )
  const r = out.result
  const checked = r.status === 'verified' || r.status === 'invalid'
  return (
    <div
      data-testid={TestId.AnyResponseVerdict}
      data-status={r.status}
      data-request={out.request}
      className="flex flex-col gap-2"
    >
      <p
        className={cn(
          'font-medium',
          r.status === 'verified'
            ? 'text-success'
            : r.status === 'invalid'
              ? 'text-danger'
              : 'text-warning',
        )}
      >
        {statusText[r.status]}: {r.detail}
      </p>
      {checked ? (
        <ul className="flex flex-col gap-1 text-sm">
          <li className={r.signedByTee ? 'text-success' : 'text-danger'}>
            {r.signedByTee ? '✓' : '✗'} Signer: the provider’s TEE signer on chain
          </li>
          {r.responseMatches === undefined ? (
            <li className="text-muted">– Response: not checked</li>
          ) : (
            <li className={r.responseMatches ? 'text-success' : 'text-danger'}>
              {r.responseMatches
                ? `✓ Response bound: hash of ${r.family === 'images' ? 'the image files' : 'the exact bytes given'}`
                : '✗ Response bound: the signature covers another response (response-hash mismatch)'}
            </li>
          )}
          {out.request === 'bound' ? (
            <li className="text-success">✓ Request bound: hash of the request body given</li>
          ) : (
            <li className="text-muted">
              –{' '}
              {out.request === 'changed'
                ? REQUEST_CHANGED_TEXT
                : out.request === 'not-given'
                  ? REQUEST_NOT_GIVEN_TEXT
                  : 'Request: not checked'}
            </li>
          )}
          <li className="text-xs text-muted [overflow-wrap:anywhere]">
            Expected signer {r.expectedSigner}
            {r.recoveredSigner ? `, recovered ${r.recoveredSigner}` : ''}
          </li>
        </ul>
      ) : null}
    </div>
  )
}
