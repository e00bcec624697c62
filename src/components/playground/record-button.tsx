import { useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { startRecording } from './audio-file'

/** Records from the microphone; the result is handed over as WAV bytes. */
export function RecordButton({
  onRecorded,
  onError,
}: {
  onRecorded: (wav: Uint8Array) => void
  onError: (m: string) => void
}) {
  const [recording, setRecording] = useState(false)
  const stopRef = useRef<(() => Promise<Uint8Array>) | null>(null)
  const toggle = async () => {
    try {
      if (!recording) {
        stopRef.current = (await startRecording()).stop
        setRecording(true)
      } else {
        setRecording(false)
        onRecorded(await stopRef.current!())
      }
    } catch (e) {
      setRecording(false)
      onError(e instanceof Error ? `Recording failed: ${e.message}` : 'Recording failed')
    }
  }
  return (
    <Button variant="secondary" onClick={() => void toggle()}>
      {recording ? 'Stop recording' : 'Record'}
    </Button>
  )
}
