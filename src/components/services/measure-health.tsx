import { useEffect } from 'react'
import { Button } from '@/components/ui/button'
import { useMeasureHealth } from '@/hooks/services/use-measure-health'

/** Measures one provider's latency once on mount, and again on demand. */
export function MeasureHealth({ provider, url }: { provider: string; url: string }) {
  const { mutate, isPending } = useMeasureHealth()
  useEffect(() => {
    mutate([{ provider, url }])
  }, [mutate, provider, url])
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={isPending}
      onClick={() => mutate([{ provider, url }])}
    >
      {isPending ? 'Measuring…' : 'Measure again'}
    </Button>
  )
}
