/**
 * Untrusted strings (from chain, from providers, from model output) as display text: bidi control
 * characters stripped (a U+202E in "deifireV" shows as "Verified"), a length cap, and a flag for
 * names that are not plain ASCII (`gpt-оss-120b` with a Cyrillic о imitates `gpt-oss-120b`).
 */

/**
 * Bidi controls: embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the LRM/RLM marks
 * U+200E/U+200F and the Arabic letter mark U+061C. They reorder the text around them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** `value` without bidi control characters. */
export function stripBidi(value: string): string {
  return value.replace(BIDI_CONTROLS, '')
}

/** Default cap for one on-chain string shown inline (the catalog's model column). */
export const CHAIN_TEXT_MAX = 200

/**
 * `value` without bidi controls, cut to `max` UTF-16 units plus "…" when longer (never in the middle
 * of a surrogate pair).
 */
export function capText(value: string, max: number = CHAIN_TEXT_MAX): string {
  const text = stripBidi(value)
  if (text.length <= max) return text
  let end = Math.max(0, max)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** Scripts named in a flag; other letters count as "other". */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Devanagari',
  'Thai',
] as const
const SCRIPT_RES = SCRIPTS.map((s) => [s, new RegExp(`^\\p{Script=${s}}$`, 'u')] as const)

function scriptOf(ch: string): string {
  for (const [name, re] of SCRIPT_RES) if (re.test(ch)) return name
  return 'other'
}

const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

export interface NameFlag {
  /** `mixed-script`: letters of two or more scripts (the lookalike shape); else `non-ascii`. */
  kind: 'mixed-script' | 'non-ascii'
  /** The letter scripts found, in order of appearance. */
  scripts: string[]
  /** Plain-words explanation for a tooltip, naming the first few non-ASCII characters. */
  note: string
}

/**
 * Null for a name of printable ASCII only; else what makes it suspicious. Any non-ASCII character
 * is flagged (fullwidth letters, invisible characters, Cyrillic or Greek lookalikes), mixed
 * scripts more loudly.
 */
export function nameFlag(name: string): NameFlag | null {
  if (/^[\x20-\x7e]*$/.test(name)) return null
  const scripts: string[] = []
  const odd: string[] = []
  for (const ch of name) {
    if (/\p{L}/u.test(ch)) {
      const s = scriptOf(ch)
      if (!scripts.includes(s)) scripts.push(s)
    }
    if (!/^[\x20-\x7e]$/.test(ch) && !odd.includes(ch)) odd.push(ch)
  }
  const mixed = scripts.length > 1
  const shown = odd
    .slice(0, 5)
    .map((ch) => {
      const visible = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `${ch} ` : ''
      return `${visible}(${codePoint(ch)}${/\p{L}/u.test(ch) ? `, ${scriptOf(ch)}` : ''})`
    })
    .join(', ')
  const more = odd.length > 5 ? ` and ${odd.length - 5} more` : ''
  const note =
    `This name contains characters that are not plain ASCII: ${shown}${more}. ` +
    (mixed
      ? `It mixes ${scripts.join(' and ')} letters, which can make it look like another model's name. `
      : 'Some look like ASCII letters or are invisible, so it can look like another name. ') +
    'Check the provider address before you trust or pay it.'
  return { kind: mixed ? 'mixed-script' : 'non-ascii', scripts, note }
}
