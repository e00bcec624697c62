import type { RoutingFacts as Facts } from '@/lib/protocol/verify-response'

/** A TeeTLS routing proof: whether it checks out, and the fields it binds. */
export function RoutingFacts({ routing }: { routing: Facts }) {
  const p = routing.proof
  return (
    <div className="mt-1">
      <p className={routing.ok ? 'text-success' : 'text-danger'}>
        {routing.ok ? '✓' : '✗'} TeeTLS routing proof
        {routing.ok ? ' signed by the TEE' : `: ${routing.problems.join('; ')}`}
      </p>
      {p ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 break-all">
          <dt>Upstream</dt>
          <dd>{p.upstream_host}</dd>
          <dt>Certificate sha256</dt>
          <dd>{p.upstream_cert_sha256}</dd>
          <dt>Request sha256</dt>
          <dd>{p.request_sha256}</dd>
          <dt>Response sha256</dt>
          <dd>{p.response_sha256}</dd>
          <dt>Time</dt>
          <dd>{new Date(p.timestamp * 1000).toISOString()}</dd>
        </dl>
      ) : null}
    </div>
  )
}
