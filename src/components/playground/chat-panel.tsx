import { useState } from 'react'
import { Card } from '@/components/ui/card'
import { ChainText } from '@/components/ui/chain-text'
import { useChat } from '@/hooks/playground/use-chat'
import { useConversations } from '@/hooks/playground/use-conversations'
import { useDefaultService } from '@/hooks/playground/use-default-service'
import { usePlaygroundServices } from '@/hooks/playground/use-playground-services'
import { DEFAULT_PARAMS, type ChatMessage, type ChatParams } from '@/lib/playground/conversation'
import { historyBeforeEdit } from '@/lib/playground/chat-turns'
import { retryPatch } from '@/lib/playground/paid-exchange'
import { serviceUrlProblem } from '@/lib/safe-url'
import { ChatComposer } from './chat-composer'
import { ChatCostEstimate } from './chat-estimate'
import { ChatSettings } from './chat-settings'
import { ChatTranscript } from './chat-transcript'
import { ConversationList } from './conversation-list'
import { ProviderFunds } from './provider-funds'
import { ServiceErrorNotice } from './service-error-notice'
import { ServicePicker } from './service-picker'
import { SessionSpend } from './session-spend'
import { WaitNotice } from './wait-notice'

/** Chat with any chatbot service: streaming, settings, saved conversations, verified replies. */
export function ChatPanel({ initialProvider }: { initialProvider?: string }) {
  const { data: services = [] } = usePlaygroundServices('chatbot')
  const { conversations, remove, verdicts } = useConversations()
  // "Not verified: the provider gave no proof" → back to verifying; the resume step asks again.
  const retryVerdict = (m: ChatMessage) => {
    const patch = retryPatch(m.verification)
    if (patch) void verdicts.patchVerdict(m.id, patch)
  }
  // Sends, records and verifies replies; also resumes checks a reload cut (use-paid-exchange).
  const chat = useChat()
  const [activeId, setActiveId] = useState<string | null>(null)
  const [picked, setPicked] = useState<string | undefined>(initialProvider)
  const [draft, setDraft] = useState('')
  const [systemPrompt, setSystemPrompt] = useState('')
  const [params, setParams] = useState<ChatParams>(DEFAULT_PARAMS)
  const active = conversations.find((c) => c.id === activeId) ?? null
  // The clicked service (URL), else one the user has funded, else the first.
  const fallback = useDefaultService(services)
  const providerId = active?.provider ?? picked ?? fallback?.provider
  const service = services.find((s) => s.provider.toLowerCase() === providerId?.toLowerCase())
  // Said up front; use-inference-call refuses such a URL anyway (defence in depth).
  const urlProblem = service ? serviceUrlProblem(service.url) : null

  const select = (id: string | null) => {
    setActiveId(id)
    chat.reset()
    const c = conversations.find((x) => x.id === id)
    if (c) {
      setSystemPrompt(c.systemPrompt)
      setParams(c.params)
    }
  }
  /** A new message (the draft), a regenerate of the last reply, or an edit of a user message. */
  type Mode = { regenerate?: boolean; editFrom?: string; prompt?: string }
  const send = ({ regenerate = false, editFrom, prompt: edited }: Mode = {}) => {
    if (!service) return
    const lastUser = active?.messages.findLast((m) => m.role === 'user')
    const prompt = regenerate ? (lastUser?.content ?? '') : (edited ?? draft)
    chat.mutate(
      { conversation: active, service, prompt, systemPrompt, params, regenerate, editFrom },
      {
        onSuccess: (c) => {
          if (!regenerate && !editFrom) setDraft('')
          setActiveId(c.id)
        },
      },
    )
  }
  const busy = chat.isPending
  const sent = chat.variables
  const messages = active?.messages ?? []
  // While an edit is on its way, the chat shows what it is sent after (the rest is dropped).
  const shownMessages =
    busy && sent?.editFrom ? (historyBeforeEdit(messages, sent.editFrom) ?? messages) : messages

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[220px_minmax(0,1fr)]">
      <ConversationList
        conversations={conversations}
        activeId={activeId}
        onSelect={select}
        onDelete={(id) => void remove(id).then(() => id === activeId && select(null))}
      />
      <Card className="flex flex-col gap-3 p-4">
        <div className="flex flex-wrap items-end justify-between gap-2">
          {active ? (
            <p className="max-w-full min-w-0 text-sm text-muted">
              <ChainText value={active.model} empty="(no model name)" />
            </p>
          ) : (
            <ServicePicker
              services={services}
              value={service?.provider}
              onChange={(p) => {
                setPicked(p)
                chat.reset()
              }}
            />
          )}
          <SessionSpend />
        </div>
        {service ? <ProviderFunds service={service} /> : null}
        <ChatSettings
          systemPrompt={systemPrompt}
          onSystemPrompt={setSystemPrompt}
          params={params}
          onParams={setParams}
        />
        <ChatTranscript
          onRetryVerdict={retryVerdict}
          onEdit={(m, text) => send({ editFrom: m.id, prompt: text })}
          onRegenerate={() => send({ regenerate: true })}
          busy={busy}
          messages={shownMessages}
          pendingPrompt={busy && !sent?.regenerate ? (sent?.prompt ?? null) : null}
          streaming={chat.streaming}
        />
        <WaitNotice ms={chat.waitingMs} />
        <ServiceErrorNotice
          error={chat.error}
          onRetry={() =>
            // a new message resends the draft as it is now; an edit resends the edited text
            send({
              regenerate: sent?.regenerate,
              editFrom: sent?.editFrom,
              prompt: sent?.editFrom ? sent.prompt : undefined,
            })
          }
          service={service}
        />
        <ChatComposer
          value={draft}
          onChange={setDraft}
          onSend={() => send()}
          onStop={chat.stop}
          busy={busy}
          estimate={
            service ? (
              <ChatCostEstimate
                service={service}
                systemPrompt={systemPrompt}
                history={messages}
                draft={draft}
                maxTokens={params.maxTokens}
              />
            ) : null
          }
          disabledReason={
            !service
              ? 'No chat service on this network'
              : urlProblem
                ? `This service cannot be used: ${urlProblem}.`
                : undefined
          }
        />
      </Card>
    </div>
  )
}
