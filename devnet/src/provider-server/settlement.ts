/**
 * Fee settlement: `settleFeesWithTEE` sent by each provider account with EIP-712 `TEESettlement`
 * signatures by its TEE key (docs/protocol.md §10). Transactions are serialized per provider
 * (one account, one nonce sequence); the meter is reduced only by what the contract reports settled.
 */
import {
  createWalletClient,
  http,
  parseEventLogs,
  type Address,
  type Hex,
  type WalletClient,
} from 'viem'
import { inferenceServingAbi } from '../abis/inference-serving'
import { successReceipt } from '../tx-receipt'
import type { ChainReader } from './chain-reader'
import type { ProviderRuntime } from './context'
import { requestsHashOf, type Meter, type MeterSnapshot } from './metering'

export const SETTLEMENT_STATUS = [
  'success',
  'partial',
  'provider-mismatch',
  'no-tee-signer',
  'invalid-nonce',
  'invalid-signature',
] as const
export type SettlementStatus = (typeof SETTLEMENT_STATUS)[number] | 'account-missing' | 'error'

export interface SettlementReport {
  slug: string
  provider: Address
  user: Address
  /** neuron the settlement asked for */
  totalFee: bigint
  /** neuron actually moved to the provider */
  settled: bigint
  status: SettlementStatus
  nonce?: bigint
  txHash?: Hex
  error?: string
}

/** Max items per settleFeesWithTEE call (contract limit). */
export const MAX_SETTLEMENTS_PER_TX = 50

export const TEE_SETTLEMENT_TYPES = {
  TEESettlement: [
    { name: 'requestsHash', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
    { name: 'provider', type: 'address' },
    { name: 'user', type: 'address' },
    { name: 'totalFee', type: 'uint256' },
  ],
} as const

export interface Settler {
  settleProvider(p: ProviderRuntime): Promise<SettlementReport[]>
  settleAll(): Promise<SettlementReport[]>
  /** Starts the periodic timer (0 = off). */
  start(intervalMs: number): void
  /** Stops the timer and waits for running settlements. */
  stop(): Promise<void>
}

export interface SettlerDeps {
  chain: ChainReader
  meter: Meter
  providers: () => ProviderRuntime[]
  log: (line: string) => void
  /** neuron a dishonest provider adds to each settlement item (the `overcharge` test knob) */
  overchargeFor?: (slug: string) => bigint
}

export function createSettler({
  chain,
  meter,
  providers,
  log,
  overchargeFor = () => 0n,
}: SettlerDeps): Settler {
  const queues = new Map<string, Promise<unknown>>()
  const wallets = new Map<string, WalletClient>()
  let timer: NodeJS.Timeout | null = null

  const walletFor = (p: ProviderRuntime): WalletClient => {
    let w = wallets.get(p.slug)
    if (!w) {
      w = createWalletClient({
        account: p.providerAccount,
        chain: chain.chain,
        transport: http(chain.chain.rpcUrls.default.http[0]),
      })
      wallets.set(p.slug, w)
    }
    return w
  }

  /** Runs `fn` after every earlier settlement of the same provider account. */
  const serialized = <T>(slug: string, fn: () => Promise<T>): Promise<T> => {
    const prev = queues.get(slug) ?? Promise.resolve()
    const next = prev.then(fn, fn)
    queues.set(
      slug,
      next.catch(() => undefined),
    )
    return next
  }

  const settleNow = async (p: ProviderRuntime): Promise<SettlementReport[]> => {
    const snaps = meter.snapshot(p.address)
    const reports: SettlementReport[] = []
    for (let i = 0; i < snaps.length; i += MAX_SETTLEMENTS_PER_TX) {
      reports.push(...(await settleBatch(p, snaps.slice(i, i + MAX_SETTLEMENTS_PER_TX))))
    }
    for (const r of reports) {
      log(
        `settle ${r.slug} user ${r.user}: ${r.status} settled ${r.settled} of ${r.totalFee} neuron` +
          (r.txHash ? ` tx ${r.txHash}` : '') +
          (r.error ? ` (${r.error})` : ''),
      )
    }
    return reports
  }

  const settleBatch = async (
    p: ProviderRuntime,
    snaps: MeterSnapshot[],
  ): Promise<SettlementReport[]> => {
    // What each item asks for: the metered fee, plus the overcharge knob's extra when set.
    const extra = overchargeFor(p.slug)
    const base = (s: MeterSnapshot): SettlementReport => ({
      slug: p.slug,
      provider: p.address,
      user: s.user,
      totalFee: s.totalFee + extra,
      settled: 0n,
      status: 'error',
    })
    const reports: SettlementReport[] = []
    const items: {
      user: Address
      provider: Address
      totalFee: bigint
      requestsHash: Hex
      nonce: bigint
      signature: Hex
    }[] = []
    const included: MeterSnapshot[] = []
    for (const s of snaps) {
      const account = await chain.getSubAccount(s.user, p.address)
      if (!account) {
        // The user refunded to zero, which deletes sub-accounts: nothing is left to collect.
        meter.drop(p.address, s.user)
        reports.push({
          ...base(s),
          status: 'account-missing',
          error: 'sub-account no longer exists; fees dropped',
        })
        continue
      }
      const nonce = account.nonce + 1n
      const requestsHash = requestsHashOf(s.requestHashes)
      const signature = await p.teeAccount.signTypedData({
        domain: {
          name: '0G Inference Serving',
          version: '1',
          chainId: chain.chain.id,
          verifyingContract: chain.inference,
        },
        types: TEE_SETTLEMENT_TYPES,
        primaryType: 'TEESettlement',
        message: {
          requestsHash,
          nonce,
          provider: p.address,
          user: s.user,
          totalFee: s.totalFee + extra,
        },
      })
      items.push({
        user: s.user,
        provider: p.address,
        totalFee: s.totalFee + extra,
        requestsHash,
        nonce,
        signature,
      })
      included.push(s)
    }
    if (items.length === 0) return reports
    try {
      const wallet = walletFor(p)
      const hash = await wallet.writeContract({
        address: chain.inference,
        abi: inferenceServingAbi,
        functionName: 'settleFeesWithTEE',
        args: [items],
        account: p.providerAccount,
        chain: chain.chain,
      })
      const receipt = await successReceipt(chain.client, hash, 'settlement tx')
      // One TEESettlementResult per item, in item order.
      const events = parseEventLogs({
        abi: inferenceServingAbi,
        eventName: 'TEESettlementResult',
        logs: receipt.logs,
      })
      included.forEach((s, i) => {
        const ev = events[i]
        const report: SettlementReport = { ...base(s), nonce: items[i]!.nonce, txHash: hash }
        if (!ev || ev.args.user.toLowerCase() !== s.user.toLowerCase()) {
          reports.push({ ...report, error: 'no TEESettlementResult event for this user' })
          return
        }
        const status = SETTLEMENT_STATUS[ev.args.status] ?? 'error'
        if (status === 'success' || status === 'partial') {
          // What was taken pays the metered fees first; an overcharge is on top of them.
          const taken = s.totalFee + extra - ev.args.unsettledAmount
          const metered = taken < s.totalFee ? taken : s.totalFee
          meter.applySettlement(p.address, s, s.totalFee - metered)
          report.settled = taken
        }
        reports.push({ ...report, status })
      })
    } catch (err) {
      const message = (err as Error).message.split('\n')[0] ?? String(err)
      for (const s of included) reports.push({ ...base(s), error: message })
    }
    return reports
  }

  return {
    settleProvider: (p) => serialized(p.slug, () => settleNow(p)),
    async settleAll() {
      const all = await Promise.all(providers().map((p) => serialized(p.slug, () => settleNow(p))))
      return all.flat()
    },
    start(intervalMs) {
      if (intervalMs <= 0 || timer) return
      const tick = (): void => {
        void Promise.all(providers().map((p) => serialized(p.slug, () => settleNow(p)))).catch(
          (err: unknown) => log(`settlement timer: ${(err as Error).message}`),
        )
      }
      timer = setInterval(tick, intervalMs)
      timer.unref()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = null
      await Promise.all([...queues.values()])
    },
  }
}
