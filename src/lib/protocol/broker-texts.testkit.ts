/**
 * Signed texts built the way the provider broker builds them (ctrl/signing.go, common/tee/tls.go,
 * ctrl/proxy.go EnsureStreamOptions), independently of src/lib/protocol: WebCrypto's own sha256,
 * and request bodies re-marshalled by hand-written Go output in the tests. For tests only.
 */
const bytes = (b: Uint8Array | string): Uint8Array =>
  typeof b === 'string' ? new TextEncoder().encode(b) : b

const hex = async (b: Uint8Array | string): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes(b) as BufferSource))]
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')

/** Family A (`signChatWithKey`): sha256(forwarded request):sha256(response bytes). */
export const plainText = async (
  forwarded: Uint8Array | string,
  response: Uint8Array | string,
): Promise<string> => `${await hex(forwarded)}:${await hex(response)}`

/** Family C (`signImageResponse`): sha256(client request):sha256(img0),sha256(img1)… */
export const imagesText = async (
  request: Uint8Array | string,
  images: readonly Uint8Array[],
): Promise<string> =>
  `${await hex(request)}:${(await Promise.all(images.map((i) => hex(i)))).join(',')}`

/** Family B (`FormatRoutingProofText`): req:resp:providerType:providerIdentity:fingerprint. */
export const routingText = async (
  forwarded: Uint8Array | string,
  response: Uint8Array | string,
  providerType: string,
  providerIdentity: string,
  fingerprint: string,
): Promise<string> =>
  `${await hex(forwarded)}:${await hex(response)}:${providerType}:${providerIdentity}:${fingerprint}`

/** An OpenAI image response carrying `images` as b64_json. */
export const imageResponse = (images: readonly Uint8Array[]): string =>
  JSON.stringify({
    created: 1,
    data: images.map((i) => ({ b64_json: btoa(String.fromCharCode(...i)) })),
  })
