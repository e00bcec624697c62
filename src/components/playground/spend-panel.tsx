import { Card } from '@/components/ui/card'
import { useUsageRecords } from '@/hooks/playground/use-usage-records'
import { formatZeroG } from '@/lib/format'
import { spendPerDay, spendPerProvider } from '@/lib/playground/spend'
import { totalFee } from '@/lib/usage-record'
import { SpendChart } from './spend-chart'

/** Spend per day and per provider from this browser's usage records. */
export function SpendPanel() {
  const records = useUsageRecords()
  return (
    <Card className="flex flex-col gap-4 p-4">
      <p className="text-sm">
        Total recorded in this browser: <strong>{formatZeroG(totalFee(records))} 0G</strong> over{' '}
        {records.length} responses
      </p>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <SpendChart title="Spend per day (UTC)" buckets={spendPerDay(records)} />
        <SpendChart title="Spend per provider" buckets={spendPerProvider(records)} />
      </div>
    </Card>
  )
}
