/**
 * Node-side setup for playground specs: fund the test wallet's ledger and provider sub-accounts
 * through the devnet test kit's user actor (devnet/testkit/user.ts; the Account UI is not under
 * test here), plus provider lookup by slug and the steps several specs share.
 */
import { readFileSync } from 'node:fs'
import { parseEther, type Address } from 'viem'
import type { DevnetInfo } from '../../devnet/src/types'
import { devnetUser } from '../../devnet/testkit/user'
import { sineWav } from '../../devnet/testkit/wav'
import { WIRE_PATH } from '../../src/lib/protocol/wire'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect } from '../fixtures'

export function providerOf(info: DevnetInfo, slug: string) {
  const p = info.providers.find((x) => x.slug === slug)
  if (!p) throw new Error(`no provider ${slug}`)
  return p
}

/** Dev wallet `user` as a devnet user. */
function userOf(info: DevnetInfo, user: Address) {
  const wallet = info.devWallets.find((w) => w.address.toLowerCase() === user.toLowerCase())
  if (!wallet) throw new Error(`${user} is not a dev wallet`)
  return devnetUser(info, wallet.privateKey)
}

/** The user revokes every token for `provider` (generation + 1), as another tab or the CLI could. */
export async function revokeAllTokens(
  info: DevnetInfo,
  user: Address,
  provider: Address,
): Promise<void> {
  await userOf(info, user).revokeAllTokens(provider)
}

/** Creates a 3+ 0G ledger for `user` and moves `perProvider` 0G to each provider's sub-account. */
export async function fundUser(
  info: DevnetInfo,
  user: Address,
  slugs: string[],
  perProvider = '3',
): Promise<void> {
  const actor = userOf(info, user)
  const amount = parseEther(perProvider)
  await actor.createLedger(amount * BigInt(slugs.length) + parseEther('3'))
  for (const slug of slugs) await actor.transferFund(providerOf(info, slug).address, amount)
}

/** Funds `user` with `slug`'s provider, opens that Playground tab for it and connects the wallet. */
export async function openPlaygroundTab(
  page: import('@playwright/test').Page,
  info: DevnetInfo,
  user: Address,
  tab: 'chat' | 'image' | 'edit' | 'speech',
  slug: string,
): Promise<void> {
  await fundUser(info, user, [slug])
  await openTab(page, info, tab, slug)
}

/** Opens that Playground tab for `slug`'s provider and connects the wallet (funding as it is). */
export async function openTab(
  page: import('@playwright/test').Page,
  info: DevnetInfo,
  tab: 'chat' | 'image' | 'edit' | 'speech',
  slug: string,
): Promise<void> {
  await page.goto(`/#/playground?tab=${tab}&provider=${providerOf(info, slug).address}`)
  await connectWallet(page)
}

/** Chooses a `seconds`-long WAV tone (devnet/testkit/wav.ts) as the audio file to transcribe. */
export async function chooseTone(
  page: import('@playwright/test').Page,
  seconds: number,
): Promise<void> {
  await page.getByLabel(/Audio file/).setInputFiles({
    name: 'tone.wav',
    mimeType: 'audio/wav',
    buffer: Buffer.from(sineWav(seconds)),
  })
}

/** Funds `user` with Whisper, opens the Speech to text tab for it and chooses a `seconds` tone. */
export async function openSpeechWithTone(
  page: import('@playwright/test').Page,
  info: DevnetInfo,
  user: Address,
  seconds: number,
): Promise<void> {
  await openPlaygroundTab(page, info, user, 'speech', 'whisper-large-v3')
  await chooseTone(page, seconds)
}

/**
 * Funds `user` with `slug`'s provider, opens the Chat tab for it, sends `message` and waits until
 * the reply is verified; returns the provider.
 */
export async function chatVerified(
  page: import('@playwright/test').Page,
  info: DevnetInfo,
  user: Address,
  slug: string,
  message: string,
) {
  await openPlaygroundTab(page, info, user, 'chat', slug)
  await sendVerified(page, message)
  return providerOf(info, slug)
}

/** Sends `message` in the open Chat tab and waits until the reply is verified. */
export async function sendVerified(
  page: import('@playwright/test').Page,
  message: string,
): Promise<void> {
  await page.getByLabel('Message').fill(message)
  await page.getByRole('button', { name: 'Send' }).click()
  await expectVerified(page)
}

/** Waits until the (only) response's verification badge says verified. */
export async function expectVerified(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
}

/** Clicks "Export receipt" and returns the downloaded receipt's text. */
export async function exportReceipt(page: import('@playwright/test').Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export receipt' }).click()
  return readFileSync(await (await download).path(), 'utf8')
}

/** Follows the "Verify receipt" link and has the page check `text` as an uploaded receipt file. */
export async function verifyReceiptFile(
  page: import('@playwright/test').Page,
  text: string,
): Promise<void> {
  await page.getByRole('link', { name: 'Verify receipt' }).click()
  await page
    .getByLabel('Receipt file')
    .setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await page.getByRole('button', { name: 'Verify receipt' }).click()
}

/**
 * The verdict status of every paid response stored in the playground's IndexedDB store `store`
 * (conversations: their messages; compare-runs: their columns), as the page sees it now.
 */
export async function storedVerdicts(
  page: import('@playwright/test').Page,
  store: 'conversations' | 'gallery' | 'transcripts' | 'compare-runs',
): Promise<(string | null)[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('0g-playground')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error ?? new Error('IndexedDB'))
    })
    try {
      if (!db.objectStoreNames.contains(name)) return []
      const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const r = db.transaction(name).objectStore(name).getAll()
        r.onsuccess = () => resolve(r.result as Record<string, unknown>[])
        r.onerror = () => reject(r.error ?? new Error('IndexedDB'))
      })
      const results =
        name === 'conversations'
          ? all.flatMap((c) =>
              (c.messages as Record<string, unknown>[]).filter((m) => m.role === 'assistant'),
            )
          : name === 'compare-runs'
            ? all.flatMap((r) => r.columns as Record<string, unknown>[])
            : all
      return results.map((x) => (x.verification as { status?: string } | null)?.status ?? null)
    } finally {
      db.close()
    }
  }, store)
}

/**
 * Holds the page's requests for response signatures until `release()` is called (then they reach
 * the provider). A check resumed after a reload then asks only once the test is ready for it.
 */
export async function holdSignatureRequests(page: import('@playwright/test').Page) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const held: string[] = []
  await page.route(
    (url) => url.pathname.includes(`${WIRE_PATH.signature}/`),
    async (route) => {
      held.push(route.request().url())
      await released
      await route.continue()
    },
  )
  return { held, release }
}

/** One stored chat reply version (shown or kept by a Regenerate) as the page stored it. */
export interface StoredReply {
  id: string
  content: string
  fee: string | null
  status: string | null
  /** ids of the earlier replies this one keeps (Regenerate), oldest first */
  alternatives: string[]
}

/** Every stored conversation's messages (role and content) and replies, from IndexedDB. */
export async function storedChats(
  page: import('@playwright/test').Page,
): Promise<{ messages: { role: string; content: string }[]; replies: StoredReply[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('0g-playground')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error ?? new Error('IndexedDB'))
    })
    try {
      if (!db.objectStoreNames.contains('conversations')) return []
      const all = await new Promise<{ messages: Record<string, unknown>[] }[]>(
        (resolve, reject) => {
          const r = db.transaction('conversations').objectStore('conversations').getAll()
          r.onsuccess = () => resolve(r.result as { messages: Record<string, unknown>[] }[])
          r.onerror = () => reject(r.error ?? new Error('IndexedDB'))
        },
      )
      const reply = (m: Record<string, unknown>) => ({
        id: String(m.id),
        content: String(m.content),
        fee: typeof m.fee === 'string' ? m.fee : null,
        status: (m.verification as { status?: string } | undefined)?.status ?? null,
        alternatives: ((m.alternatives as Record<string, unknown>[] | undefined) ?? []).map((a) =>
          String(a.id),
        ),
      })
      return all.map((c) => ({
        messages: c.messages.map((m) => ({ role: String(m.role), content: String(m.content) })),
        replies: c.messages
          .filter((m) => m.role === 'assistant')
          .flatMap((m) => [
            reply(m),
            ...((m.alternatives as Record<string, unknown>[] | undefined) ?? []).map(reply),
          ]),
      }))
    } finally {
      db.close()
    }
  })
}

/** The usage records (id, kind, fee) this browser keeps for every chain and wallet. */
export async function storedUsageRecords(
  page: import('@playwright/test').Page,
): Promise<{ id: string; kind: string; fee: string }[]> {
  return page.evaluate(() => {
    const out: { id: string; kind: string; fee: string }[] = []
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)
      if (!k?.startsWith('0g-usage:v1:')) continue
      const list = JSON.parse(localStorage.getItem(k) ?? '[]') as Record<string, unknown>[]
      for (const r of list) out.push({ id: String(r.id), kind: String(r.kind), fee: String(r.fee) })
    }
    return out
  })
}
