import { useSearchParams } from 'react-router'
import { ChatPanel } from '@/components/playground/chat-panel'
import { ComparePanel } from '@/components/playground/compare-panel'
import { EditPanel } from '@/components/playground/edit-panel'
import { ImagePanel } from '@/components/playground/image-panel'
import {
  PLAYGROUND_TABS,
  PlaygroundTabs,
  type PlaygroundTab,
} from '@/components/playground/playground-tabs'
import { SpendPanel } from '@/components/playground/spend-panel'
import { SpeechPanel } from '@/components/playground/speech-panel'
import { WalletGateNotice } from '@/components/wallet/wallet-gate-notice'
import { useService } from '@/hooks/services/use-service'

const isTab = (v: string | null): v is PlaygroundTab => PLAYGROUND_TABS.some((t) => t.id === v)

/** The tab for a service type (arriving from a service page with only `provider`). */
const tabByType: Record<string, PlaygroundTab> = {
  chatbot: 'chat',
  'text-to-image': 'image',
  'image-editing': 'edit',
  'speech-to-text': 'speech',
}

/** `/playground?tab=…&provider=…`: chat, images, edits, speech and side-by-side, every reply verified. */
export function PlaygroundPage() {
  const [params, setParams] = useSearchParams()
  const raw = params.get('tab')
  const provider = params.get('provider') ?? undefined
  const arriving = useService(isTab(raw) ? undefined : provider).data?.service
  const tab: PlaygroundTab = isTab(raw) ? raw : (tabByType[arriving?.serviceType ?? ''] ?? 'chat')
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Playground</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Every response is checked in your browser: signed by the provider’s TEE signer on chain,
          and the signature covers exactly the request you sent and the bytes you received.
        </p>
      </div>
      <WalletGateNotice title="Connect a wallet to use the playground">
        <PlaygroundTabs
          tab={tab}
          onTab={(t) => setParams(provider ? { tab: t, provider } : { tab: t })}
        />
        {/* Keyed by the provider: a link to another service (a row's Chat) starts on it. */}
        {tab === 'chat' ? <ChatPanel key={provider} initialProvider={provider} /> : null}
        {tab === 'image' ? <ImagePanel key={provider} initialProvider={provider} /> : null}
        {tab === 'edit' ? <EditPanel key={provider} initialProvider={provider} /> : null}
        {tab === 'speech' ? <SpeechPanel key={provider} initialProvider={provider} /> : null}
        {tab === 'compare' ? <ComparePanel /> : null}
        {tab === 'spend' ? <SpendPanel /> : null}
      </WalletGateNotice>
    </div>
  )
}
