/**
 * Calls to the LedgerManager found by a transaction search (the node's or an explorer's), as
 * history rows. The ledger contract emits no event when a ledger is created, funded or refunded,
 * so these rows are the only record of what other clients (the 0G CLI, the SDK, another browser)
 * did to the user's ledger. Input is untrusted: anything that is not a successful call from the
 * user to the ledger contract with input that decodes against the ABI is dropped.
 */
import { decodeFunctionData, type Address } from 'viem'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import { zeroGText } from '@/lib/format'
import type { FoundTx } from '@/lib/ledger/found-tx'
import type { HistoryEntry, HistorySource } from '@/lib/ledger/history'

function describe(
  tx: FoundTx,
): Pick<HistoryEntry, 'kind' | 'amount' | 'provider' | 'detail'> | null {
  let call
  try {
    call = decodeFunctionData({ abi: ledgerManagerAbi, data: tx.input })
  } catch {
    return null
  }
  switch (call.functionName) {
    case 'addLedger':
      return {
        kind: 'create-ledger',
        amount: tx.value,
        detail: `Ledger created with ${zeroGText(tx.value)}`,
      }
    case 'depositFund':
      return { kind: 'deposit', amount: tx.value, detail: `Deposit ${zeroGText(tx.value)}` }
    case 'refund':
      return {
        kind: 'refund',
        amount: call.args[0],
        detail: `Refund ${zeroGText(call.args[0])} to wallet`,
      }
    case 'deleteLedger':
      return { kind: 'delete-ledger', detail: 'Ledger deleted' }
    case 'transferFund':
      return {
        kind: 'transfer',
        provider: call.args[0],
        amount: call.args[2],
        detail: `Transfer ${zeroGText(call.args[2])} to a provider`,
      }
    case 'retrieveFund':
      return {
        kind: 'retrieve',
        provider: call.args[0].length === 1 ? call.args[0][0] : undefined,
        detail: `Retrieve from ${call.args[0].length} provider${call.args[0].length === 1 ? '' : 's'}`,
      }
    default:
      return null
  }
}

/** The history row of one found transaction, or null when it is not the user's ledger call. */
export function ledgerCallEntry(
  tx: FoundTx,
  ledger: Address,
  user: Address,
  source: Exclude<HistorySource, 'chain' | 'local'>,
): HistoryEntry | null {
  if (tx.to?.toLowerCase() !== ledger.toLowerCase()) return null
  if (tx.from.toLowerCase() !== user.toLowerCase()) return null
  const what = describe(tx)
  if (!what) return null
  return {
    id: `${source}:${tx.hash}`,
    ...what,
    at: tx.at,
    hash: tx.hash,
    blockNumber: tx.blockNumber,
    source,
    status: tx.ok ? 'confirmed' : 'reverted',
  }
}
