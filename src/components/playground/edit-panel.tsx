import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import { useImageRequest } from '@/hooks/playground/use-image-request'
import { useDefaultService } from '@/hooks/playground/use-default-service'
import { usePlaygroundServices } from '@/hooks/playground/use-playground-services'
import { formatZeroG } from '@/lib/format'
import { checkUpload } from '@/lib/playground/uploads'
import { feeFor } from '@/lib/protocol/pricing'
import { GallerySection } from './gallery-card'
import { readImage, toPng } from './image-file'
import { PanelServiceHeader } from './panel-service-header'
import { ServiceErrorNotice } from './service-error-notice'
import { isUsableServiceUrl } from './unusable-service-note'
import { UploadInput } from './upload-input'
import { WaitNotice } from './wait-notice'

type Picked = { name: string; type: string; bytes: Uint8Array; dataUrl: string }

/** Image editing: a PNG/JPEG/WebP ≤ 10 MB (checked before anything is sent), a prompt, before/after. */
export function EditPanel({ initialProvider }: { initialProvider?: string }) {
  const { data: services = [] } = usePlaygroundServices('image-editing')
  const [provider, setProvider] = useState(initialProvider)
  // The clicked service (URL), else one the user has funded, else the first.
  const fallback = useDefaultService(services)
  const service =
    services.find((s) => s.provider.toLowerCase() === provider?.toLowerCase()) ?? fallback
  const [file, setFile] = useState<Picked | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [prompt, setPrompt] = useState('')
  const req = useImageRequest()

  const onFile = async (f: File | undefined) => {
    setFile(null)
    if (!f) return setProblem(null)
    const issue = checkUpload(f, 'image')
    setProblem(issue)
    if (issue) return
    const { bytes, dataUrl } = await readImage(f)
    const webp = f.type === 'image/webp'
    setFile({
      name: webp ? f.name.replace(/\.webp$/i, '') + '.png' : f.name,
      type: webp ? 'image/png' : f.type,
      bytes: webp ? await toPng(f) : bytes,
      dataUrl,
    })
  }
  const edit = () =>
    service && file && req.mutate({ kind: 'edit', service, prompt, file, source: file.dataUrl })

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3 p-4">
        <PanelServiceHeader services={services} service={service} onPick={setProvider} />
        <UploadInput
          label="Image (PNG, JPEG or WebP, up to 10 MB)"
          accept="image/png,image/jpeg,image/webp"
          onFile={(f) => void onFile(f)}
        />
        {problem ? (
          <p role="alert" className="text-sm text-danger">
            {problem}
          </p>
        ) : null}
        {file ? (
          <img src={file.dataUrl} alt="Selected upload" className="max-h-48 w-fit rounded" />
        ) : null}
        <Field label="Edit prompt">
          <Textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} />
        </Field>
        <div className="flex items-center gap-3">
          <Button
            onClick={edit}
            disabled={!isUsableServiceUrl(service?.url) || !file || !prompt.trim() || req.isPending}
          >
            {req.isPending ? 'Editing…' : 'Edit image'}
          </Button>
          {service ? (
            <span className="text-sm text-muted">
              Cost: {formatZeroG(feeFor(service, { kind: 'images', count: 1n }))} 0G
            </span>
          ) : null}
        </div>
        <WaitNotice ms={req.waitingMs} />
        <ServiceErrorNotice error={req.error} onRetry={edit} service={service} />
      </Card>
      <GallerySection
        label="Edits"
        kind="edit"
        items={req.gallery.items}
        onDelete={(id) => void req.gallery.remove(id)}
        patchVerdict={req.gallery.patchVerdict}
      />
    </div>
  )
}
