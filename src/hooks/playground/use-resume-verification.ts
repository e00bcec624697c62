import { useEffect } from 'react'
import type { Service } from '@/contracts/service'
import { useVerifyContext } from './use-verify-context'
import type { StoredVerification } from '@/lib/playground/conversation'
import type { Receipt } from '@/lib/protocol/receipt'
import { verifyOnce } from '@/chain/playground/verify-exchange'

export interface PendingCheck {
  id: string
  chatId?: string
  provider?: string
  verification?: StoredVerification
}

/**
 * Finishes checks left "verifying" (e.g. by a reload mid-check) from the expected text stored with
 * the item; `onResult` stores the verdict. Items without a known service stay as they are.
 */
export function useResumeVerification(
  items: readonly PendingCheck[],
  services: readonly Service[],
  onResult: (id: string, patch: { verification: StoredVerification; receipt?: Receipt }) => void,
) {
  const ctx = useVerifyContext()
  useEffect(() => {
    for (const item of items) {
      const v = item.verification
      if (v?.status !== 'verifying' || !v.expectedText || !item.chatId) continue
      const s = services.find((x) => x.provider.toLowerCase() === item.provider?.toLowerCase())
      if (!s) continue
      void verifyOnce(item.id, ctx, s, {
        chatId: item.chatId,
        expectedText: v.expectedText,
      }).then(
        (r) =>
          r &&
          onResult(item.id, {
            verification: r.result,
            ...(r.receipt ? { receipt: r.receipt } : {}),
          }),
      )
    }
  }, [items, services, ctx, onResult])
}
