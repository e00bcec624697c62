import { toUserError } from '@/lib/errors/user-error'

interface HistorySourcesNoteProps {
  /** the transaction search's answer (useHistory().calls.data) */
  search: { source: 'node' | 'explorer' | 'none'; complete: boolean } | undefined
  failed: Error | null
}

const where = { node: "the node's transaction search", explorer: "the network's block explorer" }

/**
 * Says where each kind of history row comes from, and whether ledger calls made with other clients
 * (which emit no event) could be found on this network.
 */
export function HistorySourcesNote({ search, failed }: HistorySourcesNoteProps) {
  let calls: string
  if (failed) {
    calls = `Ledger creation, deposits and refunds made with other clients could not be searched: ${toUserError(failed).title}. Those made in this browser are listed from its log.`
  } else if (!search) {
    calls = 'Searching for ledger calls made with other clients…'
  } else if (search.source === 'none') {
    calls =
      'This network offers no transaction search and no explorer API is configured for it, so ledger creation, deposits and refunds made outside this browser are not listed (they emit no event); those made here come from this browser’s log.'
  } else {
    calls = `Ledger creation, deposits and refunds emit no event: those made with any client (the 0G CLI, the SDK, another browser) come from ${where[search.source]}${search.complete ? '' : ' (newest transactions only)'}, the rest from this browser’s log.`
  }
  return (
    <p className="text-xs text-muted" data-testid="history-sources">
      Sub-account changes, refunds started and settlements come from chain events. {calls}
    </p>
  )
}
