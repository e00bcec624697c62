/** Parses a whole, non-negative count typed by the user ("10", "1,000"); exact bigint. */
export function parseCount(
  input: string,
): { ok: true; value: bigint } | { ok: false; message: string } {
  const text = input.trim().replace(/,/g, '')
  if (text === '') return { ok: false, message: 'Enter a number.' }
  if (text.startsWith('-')) return { ok: false, message: 'Cannot be negative.' }
  if (!/^\d+$/.test(text)) return { ok: false, message: 'Enter a whole number.' }
  return { ok: true, value: BigInt(text) }
}
