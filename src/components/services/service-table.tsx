import type { Service } from '@/hooks/services/all-services-query'
import { ServiceRow } from './service-row'

const columns = [
  { label: 'Model', align: 'left' },
  { label: 'Type', align: 'left' },
  { label: 'Verification', align: 'left' },
  { label: 'Provider', align: 'left' },
  { label: 'Input price', align: 'right' },
  { label: 'Output price', align: 'right' },
  { label: 'TEE signer acknowledged', align: 'left' },
] as const

/** The services table; accessible name "Services", one body row per service. */
export function ServiceTable({ services }: { services: readonly Service[] }) {
  return (
    <div className="overflow-x-auto">
      <table aria-label="Services" className="w-full text-sm">
        <thead className="text-xs text-muted uppercase">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`px-4 py-2 font-medium ${c.align === 'right' ? 'text-right' : 'text-left'}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <ServiceRow key={service.provider} service={service} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
