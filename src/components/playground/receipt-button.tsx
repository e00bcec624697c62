import { Button } from '@/components/ui/button'
import type { Receipt } from '@/lib/protocol/receipt'
import { downloadText } from './download'

/** Downloads a verified response's receipt as JSON. */
export function ReceiptButton({ receipt }: { receipt: Receipt }) {
  return (
    <Button
      size="sm"
      variant="ghost"
      onClick={() =>
        downloadText(`0g-receipt-${receipt.chatId}.json`, JSON.stringify(receipt, null, 2))
      }
    >
      Export receipt
    </Button>
  )
}
