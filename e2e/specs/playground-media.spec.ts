/**
 * Playground text-to-image, image editing and speech-to-text against the devnet: each result is
 * verified in the browser with its exact cost; uploads of a wrong type or over 10 MB are refused
 * before anything is sent. Not covered: microphone recording (no audio device in CI).
 */
import { PNG } from 'pngjs'
import { PROXY_ROUTE, proxyPath, WIRE_HEADER } from '../../src/lib/protocol/wire'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import {
  chooseTone,
  holdSignatureRequests,
  openPlaygroundTab,
  openSpeechWithTone,
  providerOf,
  storedVerdicts,
} from './playground-support'

const EDITS = proxyPath(PROXY_ROUTE['image-editing'])
const TRANSCRIPTIONS = proxyPath(PROXY_ROUTE['speech-to-text'])

function png(): Buffer {
  const p = new PNG({ width: 16, height: 16 })
  for (let i = 0; i < p.data.length; i += 4) p.data.set([200, 40, 40, 255], i)
  return PNG.sync.write(p)
}

type Fixtures = Parameters<Parameters<typeof test>[2]>[0]

/**
 * Opens `tab` for `slug` with that provider's signature route set to `fault`, then sends one paid
 * request (a 1 s tone to transcribe, or a prompt to draw); returns the store its result is kept in.
 */
async function sendWithSignatureFault(
  { page, devnet, wallet }: Pick<Fixtures, 'page' | 'devnet' | 'wallet'>,
  tab: 'speech' | 'image',
  slug: string,
  fault: 'hang' | 'junk',
) {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, tab, slug)
  await devnet.knob('signature-fault', { slug, fault })
  if (tab === 'speech') {
    await chooseTone(page, 1)
    await page.getByRole('button', { name: 'Transcribe' }).click()
    return 'transcripts' as const
  }
  await page.getByLabel('Prompt').fill('a red square')
  await page.getByRole('button', { name: 'Generate' }).click()
  return 'gallery' as const
}

/** Sends the chosen image with `prompt` to be edited; the gallery item once its result verifies. */
async function editVerified(page: Fixtures['page'], prompt: string) {
  await page.getByLabel('Edit prompt').fill(prompt)
  await page.getByRole('button', { name: 'Edit image' }).click()
  const item = page.getByTestId(TestId.GalleryItem)
  await expect(item.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  return item
}

test('text-to-image: estimated cost, verified result in the gallery', async ({
  page,
  devnet,
  wallet,
}) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'image', 'z-image')
  await page.getByLabel('Prompt').fill('a red square')
  await page.getByLabel('Images').selectOption('2')
  await expect(page.getByText('Estimated cost: 0.006 0G')).toBeVisible()
  await page.getByRole('button', { name: 'Generate' }).click()
  const item = page.getByTestId(TestId.GalleryItem)
  await expect(item).toHaveCount(1)
  await expect(item.getByRole('img')).toHaveCount(2)
  await expect(item.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(item.getByTestId(TestId.ResponseCost)).toContainText('0.006 0G')
  await expect(item.getByRole('link', { name: 'Download' })).toHaveCount(2)
  await page.reload()
  await expect(
    page.getByTestId(TestId.GalleryItem).getByTestId(TestId.VerificationBadge),
  ).toHaveAttribute('data-status', 'verified')
  await expect(page.getByTestId(TestId.GalleryItem).getByRole('img')).toHaveCount(2)
})

test('image editing: before/after, verified; wrong type and oversized uploads send nothing', async ({
  page,
  devnet,
  wallet,
}) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'edit', 'qwen-image-edit-2511')
  const sent: string[] = []
  page.on('request', (r) => r.url().includes(EDITS) && sent.push(r.url()))
  const input = page.getByLabel(/Image \(PNG, JPEG or WebP/)
  await input.setInputFiles({
    name: 'notes.gif',
    mimeType: 'image/gif',
    buffer: Buffer.from('GIF89a'),
  })
  await expect(page.getByRole('alert')).toContainText('notes.gif is not a PNG, JPEG or WebP image')
  await input.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
  })
  await expect(page.getByRole('alert')).toContainText('the limit is 10 MB')
  await expect(page.getByRole('button', { name: 'Edit image' })).toBeDisabled()
  expect(sent).toEqual([])
  await input.setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: png() })
  const item = await editVerified(page, 'invert')
  await expect(item.getByText('Before')).toBeVisible()
  await expect(item.getByText('After')).toBeVisible()
  await expect(item.getByTestId(TestId.ResponseCost)).toContainText('0.005 0G')
  expect(sent).toHaveLength(1)
})

test('a WebP upload is re-encoded to PNG in the browser before it is sent', async ({
  page,
  devnet,
  wallet,
}) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'edit', 'qwen-image-edit-2511')
  // A real WebP, encoded by this Chromium.
  const webp = Buffer.from(
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(8, 8)
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#0a0'
      ctx.fillRect(0, 0, 8, 8)
      const blob = await canvas.convertToBlob({ type: 'image/webp' })
      return [...new Uint8Array(await blob.arrayBuffer())]
    }),
  )
  expect(webp.subarray(8, 12).toString('latin1')).toBe('WEBP')
  const bodies: Buffer[] = []
  page.on('request', (r) => {
    if (r.url().includes(EDITS)) bodies.push(r.postDataBuffer() ?? Buffer.alloc(0))
  })
  await page.getByLabel(/Image \(PNG, JPEG or WebP/).setInputFiles({
    name: 'leaf.webp',
    mimeType: 'image/webp',
    buffer: webp,
  })
  await editVerified(page, 'make it red')
  expect(bodies).toHaveLength(1)
  const body = bodies[0]!.toString('latin1')
  expect(body).toContain('filename="leaf.png"')
  expect(body).toContain('Content-Type: image/png')
  expect(body).toContain('\x89PNG\r\n\x1a\n')
  expect(body).not.toContain('WEBP')
})

test('speech-to-text: duration, transcript, cost, verified; a text file is refused', async ({
  page,
  devnet,
  wallet,
}) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'speech', 'whisper-large-v3')
  const input = page.getByLabel(/Audio file/)
  await input.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hi'),
  })
  await expect(page.getByRole('alert')).toContainText('not a supported audio file')
  await chooseTone(page, 2.5)
  await expect(page.getByText('tone.wav: 2.50 s')).toBeVisible()
  await page.getByRole('button', { name: 'Transcribe' }).click()
  await expect(page.getByTestId(TestId.Transcript)).toContainText('2.50 seconds')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(page.getByTestId(TestId.ResponseCost)).toContainText(
    /0\.\d+ 0G · 125 in \/ \d+ out tokens/,
  )
})

test('a transcript, its cost and its verdict are shown again after a reload', async ({
  page,
  devnet,
  wallet,
}) => {
  await openSpeechWithTone(page, devnet.info, wallet.account.address, 1.5)
  await page.getByRole('button', { name: 'Transcribe' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  const cost = await page.getByTestId(TestId.ResponseCost).textContent()
  await expect.poll(() => storedVerdicts(page, 'transcripts')).toEqual(['verified'])
  await page.reload()
  await expect(page.getByTestId(TestId.Transcript)).toContainText('1.50 seconds')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(page.getByTestId(TestId.ResponseCost)).toHaveText(cost!)
  await expect(page.getByRole('button', { name: 'Export receipt' })).toBeVisible()
})

for (const [tab, slug, what] of [
  ['speech', 'whisper-large-v3', 'a transcript'],
  ['image', 'z-image', 'an image'],
] as const) {
  test(`the check of ${what} interrupted by a reload resumes after it and completes`, async ({
    page,
    devnet,
    wallet,
  }) => {
    // The signature endpoint hangs: the result is shown and its check stays in progress.
    const store = await sendWithSignatureFault({ page, devnet, wallet }, tab, slug, 'hang')
    await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
      'data-status',
      'verifying',
    )
    await expect.poll(() => storedVerdicts(page, store)).toEqual(['verifying'])
    // The reloaded page's signature request waits until the fault is cleared (see the chat spec).
    const signatures = await holdSignatureRequests(page)
    await page.reload()
    await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
      'data-status',
      'verifying',
    )
    await expect.poll(() => signatures.held.length).toBeGreaterThan(0)
    await devnet.knob('signature-fault', { slug, fault: null })
    signatures.release()
    await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
      'data-status',
      'verified',
    )
    await expect.poll(() => storedVerdicts(page, store)).toEqual(['verified'])
  })
}

for (const [tab, slug, what] of [
  ['image', 'z-image', 'an image'],
  ['speech', 'whisper-large-v3', 'a transcript'],
] as const) {
  test(`"no proof" for ${what} offers a retry that verifies once the signature is served`, async ({
    page,
    devnet,
    wallet,
  }) => {
    // The signature route answers junk: the result is stored "Not verified: no proof".
    const store = await sendWithSignatureFault({ page, devnet, wallet }, tab, slug, 'junk')
    const badge = page.getByTestId(TestId.VerificationBadge)
    await expect(badge).toHaveAttribute('data-status', 'no-proof', { timeout: 30_000 })
    await expect.poll(() => storedVerdicts(page, store)).toEqual(['no-proof'])
    await devnet.knob('signature-fault', { slug, fault: null })
    await badge.getByRole('button', { name: 'Retry' }).click()
    await expect(badge).toHaveAttribute('data-status', 'verified', { timeout: 30_000 })
    await expect.poll(() => storedVerdicts(page, store)).toEqual(['verified'])
  })
}

test('responses without a chat id are each recorded once in the spend', async ({
  page,
  devnet,
  wallet,
}) => {
  await openSpeechWithTone(page, devnet.info, wallet.account.address, 1)
  for (let i = 1; i <= 2; i++) {
    // No ZG-Res-Key and no id in the body: the response has no chat id.
    await devnet.knob('omit-next-res-key', { slug: 'whisper-large-v3' })
    const done = page.waitForResponse((r) => r.url().includes(TRANSCRIPTIONS))
    await page.getByRole('button', { name: 'Transcribe' }).click()
    expect((await done).headers()[WIRE_HEADER.resKey.toLowerCase()]).toBeUndefined()
    await expect(page.getByRole('button', { name: 'Transcribe' })).toBeEnabled()
    await expect(page.getByTestId(TestId.ResponseCost)).toBeVisible()
  }
  await page.getByRole('tab', { name: 'Spend' }).click()
  await expect(page.getByText('Total recorded in this browser')).toContainText('over 2 responses')
})

test('arriving with only a provider opens the tab of its service type', async ({
  page,
  devnet,
}) => {
  const p = providerOf(devnet.info, 'whisper-large-v3')
  await page.goto(`/#/playground?provider=${p.address}`)
  await connectWallet(page)
  await expect(page.getByRole('tab', { name: 'Speech to text' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByLabel('Service', { exact: true })).toHaveValue(p.address)
})
