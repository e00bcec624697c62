import { formatZeroG } from '@/lib/format'

/**
 * An exact 0G amount with its unit, never broken across lines between the number and "0G"
 * (docs/responsive-and-a11y.md); "—" while unknown.
 */
export function ZeroGAmount({
  value,
  group = false,
}: {
  value: bigint | undefined
  group?: boolean
}) {
  if (value === undefined) return <>—</>
  return <span className="whitespace-nowrap">{formatZeroG(value, { group })} 0G</span>
}
