import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { receiptForExport, type Receipt } from '@/lib/protocol/receipt'
import { downloadText } from './download'

/**
 * Downloads a verified response's receipt as JSON; when the response text was kept, a checkbox
 * (off by default) includes it so the receipt can be checked against a visible reply.
 */
export function ReceiptButton({ receipt }: { receipt: Receipt }) {
  const [withText, setWithText] = useState(false)
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="ghost"
        onClick={() =>
          downloadText(
            `0g-receipt-${receipt.chatId}.json`,
            JSON.stringify(receiptForExport(receipt, withText), null, 2),
          )
        }
      >
        Export receipt
      </Button>
      {receipt.responseText !== undefined ? (
        <label className="inline-flex items-center gap-1 text-xs text-muted">
          <input
            type="checkbox"
            checked={withText}
            onChange={(e) => setWithText(e.target.checked)}
          />
          Include the response text
        </label>
      ) : null}
    </span>
  )
}
