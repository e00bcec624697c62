/**
 * A small Markdown subset parsed into a tree that is rendered as React elements (never as HTML),
 * so model output cannot inject markup: fenced code, headings, lists, quotes, rules, paragraphs;
 * inline code, bold, italics, links and images. Links keep only http(s)/mailto targets; images
 * carry their URL for a click-to-load placeholder (no remote request without the user asking).
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string | null; c: Inline[] }
  | { t: 'image'; src: string | null; alt: string }

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: number; c: Inline[] }
  | { t: 'code'; lang: string; v: string }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  | { t: 'quote'; c: Inline[] }
  | { t: 'hr' }

/** The URL when it is http(s) or mailto, else null (javascript:, data:, relative … are dropped). */
export function safeLinkUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim())
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

const INLINE =
  /(`+)([\s\S]*?)\1|!\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)|\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)|\*\*([\s\S]+?)\*\*|(?<!\w)__([\s\S]+?)__(?!\w)|\*([^*\s][^*]*?)\*|(?<!\w)_([^_\s][^_]*?)_(?!\w)/g

/** Parses inline markup of one block. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ t: 'text', v: text.slice(last, m.index) })
    last = m.index + m[0].length
    const nested = (s: string): Inline[] =>
      depth > 4 ? [{ t: 'text', v: s }] : parseInline(s, depth + 1)
    if (m[1]) out.push({ t: 'code', v: m[2]!.trim() })
    else if (m[4] !== undefined) {
      const src = safeLinkUrl(m[4])
      out.push({ t: 'image', src: src && !src.startsWith('mailto:') ? src : null, alt: m[3] ?? '' })
    } else if (m[5] !== undefined)
      out.push({ t: 'link', href: safeLinkUrl(m[6] ?? ''), c: nested(m[5]) })
    else if (m[7] ?? m[8]) out.push({ t: 'strong', c: nested((m[7] ?? m[8])!) })
    else out.push({ t: 'em', c: nested((m[9] ?? m[10])!) })
  }
  if (last < text.length) out.push({ t: 'text', v: text.slice(last) })
  return out
}

/** Parses a document into blocks. */
export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  let para: string[] = []
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) })
    para = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const fence = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/.exec(line)
    if (fence) {
      flush()
      const body: string[] = []
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence[1]!); i++)
        body.push(lines[i]!)
      blocks.push({ t: 'code', lang: fence[2]!.toLowerCase(), v: body.join('\n') })
      continue
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line)
    if (h) {
      flush()
      blocks.push({ t: 'h', level: h[1]!.length, c: parseInline(h[2]!) })
      continue
    }
    if (/^\s*([-*_])\s*(\1\s*){2,}$/.test(line)) {
      flush()
      blocks.push({ t: 'hr' })
      continue
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line)
    if (item) {
      flush()
      const type = /\d/.test(item[1]!) ? 'ol' : 'ul'
      const prev = blocks.at(-1)
      if (prev && prev.t === type) prev.items.push(parseInline(item[2]!))
      else blocks.push({ t: type, items: [parseInline(item[2]!)] })
      continue
    }
    const quote = /^\s*>\s?(.*)$/.exec(line)
    if (quote) {
      flush()
      blocks.push({ t: 'quote', c: parseInline(quote[1]!) })
      continue
    }
    if (line.trim() === '') flush()
    else para.push(line)
  }
  flush()
  return blocks
}
