import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import { ChainText } from '@/components/ui/chain-text'
import type { Service } from '@/contracts/service'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { safeHttpUrl, serviceUrlProblem } from '@/lib/safe-url'
import { HealthCell } from './health-cell'
import { MeasureHealth } from './measure-health'

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="min-w-0 text-sm break-all">{children}</dd>
    </div>
  )
}

const updatedText = (seconds: bigint) =>
  seconds === 0n ? 'never' : new Date(Number(seconds) * 1000).toLocaleString()

/** The on-chain facts of a service; strings are text, the endpoint is a link only for http(s). */
export function ServiceFacts({ service }: { service: Service }) {
  const { chain } = useSupportedChain()
  const explorer = chain?.blockExplorers?.default.url
  const endpoint = safeHttpUrl(service.url)
  return (
    <dl className="divide-y divide-border">
      <Fact term="Type">{service.serviceType}</Fact>
      <Fact term="Provider">
        <span className="font-mono">{service.provider}</span>
        {explorer ? (
          <a
            className="ml-2 text-accent underline"
            href={`${explorer}/address/${service.provider}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            View on explorer
          </a>
        ) : null}
      </Fact>
      <Fact term="Endpoint">
        {endpoint ? (
          <a
            className="text-accent underline"
            href={endpoint}
            target="_blank"
            rel="noopener noreferrer nofollow"
          >
            {endpoint}
          </a>
        ) : (
          <>
            <ChainText value={service.url} max={500} wrap />{' '}
            <Badge tone="warning">
              unusable ({serviceUrlProblem(service.url)}): not linked, never called
            </Badge>
          </>
        )}
      </Fact>
      <Fact term="TEE signer">
        <span className="font-mono">{service.teeSignerAddress}</span>
      </Fact>
      <Fact term="Signer acknowledged">
        {service.teeSignerAcknowledged ? (
          <Badge tone="success">Yes, by the contract owner</Badge>
        ) : (
          <Badge tone="warning">No: requests cannot be settled or verified</Badge>
        )}
      </Fact>
      <Fact term="Last update">{updatedText(service.updatedAt)}</Fact>
      <Fact term="Health">
        <span className="flex items-center gap-3">
          <HealthCell provider={service.provider} model={service.model} />
          {endpoint ? <MeasureHealth provider={service.provider} url={endpoint} /> : null}
        </span>
      </Fact>
    </dl>
  )
}
