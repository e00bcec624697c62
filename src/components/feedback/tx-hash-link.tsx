import { shortAddress } from '@/lib/format'
import { safeHttpUrl } from '@/lib/safe-url'

interface TxHashLinkProps {
  hash: string
  explorerUrl?: string
  prefix?: string
}

/** "Transaction 0x12ab…cdef" linking to the explorer when the chain has one. */
export function TxHashLink({ hash, explorerUrl, prefix = 'Transaction' }: TxHashLinkProps) {
  const short = shortAddress(hash, 6)
  const href = explorerUrl ? safeHttpUrl(explorerUrl) : undefined
  return (
    <p className="text-xs text-muted">
      {prefix}{' '}
      {href ? (
        <a href={href} target="_blank" rel="noreferrer" className="font-mono text-accent underline">
          {short}
        </a>
      ) : (
        <span className="font-mono" title={hash}>
          {short}
        </span>
      )}
    </p>
  )
}
