import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useAccount } from 'wagmi'
import { deleteConversation, listConversations, saveConversation } from '@/api/conversation-store'
import { noteStorageFailure } from '@/api/storage-health'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { allVersions, patchVersion } from '@/lib/playground/chat-turns'
import type { ChatMessage, Conversation } from '@/lib/playground/conversation'
import type { VerdictPatch } from '@/lib/playground/paid-exchange'
import type { VerdictStore } from './use-paid-exchange'

/** A failed write keeps the item in the query cache for this tab and is reported once. */
const keptInMemory = () => noteStorageFailure('indexedDB')

const conversationsQuery = (chainId: number, user: string | undefined) =>
  queryOptions({
    queryKey: ['playground', 'conversations', { chainId, user }] as const,
    // Storage unavailable (private mode): an empty list; the app shell says nothing is kept.
    queryFn: () => listConversations(chainId, user!).catch(() => []),
    enabled: Boolean(user),
    staleTime: Infinity,
  })

/**
 * The wallet's saved conversations on this chain (IndexedDB), most recent first, with `save`,
 * `remove` and `patchMessage` that write through to IndexedDB and update the list at once, and
 * `verdicts`: every reply is one paid response, whose check stores and resumes by the reply's id.
 */
export function useConversations() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const queryClient = useQueryClient()
  const options = useMemo(() => conversationsQuery(chainId, address), [chainId, address])
  const query = useQuery(options)
  const { queryKey } = options

  const save = useCallback(
    async (c: Conversation) => {
      queryClient.setQueryData(queryKey, (old: Conversation[] | undefined) =>
        [c, ...(old ?? []).filter((x) => x.id !== c.id)].sort((a, b) => b.updatedAt - a.updatedAt),
      )
      await saveConversation(c).catch(keptInMemory)
    },
    [queryClient, queryKey],
  )

  const remove = useCallback(
    async (id: string) => {
      queryClient.setQueryData(queryKey, (old: Conversation[] | undefined) =>
        (old ?? []).filter((x) => x.id !== id),
      )
      await deleteConversation(id).catch(keptInMemory)
    },
    [queryClient, queryKey],
  )

  /** The cached conversation `id` as it is now (later patches included), if any. */
  const latest = useCallback(
    (id: string) => queryClient.getQueryData<Conversation[]>(queryKey)?.find((x) => x.id === id),
    [queryClient, queryKey],
  )

  /** Updates one message (or an earlier reply it keeps) from the latest cached state. */
  const patchMessage = useCallback(
    async (conversationId: string, messageId: string, patch: Partial<ChatMessage>) => {
      const c = latest(conversationId)
      if (!c) return
      await save({ ...c, messages: patchVersion(c.messages, messageId, patch) })
    },
    [latest, save],
  )

  /** Stores the verdict of reply `messageId` (shown or kept as an alternative) where it is now. */
  const patchVerdict = useCallback(
    async (messageId: string, patch: VerdictPatch) => {
      const c = queryClient
        .getQueryData<Conversation[]>(queryKey)
        ?.find((x) => allVersions(x.messages).some((m) => m.id === messageId))
      if (c) await patchMessage(c.id, messageId, patch)
    },
    [queryClient, queryKey, patchMessage],
  )

  const conversations = useMemo(() => query.data ?? [], [query.data])
  const verdicts = useMemo<VerdictStore>(
    // Earlier replies kept by a Regenerate are paid responses too: their checks resume as well.
    () => ({ pending: conversations.flatMap((c) => allVersions(c.messages)), patchVerdict }),
    [conversations, patchVerdict],
  )

  return {
    conversations,
    isPending: query.isPending && Boolean(address),
    error: query.error,
    save,
    remove,
    latest,
    patchMessage,
    verdicts,
  }
}
