/** The service's verification mode explained in plain words (the mode string is untrusted text). */
export function VerificationModeNote({ mode, upstream }: { mode: string; upstream?: string }) {
  if (mode === 'TeeML')
    return (
      <p>
        <strong>TeeML</strong>: the model itself runs inside a trusted execution environment (TEE).
        The TEE holds the signing key whose address is recorded on chain, and signs every response,
        so your browser can check that a response came from that enclave unchanged.
      </p>
    )
  if (mode === 'TeeTLS')
    return (
      <p>
        <strong>TeeTLS</strong>: a broker running in a TEE relays your request over TLS to a named
        upstream model provider
        {upstream ? (
          <>
            {' '}
            (<span className="break-all">{upstream.slice(0, 200)}</span>)
          </>
        ) : null}{' '}
        and signs a routing proof plus the response. The model does not run in the TEE; the proof
        shows which upstream answered and that the reply was not altered on the way.
      </p>
    )
  return (
    <p>
      Verification mode <strong className="break-all">{mode.slice(0, 60) || 'none'}</strong>: this
      app does not know how to verify it. Treat its responses as unverified.
    </p>
  )
}
