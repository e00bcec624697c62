/**
 * A small Markdown subset parsed into a tree that is rendered as React elements (never as HTML),
 * so model output cannot inject markup: fenced code, headings, lists, quotes, rules, paragraphs;
 * inline code, bold, italics, links and images. Links keep only http(s)/mailto targets; images
 * carry their URL for a click-to-load placeholder (no remote request without the user asking).
 * Lookalike links: a target with credentials (`https://bank.example@evil.example`) is never linked,
 * and when the link text names another host than the target's, the real host is carried for
 * display. Bidi control characters are stripped from the whole document (no reversed text).
 */
import { stripBidi } from '@/lib/untrusted-text'

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  /**
   * `href` null: not linked. `refused`: why a target that looked like a link was not linked.
   * `realHost`: the host the link opens, when its text names another one (or it is punycode).
   */
  | { t: 'link'; href: string | null; c: Inline[]; refused?: string; realHost?: string }
  | { t: 'image'; src: string | null; alt: string }

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: number; c: Inline[] }
  | { t: 'code'; lang: string; v: string }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  | { t: 'quote'; c: Inline[] }
  | { t: 'hr' }

/**
 * The URL when it is http(s) or mailto, else null (javascript:, data:, relative … are dropped);
 * http(s) with a user name or password (`https://trusted.example@evil.example`) is null too.
 */
export function safeLinkUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim())
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null
    if (url.protocol !== 'mailto:' && (url.username || url.password)) return null
    return url.href
  } catch {
    return null
  }
}

/** The plain text of inline nodes (what a reader sees as the link text). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) =>
      n.t === 'text' || n.t === 'code' ? n.v : n.t === 'image' ? n.alt : inlineText(n.c),
    )
    .join('')
}

/** Host names (`a.example`, `https://b.example/x`) written in a text, lower-case and punycoded. */
export function hostsNamedIn(text: string): string[] {
  const out: string[] = []
  const re =
    /(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^\s/@:]+(?::[^\s/@]*)?@)?((?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*|\d{1,3}(?:\.\d{1,3}){3})/giu
  for (const m of text.matchAll(re)) {
    try {
      out.push(new URL(`http://${m[1]!}`).hostname)
    } catch {
      // not a host name after all
    }
  }
  return out
}

const bare = (host: string) => host.replace(/^www\./, '')

/**
 * The link for `[text](raw)`: the target when safe; refused (not linked, with the reason) when it
 * hides a host behind credentials; with `realHost` when the text names a host the target is not
 * (nor a subdomain of), or the target host is punycode.
 */
function linkNode(raw: string, c: Inline[]): Inline {
  let url: URL | null = null
  try {
    url = new URL(raw.trim())
  } catch {
    // not an absolute URL: not linked below
  }
  if (url && /^https?:$/.test(url.protocol) && (url.username || url.password))
    return {
      t: 'link',
      href: null,
      c,
      refused: `link removed: its address hides a user name in front of the real host ${url.host}`,
    }
  const href = safeLinkUrl(raw)
  if (!href || !url || url.protocol === 'mailto:') return { t: 'link', href, c }
  const target = bare(url.hostname)
  const named = hostsNamedIn(inlineText(c)).map(bare)
  const mismatch = named.some((h) => h !== target && !target.endsWith(`.${h}`))
  return mismatch || target.split('.').some((l) => l.startsWith('xn--'))
    ? { t: 'link', href, c, realHost: url.host }
    : { t: 'link', href, c }
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
    } else if (m[5] !== undefined) out.push(linkNode(m[6] ?? '', nested(m[5])))
    else if (m[7] ?? m[8]) out.push({ t: 'strong', c: nested((m[7] ?? m[8])!) })
    else out.push({ t: 'em', c: nested((m[9] ?? m[10])!) })
  }
  if (last < text.length) out.push({ t: 'text', v: text.slice(last) })
  return out
}

/** Parses a document into blocks (bidi control characters stripped first). */
export function parseMarkdown(src: string): Block[] {
  const lines = stripBidi(src).replace(/\r\n?/g, '\n').split('\n')
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
