/** The wire contract pinned to the values the live broker and the SDK use (docs/protocol.md §7, §9). */
import { describe, expect, it } from 'vitest'
import {
  bearer,
  parseSignaturePayload,
  PROXY_ROUTE,
  proxyPath,
  signaturePath,
  unsettledFeePath,
  WIRE_HEADER,
  WIRE_PATH,
} from './wire'

describe('wire paths and headers', () => {
  it('are the broker’s', () => {
    expect(proxyPath(PROXY_ROUTE.chatbot)).toBe('/v1/proxy/chat/completions')
    expect(proxyPath(PROXY_ROUTE['text-to-image'])).toBe('/v1/proxy/images/generations')
    expect(proxyPath(PROXY_ROUTE['image-editing'])).toBe('/v1/proxy/images/edits')
    expect(proxyPath(PROXY_ROUTE['speech-to-text'])).toBe('/v1/proxy/audio/transcriptions')
    expect(WIRE_PATH).toEqual({
      signature: '/v1/proxy/signature',
      quote: '/v1/quote',
      models: '/v1/models',
      proxyModels: '/v1/proxy/models',
    })
    expect(unsettledFeePath('0xabc')).toBe('/v1/user/0xabc/unsettledfee')
    expect(WIRE_HEADER.resKey).toBe('ZG-Res-Key')
    expect(bearer('app-sk-x')).toBe('Bearer app-sk-x')
  })

  it('percent-encodes the chat id and model of a signature path', () => {
    expect(signaturePath('chatcmpl-1', 'GLM-5-FP8')).toBe(
      '/v1/proxy/signature/chatcmpl-1?model=GLM-5-FP8',
    )
    expect(signaturePath('a/../b?c', 'm&x=1')).toBe(
      '/v1/proxy/signature/a%2F..%2Fb%3Fc?model=m%26x%3D1',
    )
  })
})

describe('parseSignaturePayload', () => {
  it('takes text and signature, ignoring other fields', () => {
    expect(
      parseSignaturePayload({ text: 'a:b', signature: '0x01', signing_address: '0x', extra: 1 }),
    ).toEqual({ text: 'a:b', signature: '0x01' })
  })
  it('refuses malformed bodies', () => {
    for (const body of [
      null,
      undefined,
      'text',
      42,
      [],
      ['a', 'b'],
      {},
      { text: 42, signature: ['0x'], signing_address: null },
      { text: 'a' },
      { signature: '0x' },
      { text: 'a', signature: null },
    ]) {
      expect(parseSignaturePayload(body)).toBeNull()
    }
  })
})
