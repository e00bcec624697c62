import type { Service } from '@/contracts/service'
import { ProviderFunds } from './provider-funds'
import { ServicePicker } from './service-picker'
import { SessionSpend } from './session-spend'
import { UnusableServiceNote } from './unusable-service-note'

interface PanelServiceHeaderProps {
  services: readonly Service[]
  service: Service | undefined
  onPick: (provider: string) => void
}

/**
 * The top of a media tab (image, edit, speech): the service picker and this session's spend, then
 * the funds with the chosen provider and a note when its URL cannot be used.
 */
export function PanelServiceHeader({ services, service, onPick }: PanelServiceHeaderProps) {
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <ServicePicker services={services} value={service?.provider} onChange={onPick} />
        <SessionSpend />
      </div>
      {service ? <ProviderFunds service={service} /> : null}
      {service ? <UnusableServiceNote url={service.url} /> : null}
    </>
  )
}
