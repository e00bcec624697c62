/**
 * "Build" snippets run for real: the cURL snippet copied from the page is executed against the
 * devnet with an API key, then the JavaScript (openai client) snippet and the verification snippet
 * (ZG-Res-Key → signature → signer check) run in Node. The Python snippet is checked for the real
 * endpoint and model only (no Python openai package on CI machines), the CLI and SDK snippets for
 * this provider (devnet/test/build-snippets.test.ts runs them). The guide's steps follow real state.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Address } from 'viem'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { connectWallet, expect, test } from '../fixtures'
import { signApiKey } from '../../devnet/testkit/app-sk'
import { addresses, fundSubAccount, userWallet } from './service-chain'

async function apiKeyFor(client: import('viem').PublicClient, provider: Address) {
  await fundSubAccount(client, provider)
  const user = userWallet().account
  const account = await client.readContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'getAccount',
    args: [user.address, provider],
  })
  return signApiKey(user, provider, Number(account.generation), 0)
}

test('the cURL, JavaScript and verification snippets work against the devnet', async ({
  page,
  context,
  devnet,
}, testInfo) => {
  const p = devnet.info.providers.find((x) => x.model === 'GLM-5-FP8')!
  const key = await apiKeyFor(devnet.client, p.address)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/#/services/${p.address}`)
  const build = page.getByRole('region', { name: 'Build' })

  await build.getByRole('button', { name: 'Copy cURL request' }).click()
  const curl = await page.evaluate(() => navigator.clipboard.readText())
  expect(curl).toBe(await build.getByLabel('cURL request', { exact: true }).textContent())
  expect(curl).toContain(`${p.url}/v1/proxy/chat/completions`)
  const out = execFileSync('bash', ['-c', curl], {
    env: { ...process.env, ZG_API_KEY: key },
    timeout: 20_000,
  }).toString()
  expect(out).toMatch(/^HTTP\/1\.1 200/)
  const chatId = /^zg-res-key: (\S+)/im.exec(out)?.[1]
  expect(chatId).toBeTruthy()
  expect(out).toContain('Hello from the 0G devnet responder for GLM-5-FP8')

  // The verification snippet checks that response's signature against the on-chain TEE signer.
  const verify = await build
    .getByLabel('Verify a response (JavaScript, viem)', { exact: true })
    .textContent()
  const verifyFile = testInfo.outputPath('verify.mjs')
  writeFileSync(verifyFile, `const chatId = ${JSON.stringify(chatId)}\n${verify}`)
  expect(execFileSync('node', [verifyFile], { timeout: 20_000 }).toString()).toContain(
    'signed by the TEE signer on chain',
  )

  await build.getByRole('group', { name: 'Language' }).getByLabel('JavaScript').check()
  const js = (await build.getByLabel('JavaScript request', { exact: true }).textContent())!
  const jsFile = testInfo.outputPath('request.mjs')
  writeFileSync(jsFile, js)
  const jsOut = execFileSync('node', [jsFile], {
    env: { ...process.env, ZG_API_KEY: key },
    timeout: 20_000,
  }).toString()
  expect(jsOut).toContain('Hello from the 0G devnet responder for GLM-5-FP8')
  expect(jsOut).toMatch(/chat id for verification: chatcmpl-devnet-/)

  await build.getByRole('group', { name: 'Language' }).getByLabel('Python').check()
  const py = build.getByLabel('Python request', { exact: true })
  await expect(py).toContainText(`base_url="${p.url}/v1/proxy"`)
  await expect(py).toContainText('model="GLM-5-FP8"')

  // CLI and SDK (run against the devnet in devnet/test/build-snippets.test.ts): this provider,
  // this network's RPC.
  await build.getByRole('group', { name: 'Language' }).getByLabel('CLI').check()
  const cli = build.getByLabel('CLI request', { exact: true })
  await expect(cli).toContainText(new RegExp(`inference get-secret --provider '${p.address}'`, 'i'))
  await expect(cli).toContainText(`${p.url}/v1/proxy/chat/completions`)
  await build.getByRole('group', { name: 'Language' }).getByLabel('SDK').check()
  const sdk = build.getByLabel('SDK request', { exact: true })
  await expect(sdk).toContainText(new RegExp(`const provider = "${p.address}"`, 'i'))
  await expect(sdk).toContainText('processResponse')
})

test('an image service gets an images/generations snippet that returns a PNG', async ({
  page,
  devnet,
}) => {
  const p = devnet.info.providers.find((x) => x.model === 'z-image')!
  const key = await apiKeyFor(devnet.client, p.address)
  await page.goto(`/#/services/${p.address}`)
  const curl = (await page.getByLabel('cURL request', { exact: true }).textContent())!
  expect(curl).toContain('/v1/proxy/images/generations')
  const out = execFileSync('bash', ['-c', curl], {
    env: { ...process.env, ZG_API_KEY: key },
    timeout: 20_000,
  }).toString()
  const body = JSON.parse(out) as { data: { b64_json: string }[] }
  expect(Buffer.from(body.data[0]!.b64_json, 'base64').subarray(1, 4).toString()).toBe('PNG')
})

test('the guide ticks Fund and Get a key from real state', async ({ page, devnet }) => {
  const p = devnet.info.providers.find((x) => x.model === 'GLM-5-FP8')!
  await page.goto(`/#/services/${p.address}`)
  await connectWallet(page)
  const build = page.getByRole('region', { name: 'Build' })
  const step = (name: string) => build.getByRole('listitem', { name, exact: true })
  // No ledger yet: nothing is ticked.
  await expect(step('Step 1: Fund, to do')).toBeVisible()
  await expect(step('Step 2: Get a key, to do')).toBeVisible()
  await expect(build.getByText('Your ledger exists (at least 3 0G): to do')).toBeVisible()

  // Ledger (10 0G) and sub-account (3 0G) made through the test kit, outside the page: the page
  // sees the new blocks and ticks step 1.
  await fundSubAccount(devnet.client, p.address)
  await expect(step('Step 1: Fund, done')).toBeVisible({ timeout: 20_000 })
  await expect(step('Step 2: Get a key, to do')).toBeVisible()

  // A key made in the API keys section (the guide's button scrolls there) ticks step 2.
  await build.getByRole('button', { name: 'Go to API keys' }).click()
  const keys = page.getByRole('region', { name: 'API keys' })
  await expect(page.locator('#section-api-keys')).toBeFocused()
  await keys.getByLabel('Label').fill('guide', { timeout: 20_000 })
  await keys.getByRole('button', { name: 'Create API key' }).click()
  await expect(keys.getByLabel('New API key')).toHaveText(/^app-sk-/)
  await expect(step('Step 2: Get a key, done')).toBeVisible()
})
