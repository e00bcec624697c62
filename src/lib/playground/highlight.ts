/** A tiny code tokenizer for highlighting (comments, strings, numbers, keywords); output is text only. */

export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'plain'
export interface Token {
  kind: TokenKind
  text: string
}

const KEYWORDS = new Set(
  'const let var function return if else for while do switch case break continue new class extends import from export default async await try catch finally throw typeof instanceof in of def lambda pass elif None True False null undefined true false fn pub use mut impl struct enum match self this interface type package func go defer select chan map int string bool void public private static'.split(
    ' ',
  ),
)

const TOKEN =
  /(\/\/[^\n]*|#[^\n]*|\/\*[\s\S]*?\*\/)|("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_$][\w$]*)/g

/** Splits code into tokens; concatenating their text gives back the input exactly. */
export function tokenize(code: string): Token[] {
  const out: Token[] = []
  let last = 0
  for (const m of code.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: 'plain', text: code.slice(last, m.index) })
    last = m.index + m[0].length
    const kind: TokenKind = m[1]
      ? 'comment'
      : m[2]
        ? 'string'
        : m[3]
          ? 'number'
          : KEYWORDS.has(m[4]!)
            ? 'keyword'
            : 'plain'
    out.push({ kind, text: m[0] })
  }
  if (last < code.length) out.push({ kind: 'plain', text: code.slice(last) })
  return out
}
