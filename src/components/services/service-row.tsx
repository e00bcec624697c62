import { Badge } from '@/components/ui/badge'
import type { Service } from '@/hooks/services/all-services-query'
import { shortAddress } from '@/lib/format'
import { safeHttpUrl } from '@/lib/safe-url'
import { priceLabel } from '@/lib/service-prices'
import { TestId } from '@/lib/test-ids'

/** One service as a table row. Every string comes from chain and is rendered as plain text. */
export function ServiceRow({ service }: { service: Service }) {
  const endpoint = safeHttpUrl(service.url)
  return (
    <tr
      data-testid={TestId.ServiceRow}
      data-provider={service.provider}
      className="border-t border-border align-top hover:bg-surface-hover/50"
    >
      <th scope="row" className="px-4 py-3 text-left font-medium">
        <span className="break-all">{service.model}</span>
        {endpoint ? (
          <a
            href={endpoint}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="block max-w-64 truncate text-xs font-normal text-muted hover:text-accent"
            title={endpoint}
          >
            {endpoint}
          </a>
        ) : (
          <span
            className="block max-w-64 truncate text-xs font-normal text-muted"
            title={service.url}
          >
            {service.url}
          </span>
        )}
      </th>
      <td className="px-4 py-3">{service.serviceType}</td>
      <td className="px-4 py-3">
        <Badge tone="accent">{service.verifiability || 'none'}</Badge>
      </td>
      <td className="px-4 py-3 font-mono text-xs whitespace-nowrap" title={service.provider}>
        {shortAddress(service.provider)}
      </td>
      <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
        {priceLabel(service.serviceType, service.inputPrice)}
      </td>
      <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
        {priceLabel(service.serviceType, service.outputPrice)}
      </td>
      <td className="px-4 py-3">
        {service.teeSignerAcknowledged ? (
          <Badge tone="success">Yes</Badge>
        ) : (
          <Badge tone="warning">No</Badge>
        )}
      </td>
    </tr>
  )
}
