import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { CopyButton } from '@/components/ui/copy-button'
import { useDefaultService } from '@/hooks/playground/use-default-service'
import { usePlaygroundServices } from '@/hooks/playground/use-playground-services'
import { useTranscription } from '@/hooks/playground/use-transcription'
import { formatZeroG } from '@/lib/format'
import { checkUpload } from '@/lib/playground/uploads'
import { TestId } from '@/lib/test-ids'
import { audioDuration } from './audio-file'
import { PanelServiceHeader } from './panel-service-header'
import { ReceiptButton } from './receipt-button'
import { RecordButton } from './record-button'
import { ServiceErrorNotice } from './service-error-notice'
import { TranscriptList } from './transcript-list'
import { isUsableServiceUrl } from './unusable-service-note'
import { UploadInput } from './upload-input'
import { VerificationBadge } from './verification-badge'
import { WaitNotice } from './wait-notice'

type Audio = { name: string; type: string; bytes: Uint8Array; seconds: number | null }

/** Speech-to-text: upload (type and size checked) or record, then the transcript, duration and cost. */
export function SpeechPanel({ initialProvider }: { initialProvider?: string }) {
  const { data: services = [] } = usePlaygroundServices('speech-to-text')
  const [provider, setProvider] = useState(initialProvider)
  // The clicked service (URL), else one the user has funded, else the first.
  const fallback = useDefaultService(services)
  const service =
    services.find((s) => s.provider.toLowerCase() === provider?.toLowerCase()) ?? fallback
  const [audio, setAudio] = useState<Audio | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const tx = useTranscription()

  const take = async (name: string, type: string, bytes: Uint8Array) =>
    setAudio({ name, type, bytes, seconds: await audioDuration(bytes) })
  const onFile = async (f: File | undefined) => {
    setAudio(null)
    const issue = f ? checkUpload(f, 'audio') : null
    setProblem(issue)
    if (f && !issue) await take(f.name, f.type, new Uint8Array(await f.arrayBuffer()))
  }
  const run = () => service && audio && tx.mutate({ service, file: audio })
  // The one opened from the history, else the newest (also after a reload); none while a new one
  // is on its way.
  const { shown } = tx

  return (
    <Card className="flex flex-col gap-3 p-4">
      <PanelServiceHeader services={services} service={service} onPick={setProvider} />
      <div className="flex flex-wrap items-end gap-3">
        <UploadInput
          label="Audio file (WAV, MP3, OGG, WebM, FLAC, M4A; up to 10 MB)"
          accept="audio/*"
          onFile={(f) => void onFile(f)}
        />
        <RecordButton
          onRecorded={(wav) => void take('recording.wav', 'audio/wav', wav)}
          onError={setProblem}
        />
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      ) : null}
      {audio ? (
        <p className="text-sm text-muted">
          {audio.name}:{' '}
          {audio.seconds === null ? 'duration unknown' : `${audio.seconds.toFixed(2)} s`}
        </p>
      ) : null}
      <Button
        className="w-fit"
        onClick={run}
        disabled={!isUsableServiceUrl(service?.url) || !audio || tx.isPending}
      >
        {tx.isPending ? 'Transcribing…' : 'Transcribe'}
      </Button>
      <WaitNotice ms={tx.waitingMs} />
      <ServiceErrorNotice error={tx.error} onRetry={run} service={service} />
      {shown ? (
        <div className="flex flex-col gap-2 rounded-md border border-border p-3">
          <p data-testid={TestId.Transcript} className="text-sm whitespace-pre-wrap">
            {shown.text}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton text={shown.text} what="transcript" variant="ghost" />
            <VerificationBadge verification={shown.verification} onRetry={tx.retryVerdict} />
            <span data-testid={TestId.ResponseCost} className="text-xs text-muted">
              {formatZeroG(BigInt(shown.fee))} 0G · {shown.usageText}
            </span>
            {shown.receipt ? <ReceiptButton receipt={shown.receipt} /> : null}
          </div>
        </div>
      ) : null}
      <TranscriptList
        items={tx.items}
        openId={shown?.id ?? null}
        onOpen={tx.open}
        onDelete={tx.remove}
      />
    </Card>
  )
}
