/**
 * A provider's error text made fit to show: it is attacker-controlled (a 402 carried a 2 MB
 * `error.message` once), so control and bidi characters go, whitespace runs collapse, and it is cut
 * to `PROVIDER_MESSAGE_MAX` characters. The UI shows it attributed ("Provider says: …") and wrapped.
 */
import { capText } from './untrusted-text'

export const PROVIDER_MESSAGE_MAX = 300

/** `text` cleaned and capped; '' when nothing printable is left. */
export function providerMessage(text: string, max = PROVIDER_MESSAGE_MAX): string {
  // Bounded before the regexes run, so their cost does not depend on the provider's length.
  const head = text.slice(0, max * 4)
  // eslint-disable-next-line no-control-regex
  const flat = head.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ')
  return capText(flat.trim(), max)
}

/** The words shown under an error title: the provider's message, attributed. */
export const providerSays = (message: string): string => `Provider says: “${message}”`
