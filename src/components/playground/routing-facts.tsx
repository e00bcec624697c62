import type { RoutingFacts as Facts } from '@/lib/protocol/verify-response'

/** What a TeeTLS routing proof (family B) signed besides the hashes: the upstream and its TLS key. */
export function RoutingFacts({ routing }: { routing: Facts }) {
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 break-all">
      <dt>Upstream</dt>
      <dd>
        {routing.providerIdentity || '(none)'}
        {routing.providerType ? ` (${routing.providerType})` : ''}
      </dd>
      <dt>TLS certificate sha256</dt>
      <dd>{routing.tlsCertFingerprint}</dd>
    </dl>
  )
}
