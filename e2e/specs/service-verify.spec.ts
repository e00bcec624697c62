/**
 * "Verify provider" in the browser against the devnet's dstack-shaped reports: success (signer in
 * report_data, compose hash, image list, what was not checked, JSON download), and failure of each
 * check through the provider server's `bad-quote` knob, naming the check and the reason.
 */
import { expect, test } from '../fixtures'

const open = async (page: import('@playwright/test').Page, provider: string) => {
  await page.goto(`/#/services/${provider}`)
}

test('verify provider: the report names the on-chain signer and the compose hash matches', async ({
  page,
  devnet,
}) => {
  const p = devnet.info.providers.find((x) => x.model === 'gpt-oss-120b')!
  await open(page, p.address)
  await page.getByRole('button', { name: 'Verify provider' }).click()
  const result = page.getByRole('region', { name: 'Attestation result' })
  await expect(result.getByRole('status')).toHaveText(/Both checks passed/)
  await expect(result.getByRole('listitem', { name: 'TEE signer in report_data' })).toContainText(
    `Passed`,
  )
  await expect(result.getByRole('listitem', { name: 'TEE signer in report_data' })).toContainText(
    `In the report: ${p.teeSigner}`,
  )
  await expect(
    result.getByRole('listitem', { name: 'Compose hash matches the event log' }),
  ).toContainText('Passed')
  await expect(result).toContainText('ghcr.io/0glabs/0g-serving-broker:devnet')
  await expect(result).toContainText(`devnet/${p.slug}-responder:latest`)
  await expect(page.getByRole('complementary', { name: 'Not checked' })).toContainText(
    'the TDX quote itself',
  )
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download report (JSON)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`attestation-${p.address}.json`)
  const body = JSON.parse(
    await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  ) as { report_data: string }
  expect(Buffer.from(body.report_data, 'base64').toString().replace(/\0/g, '')).toBe(p.teeSigner)
})

for (const kind of ['signer', 'compose'] as const) {
  test(`verify provider: a bad report fails the ${kind} check and says why`, async ({
    page,
    devnet,
  }) => {
    const p = devnet.info.providers.find((x) => x.model === 'deepseek-chat-v3-0324')!
    await devnet.knob('bad-quote', { slug: p.slug, kind })
    await open(page, p.address)
    await page.getByRole('button', { name: 'Verify provider' }).click()
    const result = page.getByRole('region', { name: 'Attestation result' })
    const signer = result.getByRole('listitem', { name: 'TEE signer in report_data' })
    const compose = result.getByRole('listitem', { name: 'Compose hash matches the event log' })
    if (kind === 'signer') {
      await expect(result.getByRole('status')).toHaveText('Verification failed: TEE signer check.')
      await expect(signer).toContainText('Failed')
      await expect(signer).toContainText('not produced for the signer this service registered')
      await expect(compose).toContainText('Passed')
    } else {
      await expect(result.getByRole('status')).toHaveText(
        'Verification failed: compose hash check.',
      )
      await expect(compose).toContainText('Failed')
      await expect(compose).toContainText('compose hash does not match the event log')
      await expect(signer).toContainText('Passed')
    }
  })
}
