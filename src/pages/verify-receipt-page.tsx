import { ReceiptVerifier } from '@/components/playground/receipt-verifier'

/** `/verify-receipt`: re-checks an exported receipt against chain state, trusting nothing else. */
export function VerifyReceiptPage() {
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Verify a receipt</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          A receipt names a response by the hashes of its request and response bytes and carries the
          provider TEE’s signature over them. This page recovers the signer and compares it with the
          provider’s TEE signer on chain now; it ignores any verdict in the file.
        </p>
      </div>
      <ReceiptVerifier />
    </div>
  )
}
