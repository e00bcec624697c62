/**
 * Is a provider's error a refusal of the session token? The live broker answers every `app-sk`
 * problem with HTTP 400 `{"error": "validate session: <message>"}` (ValidateSession and
 * validateTokenRevocation in `api/inference/internal/ctrl/request.go`, status from
 * `api/common/errors/response.go`); older gateways and the SDK's own docs speak of 401. The
 * messages below are the broker's; a 400 about anything else (a bad body, a missing field) is not
 * a token problem and is never answered with a new signature.
 */
const BROKER_SESSION_MESSAGE =
  /validate session|session token|authorization (header|payload)|ephemeral token|invalid signature (format|length)|recover public key|signature verification failed/i

export function isSessionRefusal(status: number, message: string): boolean {
  if (status === 401) return true
  return status === 400 && BROKER_SESSION_MESSAGE.test(message)
}

/** How long the live broker may keep serving a cached account (`contractAccountCache`, 10 min). */
export const BROKER_ACCOUNT_CACHE_MINUTES = 10
