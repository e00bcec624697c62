/**
 * The "Any response" form: bad input gets a plain message (bad address, not JSON, wrong shape, no
 * body, file too large, chain unreadable), shown as text, and every input stays after a failure.
 */
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render-with-providers'
import { AnyResponseVerifier } from './any-response-verifier'

const PROVIDER = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const SIG = '{"text":"<b>x</b>","signature":"0x12"}'

describe('AnyResponseVerifier', () => {
  it('explains each bad input and keeps what was entered', async () => {
    const { user } = await renderWithProviders(<AnyResponseVerifier />)
    const verify = screen.getByRole('button', { name: 'Verify response' })
    const alert = async () => (await screen.findByRole('alert', {}, { timeout: 5000 })).textContent

    await user.type(screen.getByLabelText('Provider address'), '0x1234')
    await user.click(verify)
    expect(await alert()).toBe('The provider is not an address (0x followed by 40 hex digits)')

    await user.clear(screen.getByLabelText('Provider address'))
    await user.type(screen.getByLabelText('Provider address'), PROVIDER)
    await user.click(screen.getByLabelText('Signature JSON'))
    await user.paste('{not json')
    await user.click(verify)
    expect(await alert()).toBe('The signature JSON is not JSON')

    await user.clear(screen.getByLabelText('Signature JSON'))
    await user.paste('{"text":"a"}')
    await user.click(verify)
    expect(await alert()).toMatch(/needs "text" and "signature" strings/)

    await user.clear(screen.getByLabelText('Signature JSON'))
    await user.paste(SIG)
    await user.click(verify)
    expect(await alert()).toBe('Paste or load the response body')

    await user.click(screen.getByLabelText('Response body'))
    await user.paste('{"id":"x"}')
    await user.upload(
      screen.getByLabelText('Request body (optional) file'),
      new File([new Uint8Array(8 * 1024 * 1024 + 1)], 'req.json'),
    )
    await user.click(verify)
    expect(await alert()).toBe('The request body file is larger than 8 MiB')

    await user.click(screen.getByRole('button', { name: 'Clear file' }))
    // The test chain answers no contract read: a failed read is said as such, never a verdict.
    await user.click(verify)
    expect(await alert()).toBe('Could not read the provider’s service from chain; try again')

    // Nothing was lost, and nothing pasted was rendered as HTML.
    expect((screen.getByLabelText('Provider address') as HTMLInputElement).value).toBe(PROVIDER)
    expect((screen.getByLabelText('Signature JSON') as HTMLInputElement).value).toBe(SIG)
    expect((screen.getByLabelText('Response body') as HTMLInputElement).value).toBe('{"id":"x"}')
    expect(document.querySelector('b')).toBeNull()
  })
})
