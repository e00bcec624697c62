/**
 * "Verify any 0G response" (issue 13): a response obtained outside the app (a curl-like fetch from
 * this test, with an app-sk token signed by the devnet test kit) is pasted into the Verify page's
 * "Any response" tab with its signature JSON, request body and provider → Verified; one byte of the
 * body changed → Invalid (response-hash mismatch), inputs kept. A receipt exported with the
 * response text (opt-in) verifies and shows that text.
 */
import { parseEther, type Address } from 'viem'
import type { DevnetInfo } from '../../devnet/src/types'
import { devnetUser } from '../../devnet/testkit/user'
import { TestId } from '../../src/lib/test-ids'
import {
  proxyPath,
  PROXY_ROUTE,
  signaturePath,
  WIRE_HEADER,
  type ProxyRoute,
} from '../../src/lib/protocol/wire'
import { connectWallet, expect, test } from '../fixtures'
import { chatVerified, exportReceipt, providerOf, verifyReceiptFile } from './playground-support'

/** A response fetched the way a curl user would, with its signature route's JSON. */
async function curlChat(
  info: DevnetInfo,
  user: Address,
  slug: string,
  route: ProxyRoute = PROXY_ROUTE.chatbot,
  body: Record<string, unknown> = {
    messages: [{ role: 'user', content: 'Verify me elsewhere' }],
  },
) {
  const wallet = info.devWallets.find((w) => w.address.toLowerCase() === user.toLowerCase())
  if (!wallet) throw new Error(`${user} is not a dev wallet`)
  const actor = devnetUser(info, wallet.privateKey)
  const p = providerOf(info, slug)
  await actor.fundLedger(parseEther('4'))
  await actor.transferFund(p.address, parseEther('3'))
  await actor.acknowledgeTEESigner(p.address)
  const requestBody = JSON.stringify({ model: p.model, ...body })
  const res = await fetch(`${p.url}${proxyPath(route)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [WIRE_HEADER.authorization]: await actor.bearer(p.address),
    },
    body: requestBody,
  })
  expect(res.status).toBe(200)
  const responseBody = Buffer.from(await res.arrayBuffer())
  const chatId = res.headers.get(WIRE_HEADER.resKey)
  expect(chatId).toBeTruthy()
  const sig = await fetch(`${p.url}${signaturePath(chatId!, p.model)}`)
  expect(sig.status).toBe(200)
  return { provider: p.address, requestBody, responseBody, signatureJson: await sig.text() }
}

test('a response fetched elsewhere verifies; one byte changed is Invalid', async ({
  page,
  devnet,
  wallet,
}) => {
  const got = await curlChat(devnet.info, wallet.account.address, 'glm-5-fp8')
  await page.goto('/#/verify-receipt?tab=any')
  await connectWallet(page)
  await expect(page.getByRole('tab', { name: 'Any response' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.getByLabel('Provider address').fill(got.provider.toLowerCase())
  await page.getByLabel('Signature JSON').fill(got.signatureJson)
  await page.getByLabel('Response body file').setInputFiles({
    name: 'response.json',
    mimeType: 'application/json',
    buffer: got.responseBody,
  })
  await page.getByLabel('Request body (optional)', { exact: true }).fill(got.requestBody)
  await page.getByRole('button', { name: 'Verify response' }).click()
  const verdict = page.getByTestId(TestId.AnyResponseVerdict)
  await expect(verdict).toHaveAttribute('data-status', 'verified')
  await expect(verdict).toHaveAttribute('data-request', 'bound')
  await expect(verdict).toContainText('✓ Signer: the provider’s TEE signer on chain')

  // One byte of the body changed (pasted instead of the file): Invalid, the inputs stay.
  const body = got.responseBody.toString('utf8')
  const i = body.indexOf('"id"') + 1
  const tampered = `${body.slice(0, i)}${body[i] === 'i' ? 'j' : 'i'}${body.slice(i + 1)}`
  await page.getByRole('button', { name: 'Clear file' }).click()
  await page.getByLabel('Response body', { exact: true }).fill(tampered)
  await page.getByRole('button', { name: 'Verify response' }).click()
  await expect(verdict).toHaveAttribute('data-status', 'invalid')
  await expect(verdict).toContainText('response-hash mismatch')
  await expect(page.getByLabel('Signature JSON')).toHaveValue(got.signatureJson)
  await expect(page.getByLabel('Request body (optional)', { exact: true })).toHaveValue(
    got.requestBody,
  )

  // Without the request body: the response still verifies, the request part is "not given".
  await page.getByLabel('Response body', { exact: true }).fill(body)
  await page.getByLabel('Request body (optional)', { exact: true }).fill('')
  await page.getByRole('button', { name: 'Verify response' }).click()
  await expect(verdict).toHaveAttribute('data-status', 'verified')
  await expect(verdict).toHaveAttribute('data-request', 'not-given')

  // Bad input is explained, never a verdict.
  await page.getByLabel('Signature JSON').fill('{"text": 1}')
  await page.getByRole('button', { name: 'Verify response' }).click()
  await expect(page.getByRole('alert')).toContainText('needs "text" and "signature" strings')
  await expect(verdict).toHaveCount(0)
})

test('an image response verifies from its decoded image files (family C)', async ({
  page,
  devnet,
  wallet,
}) => {
  const got = await curlChat(
    devnet.info,
    wallet.account.address,
    'z-image',
    PROXY_ROUTE['text-to-image'],
    { prompt: 'a lighthouse', n: 2, size: '256x256' },
  )
  const { data } = JSON.parse(got.responseBody.toString('utf8')) as {
    data: { b64_json: string }[]
  }
  expect(data.length).toBeGreaterThan(0)
  const files = data.map((d, i) => ({
    name: `image-${i}.png`,
    mimeType: 'image/png',
    buffer: Buffer.from(d.b64_json, 'base64'),
  }))
  await page.goto('/#/verify-receipt?tab=any')
  await connectWallet(page)
  await page.getByLabel('Provider address').fill(got.provider)
  await page.getByLabel('Signature JSON').fill(got.signatureJson)
  await page.getByLabel('image files (decoded images of an image response)').check()
  await page.getByLabel(/^Image files/).setInputFiles(files)
  await page.getByLabel('Request body (optional)', { exact: true }).fill(got.requestBody)
  await page.getByRole('button', { name: 'Verify response' }).click()
  const verdict = page.getByTestId(TestId.AnyResponseVerdict)
  await expect(verdict).toHaveAttribute('data-status', 'verified')
  await expect(verdict).toHaveAttribute('data-request', 'bound')
  await expect(verdict).toContainText('Response bound: hash of the image files')
})

test('a receipt exported with the response text verifies and shows the text', async ({
  page,
  devnet,
  wallet,
}) => {
  await chatVerified(
    page,
    devnet.info,
    wallet.account.address,
    'glm-5-fp8',
    'A receipt with its text',
  )
  // Off by default.
  expect(JSON.parse(await exportReceipt(page))).not.toHaveProperty('responseText')
  await page.getByLabel('Include the response text').check()
  const text = await exportReceipt(page)
  const receipt = JSON.parse(text) as { responseText?: string }
  expect(receipt.responseText).toContain('[DONE]')

  await verifyReceiptFile(page, text)
  const verdict = page.getByTestId(TestId.ReceiptVerdict)
  await expect(verdict).toHaveAttribute('data-ok', 'true')
  await expect(verdict.getByTestId(TestId.ReceiptCheck)).toHaveCount(8)
  await expect(verdict.getByTestId(TestId.ReceiptCheck).last()).toHaveText(
    '✓ Included response text hashes to responseSha256 (exact bytes)',
  )
  await expect(verdict.getByTestId(TestId.ReceiptResponseText)).toContainText('[DONE]')

  // The text edited: that check fails.
  const edited = { ...receipt, responseText: `${receipt.responseText} ` }
  await page.getByLabel('Receipt JSON').fill(JSON.stringify(edited))
  await page.getByRole('button', { name: 'Verify receipt' }).click()
  await expect(verdict).toHaveAttribute('data-ok', 'false')
  await expect(verdict.getByTestId(TestId.ReceiptCheck).filter({ hasText: '✗' })).toHaveText(
    /^✗ Included response text hashes to responseSha256/,
  )
})
