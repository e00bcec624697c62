import { useEffect, type ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import { paths } from '@/config/paths'
import { EmptyState } from '@/components/feedback/empty-state'
import { QueryError } from '@/components/feedback/query-error'
import { Badge } from '@/components/ui/badge'
import { TitledCard } from '@/components/ui/card'
import { ChainText } from '@/components/ui/chain-text'
import { NameMarks } from '@/components/ui/name-marks'
import { Skeleton } from '@/components/ui/skeleton'
import { useService } from '@/hooks/services/use-service'
import { AdditionalInfo } from './additional-info'
import { ApiKeysSection } from './api-keys-section'
import { BuildSnippets } from './build-snippets'
import { FundProviderForm } from './fund-provider-form'
import { PricingSection } from './pricing-section'
import { ServiceActions, scrollToSection } from './service-actions'
import { ServiceFacts } from './service-facts'
import { VerificationModeNote } from './verification-mode-note'
import { VerifyProviderPanel } from './verify-provider-panel'
import { upstreamHost } from '@/lib/catalog/upstream-host'

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <TitledCard id={id} title={title}>
      {children}
    </TitledCard>
  )
}

/** Everything about one service: facts, prices, verification, integration and actions. */
export function ServiceDetail({ provider }: { provider: string }) {
  const { data, error, isPending, isFetching, refetch } = useService(provider)
  const { hash } = useLocation()
  const loaded = Boolean(data?.service)
  // A link to a section (a catalog row's Build → `#section-build`) scrolls there once it exists.
  useEffect(() => {
    if (loaded && hash.length > 1) scrollToSection(decodeURIComponent(hash.slice(1)))
  }, [loaded, hash])
  if (isPending) return <Skeleton className="h-96 w-full" />
  if (!data)
    return <QueryError error={error} onRetry={() => void refetch()} isRetrying={isFetching} />
  const service = data.service
  if (!service)
    return (
      <EmptyState title="No service for this provider">
        <p className="break-all">
          {provider.slice(0, 100)} has no service on this network at block{' '}
          {data.blockNumber.toString()}.
        </p>
        <p className="mt-1">
          Check the address, or pick a service in the{' '}
          <Link to={paths.marketplace} className="text-accent underline">
            marketplace
          </Link>
          .
        </p>
      </EmptyState>
    )
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">
          <ChainText value={service.model} max={300} wrap empty="(no model name)" />
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <NameMarks name={service.model} />
          <Badge tone="accent">
            <ChainText value={service.verifiability} empty="none" className="max-w-40" />
          </Badge>
          <ChainText value={service.serviceType} className="max-w-60" />
          <span>· read at block {data.blockNumber.toString()}</span>
        </div>
        <ServiceActions provider={service.provider} serviceType={service.serviceType} />
      </header>
      <Section title="Service">
        <ServiceFacts service={service} />
        <AdditionalInfo value={service.additionalInfo} />
      </Section>
      <Section title="Verification">
        <div className="text-sm">
          <VerificationModeNote
            mode={service.verifiability}
            upstream={upstreamHost(service.additionalInfo)}
          />
        </div>
        <VerifyProviderPanel service={service} />
      </Section>
      <Section title="Pricing">
        <PricingSection service={service} />
      </Section>
      <Section title="Build">
        <BuildSnippets service={service} />
      </Section>
      <ApiKeysSection provider={service.provider} />
      <Section title="Fund this provider">
        <FundProviderForm provider={service.provider} model={service.model} />
      </Section>
    </div>
  )
}
