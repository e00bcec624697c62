import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import {
  useAnyResponseCheck,
  type AnyResponseForm,
  type GivenBytes,
} from '@/hooks/playground/use-any-response-check'
import { BytesInput } from './any-response-bytes-input'
import { AnyResponseProviderField } from './any-response-provider-field'
import { AnyResponseResponseInput, type AnyResponseKind } from './any-response-response-input'
import { AnyVerdict } from './any-response-verdict'

/**
 * Verify a response obtained elsewhere (SDK, CLI, curl): the signature route's JSON, the response
 * body or its decoded image files, optionally the request body, and the provider. Everything is
 * untrusted and shown as text only; the inputs stay after a failed check. The form parts and the
 * verdict live in the `any-response-*` files beside this one.
 */
export function AnyResponseVerifier() {
  const [provider, setProvider] = useState('')
  const [signatureJson, setSignatureJson] = useState('')
  const [kind, setKind] = useState<AnyResponseKind>('body')
  const [body, setBody] = useState<GivenBytes>(null)
  const [images, setImages] = useState<File[]>([])
  const [request, setRequest] = useState<GivenBytes>(null)
  const check = useAnyResponseCheck()
  /** Any edit clears the previous verdict. */
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
      <AnyResponseProviderField value={provider} onChange={edit(setProvider)} />
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
      <AnyResponseResponseInput
        kind={kind}
        onKind={edit(setKind)}
        body={body}
        onBody={edit(setBody)}
        onImages={edit(setImages)}
      />
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
