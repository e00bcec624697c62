import { useSearchParams } from 'react-router'
import { AnyResponseVerifier } from '@/components/playground/any-response-verifier'
import { ReceiptVerifier } from '@/components/playground/receipt-verifier'
import { TabList } from '@/components/ui/tab-list'

const TABS = [
  { id: 'receipt', label: 'Receipt' },
  { id: 'any', label: 'Any response' },
] as const

/**
 * `/verify-receipt`: re-checks an exported receipt against chain state, trusting nothing else;
 * `?tab=any` checks a response obtained elsewhere (SDK, CLI, curl) with the same verifier.
 */
export function VerifyReceiptPage() {
  const [params, setParams] = useSearchParams()
  const tab = params.get('tab') === 'any' ? 'any' : 'receipt'
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Verify a receipt or a response</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          A receipt names a response by the hashes of its request and response bytes and carries the
          provider TEE’s signature over them. This page recovers the signer and compares it with the
          provider’s TEE signer on chain now; it ignores any verdict in the file. A response
          obtained elsewhere (SDK, CLI, curl) is checked the same way from its signature, body and
          provider.
        </p>
      </div>
      <TabList
        label="What to verify"
        tabs={TABS}
        selected={tab}
        onSelect={(id) => setParams(id === 'receipt' ? {} : { tab: id }, { replace: true })}
      />
      {/* Both stay mounted so switching tabs keeps what was entered. */}
      <div hidden={tab !== 'receipt'}>
        <ReceiptVerifier />
      </div>
      <div hidden={tab !== 'any'}>
        <AnyResponseVerifier />
      </div>
    </div>
  )
}
