import { useMutation } from '@tanstack/react-query'
import { BaseError, ContractFunctionRevertedError } from 'viem'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { getContract } from '@/contracts/get-contract'
import {
  ANY_RESPONSE_LIMITS,
  checkAnyResponse,
  parseProviderAddress,
  parseSignatureJson,
  sizeProblem,
  type AnyResponseVerdict,
  type GivenResponse,
} from '@/lib/protocol/verify-any-response'

/** Pasted text, or a loaded file (exact bytes); `null` when nothing is given. */
export type GivenBytes = { text: string } | { file: File } | null

/** The Verify page's "Any response" form, as entered (all untrusted). */
export interface AnyResponseForm {
  provider: string
  signatureJson: string
  response: { kind: 'body'; body: GivenBytes } | { kind: 'images'; files: readonly File[] }
  request: GivenBytes
}

export type AnyResponseOutcome = ({ ok: true } & AnyResponseVerdict) | { ok: false; error: string }

const MiB = (n: number) => `${n / (1024 * 1024)} MiB`

/** The bytes given, or a size problem (a file is measured before it is read). */
async function bytesOf(given: GivenBytes, what: string, max: number): Promise<Uint8Array | string> {
  if (!given) return new Uint8Array()
  if ('file' in given) {
    if (given.file.size > max) return `The ${what} file is larger than ${MiB(max)}`
    return new Uint8Array(await given.file.arrayBuffer())
  }
  return new TextEncoder().encode(given.text)
}

/**
 * Checks a response obtained elsewhere against the provider's service read from the shown chain
 * now (TEE signer, acknowledgement, mode), with the one verifier. Bad input is `{ok: false}` with a
 * plain message; a failed check is a verdict.
 */
export function useAnyResponseCheck() {
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  return useMutation({
    mutationKey: ['playground', 'any-response-check', chainId],
    meta: { silentError: true },
    mutationFn: async (form: AnyResponseForm): Promise<AnyResponseOutcome> => {
      const provider = parseProviderAddress(form.provider)
      if (!provider.ok) return provider
      const sig = parseSignatureJson(form.signatureJson)
      if (!sig.ok) return sig
      let response: GivenResponse
      if (form.response.kind === 'body') {
        const body = await bytesOf(form.response.body, 'response body', ANY_RESPONSE_LIMITS.body)
        if (typeof body === 'string') return { ok: false, error: body }
        response = { body }
      } else {
        const { files } = form.response
        if (files.length > ANY_RESPONSE_LIMITS.images)
          return { ok: false, error: `More than ${ANY_RESPONSE_LIMITS.images} image files` }
        if (files.some((f) => f.size > ANY_RESPONSE_LIMITS.image))
          return {
            ok: false,
            error: `An image file is larger than ${MiB(ANY_RESPONSE_LIMITS.image)}`,
          }
        response = {
          images: await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer()))),
        }
      }
      let requestBody: Uint8Array | null = null
      if (form.request && ('file' in form.request || form.request.text !== '')) {
        const req = await bytesOf(form.request, 'request body', ANY_RESPONSE_LIMITS.body)
        if (typeof req === 'string') return { ok: false, error: req }
        requestBody = req
      }
      const size = sizeProblem(response, requestBody)
      if (size) return { ok: false, error: size }
      if (!client) return { ok: false, error: 'This network cannot be read right now' }
      let service = null
      try {
        service = await client.readContract({
          ...getContract('inference', chainId),
          functionName: 'getService',
          args: [provider.value],
        })
      } catch (e) {
        // A revert is "no such service"; anything else is a failed read, not a verdict.
        const reverted =
          e instanceof BaseError && e.walk((x) => x instanceof ContractFunctionRevertedError)
        if (!reverted)
          return { ok: false, error: 'Could not read the provider’s service from chain; try again' }
      }
      const out = await checkAnyResponse({
        service,
        signatureJson: form.signatureJson,
        response,
        requestBody,
      })
      return out.ok ? { ok: true, ...out.value } : out
    },
  })
}
