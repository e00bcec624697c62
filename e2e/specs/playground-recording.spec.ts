/**
 * Speech-to-text from the microphone: Chromium's fake audio device records, the app converts the
 * MediaRecorder output (WebM, which states no duration) to WAV in the browser, shows its duration,
 * and the provider's transcript verifies. Not covered: real microphones and permission prompts.
 */
import { chromiumLaunchOptions } from '../../scripts/chromium'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { openPlaygroundTab } from './playground-support'

test.use({
  permissions: ['microphone'],
  launchOptions: chromiumLaunchOptions([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ]),
})

test('a browser recording is sent as WAV, transcribed and verified', async ({
  page,
  devnet,
  wallet,
}) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'speech', 'whisper-large-v3')
  await page.getByRole('button', { name: 'Record' }).click()
  await expect(page.getByRole('button', { name: 'Stop recording' })).toBeVisible()
  // The time passing is the input: 1.5 s of (fake) microphone audio, asserted as 1.xx s below.
  await page.waitForTimeout(1500)
  await page.getByRole('button', { name: 'Stop recording' }).click()
  await expect(page.getByText(/recording\.wav: 1\.\d\d s/)).toBeVisible()
  await page.getByRole('button', { name: 'Transcribe' }).click()
  await expect(page.getByTestId(TestId.Transcript)).toContainText('WAV audio "recording.wav"')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})
