import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'
import { useImageRequest } from '@/hooks/playground/use-image-request'
import { useDefaultService } from '@/hooks/playground/use-default-service'
import { usePlaygroundServices } from '@/hooks/playground/use-playground-services'
import { zeroGText } from '@/lib/format'
import { feeFor } from '@/lib/protocol/pricing'
import { GallerySection } from './gallery-card'
import { PanelServiceHeader } from './panel-service-header'
import { ServiceErrorNotice } from './service-error-notice'
import { isUsableServiceUrl } from './unusable-service-note'
import { WaitNotice } from './wait-notice'

const SIZES = ['256x256', '512x512', '1024x1024', '1024x1536', '1536x1024']

/** Text-to-image: prompt, size, n, the exact estimated cost, and the local gallery. */
export function ImagePanel({ initialProvider }: { initialProvider?: string }) {
  const { data: services = [] } = usePlaygroundServices('text-to-image')
  const [picked, setPicked] = useState(initialProvider)
  // The clicked service (URL), else one the user has funded, else the first.
  const fallback = useDefaultService(services)
  const service =
    services.find((s) => s.provider.toLowerCase() === picked?.toLowerCase()) ?? fallback
  const [prompt, setPrompt] = useState('')
  const [size, setSize] = useState('512x512')
  const [n, setN] = useState(1)
  const req = useImageRequest()
  const estimate = service ? feeFor(service, { kind: 'images', count: BigInt(n) }) : null
  const generate = () =>
    service &&
    req.mutate({ kind: 'generation', service, prompt, size, n }, { onSuccess: () => setPrompt('') })

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3 p-4">
        <PanelServiceHeader services={services} service={service} onPick={setPicked} />
        <Field label="Prompt">
          <Textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} />
        </Field>
        <div className="flex flex-wrap items-end gap-3">
          <Field label="Size">
            <Select value={size} onChange={(e) => setSize(e.target.value)}>
              {SIZES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          </Field>
          <Field label="Images">
            <Select value={n} onChange={(e) => setN(Number(e.target.value))}>
              {[1, 2, 3, 4].map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </Select>
          </Field>
          <p className="text-sm" aria-live="polite">
            Estimated cost: {estimate === null ? '–' : zeroGText(estimate)}
          </p>
          <Button
            onClick={generate}
            disabled={!isUsableServiceUrl(service?.url) || !prompt.trim() || req.isPending}
          >
            {req.isPending ? 'Generating…' : 'Generate'}
          </Button>
        </div>
        <WaitNotice ms={req.waitingMs} />
        <ServiceErrorNotice error={req.error} onRetry={generate} service={service} />
      </Card>
      <GallerySection
        label="Gallery"
        kind="generation"
        items={req.gallery.items}
        onDelete={(id) => void req.gallery.remove(id)}
        patchVerdict={req.gallery.patchVerdict}
      />
    </div>
  )
}
