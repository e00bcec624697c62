/**
 * Provider reliability (#14.5): the status API's health, uptime and average response time (on the
 * devnet its stand-in at the provider server's `/status/health`, in 0G's shape, from the requests
 * it really served) beside this browser's own measurement, each named; a "Cheapest" mark inside a
 * model group.
 */
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { chatVerified } from './playground-support'
import { registerService, serviceParams } from './service-chain'

test("status figures (uptime, average response) beside this browser's, and a cheapest mark", async ({
  page,
  devnet,
  wallet,
}) => {
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  // One real paid request, so the status endpoint has a response time to report.
  await chatVerified(page, devnet.info, wallet.account.address, 'glm-5-fp8', 'Are you up?')
  // The endpoint's figures cover every request this devnet served (earlier specs too): the page
  // must show exactly what it reports, with its source.
  const status = (await (await fetch(`${devnet.info.providerServerUrl}/status/health`)).json()) as {
    services: {
      provider: string
      status: 'healthy' | 'warning' | 'critical'
      checks: { uptime: number }
      performance: { response_time: { avg: number } | null }
    }[]
  }
  const reported = status.services.find((s) => s.provider === glm.address)!
  const avg = reported.performance.response_time!.avg
  const word = { healthy: 'healthy', warning: 'limited availability', critical: 'degraded' }

  await page.goto(`/#/services/${glm.address}`)
  const figures = page.getByTestId('status-api-figures')
  await expect(figures).toHaveText(
    `${word[reported.status]} · ${reported.checks.uptime.toFixed(2)}% up · avg ${avg} ms (from the devnet's status endpoint)`,
  )
  await expect(figures).toHaveAttribute('title', "From the devnet's status endpoint")

  const cheaper = await registerService(
    devnet.client,
    4,
    serviceParams({ url: glm.url, model: 'GLM-5-FP8', inputPrice: 1n, outputPrice: 1n }),
  )
  await page.goto('/#/?q=glm')
  await page.getByRole('button', { name: 'Refresh' }).click()
  const rows = page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ has: page.getByTestId('rank-cheapest') })).toHaveAttribute(
    'data-provider',
    cheaper,
  )
  // The seeded provider's row carries its status figures; the new one is not in the report.
  await expect(
    page.locator(`tr[data-provider="${glm.address}"]`).getByTestId('status-api-figures'),
  ).toContainText(`${reported.checks.uptime.toFixed(2)}% up`)
  await expect(
    page.locator(`tr[data-provider="${cheaper}"]`).getByTestId('status-api-figures'),
  ).toHaveCount(0)
})
