/**
 * The catalog's first rows painted before the app's script has run, on a returning visit: a few
 * rows of text saved from the table the last visit showed, drawn by a small script inlined in
 * index.html (vite.config.ts puts `renderFirstScreenPreview` there, with its hash in the CSP), so
 * they are in the browser's first paint. React replaces them with the real table on its first
 * commit (docs/performance.md, Returning visits; docs/adr/0007-first-screen-preview.md).
 *
 * The saved text is untrusted like every stored value: the renderer accepts only a record of
 * short strings, draws them with `textContent` (never as markup) and draws nothing otherwise.
 */

/** localStorage key of the preview (a `0g-` key: "Clear local data" removes it). */
export const FIRST_SCREEN_PREVIEW_KEY = '0g-catalog-preview:v1'
/** Rows saved and drawn (about a phone's and a laptop's first screen). */
export const PREVIEW_ROWS = 8
/** Longest cell text saved; the renderer refuses longer ones. */
export const PREVIEW_CELL_MAX = 160
/** The table's first seven columns (the eighth holds controls, which a preview cannot offer). */
export const PREVIEW_COLUMNS = [
  'Model',
  'Type',
  'Verification',
  'Provider',
  'Input price',
  'Output price',
  'Signer ack.',
] as const

export interface FirstScreenPreview {
  /** The network's name as the app shows it. */
  network: string
  /** Block of the snapshot the rows come from (decimal). */
  block: string
  /** Cell texts, one array of PREVIEW_COLUMNS.length strings per row. */
  rows: string[][]
}

const clean = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > PREVIEW_CELL_MAX ? `${t.slice(0, PREVIEW_CELL_MAX - 1)}…` : t
}

/**
 * The texts of the first PREVIEW_ROWS service rows of the rendered services `table`, as the user
 * saw them: the model's name (its link, without the marks beside it), then the next six cells.
 */
export function previewRowsOf(table: HTMLTableElement, rowSelector: string): string[][] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>(rowSelector))
    .slice(0, PREVIEW_ROWS)
    .map((tr) => {
      const cells = Array.from(tr.cells).slice(0, PREVIEW_COLUMNS.length)
      return cells.map((c, i) =>
        clean((i === 0 ? c.querySelector('a')?.textContent : null) ?? c.textContent ?? ''),
      )
    })
    .filter((cells) => cells.length === PREVIEW_COLUMNS.length)
}

/** The stored form of a preview. */
export function previewText(preview: FirstScreenPreview): string {
  return JSON.stringify({
    network: clean(preview.network),
    block: preview.block,
    rows: preview.rows.slice(0, PREVIEW_ROWS).map((r) => r.map(clean)),
  })
}

/**
 * Draws the saved preview into `#first-screen` of index.html's static frame when the page opened
 * is the catalog's default view, under `columns` (PREVIEW_COLUMNS); returns whether it drew.
 * Self-contained on purpose: index.html carries this function's source, so it uses nothing from
 * outside its body (the limits are the constants above, written out; the unit tests hold them
 * equal).
 */
export function renderFirstScreenPreview(
  doc: Document,
  key: string,
  columns: readonly string[],
): boolean {
  try {
    const hash = doc.location.hash
    if (hash !== '' && hash !== '#' && hash !== '#/') return false
    const slot = doc.getElementById('first-screen')
    const text = doc.defaultView?.localStorage.getItem(key)
    if (!slot || !text || text.length > 16384) return false
    const saved: unknown = JSON.parse(text)
    if (typeof saved !== 'object' || saved === null) return false
    const { network, block, rows } = saved as Record<string, unknown>
    const short = (v: unknown): v is string => typeof v === 'string' && v.length <= 160
    if (!short(network) || typeof block !== 'string' || !/^\d{1,20}$/.test(block)) return false
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > 8) return false
    for (const row of rows as unknown[])
      if (!Array.isArray(row) || row.length !== columns.length || !row.every(short)) return false

    const el = (tag: string, className: string, textContent?: string) => {
      const node = doc.createElement(tag)
      node.className = className
      if (textContent !== undefined) node.textContent = textContent
      return node
    }
    // Named apart from the app's "Services" table and heading (tests and assistive technology
    // find the app's by name while this picture is still up).
    const card = el('section', 'rounded-lg border border-border bg-surface-raised')
    card.setAttribute('aria-label', 'Saved rows')
    const head = el(
      'div',
      'flex flex-wrap items-baseline justify-between gap-2 border-b border-border px-4 py-3',
    )
    head.append(el('h2', 'font-semibold', 'Saved rows'))
    const note = el(
      'span',
      'text-sm text-muted',
      `Saved in this browser, as of block ${block} (${network}) · loading…`,
    )
    note.setAttribute('data-testid', 'services-preview-block')
    head.append(note)
    const table = el('table', 'w-full text-sm')
    table.setAttribute('aria-label', 'Saved rows')
    const headRow = el('tr', '')
    columns.forEach((label, i) => {
      const th = el('th', 'px-3 py-2 text-left align-bottom font-medium', label)
      th.setAttribute('scope', 'col')
      // The bench times this paint like the app's table (Element Timing, `services-table`).
      if (i === 0) th.setAttribute('elementtiming', 'services-table')
      headRow.append(th)
    })
    const thead = el('thead', 'text-xs text-muted uppercase')
    thead.append(headRow)
    const tbody = el('tbody', '')
    for (const row of rows as string[][]) {
      const tr = el('tr', 'border-t border-border align-top')
      tr.setAttribute('data-testid', 'service-preview-row')
      row.forEach((cell, i) => {
        const td =
          i === 0
            ? el('th', 'min-w-40 px-3 py-3 text-left font-medium', cell)
            : el('td', 'px-3 py-3 text-left whitespace-nowrap', cell)
        if (i === 0) td.setAttribute('scope', 'row')
        tr.append(td)
      })
      tbody.append(tr)
    }
    table.append(thead, tbody)
    const scroll = el('div', 'overflow-x-auto')
    scroll.append(table)
    card.append(head, scroll)
    slot.className = ''
    slot.replaceChildren(card)
    // The static frame is hidden from assistive technology as a placeholder; saved rows are content.
    slot.closest('[aria-hidden]')?.removeAttribute('aria-hidden')
    try {
      performance.mark('catalog:preview')
      // The task after the frame that painted the rows (main.tsx waits for it before React runs).
      requestAnimationFrame(() => setTimeout(() => performance.mark('catalog:preview-painted'), 0))
    } catch {
      /* no User Timing API */
    }
    return true
  } catch {
    // Storage unavailable or the record unreadable: the skeleton stays.
    return false
  }
}

/**
 * The attribute of the app's stylesheet links `startAppScripts` adds (main.tsx waits for them,
 * `appStylesheetsLoaded`); written out in `startAppScripts`, the unit tests hold them equal.
 */
export const APP_STYLESHEET_ATTRIBUTE = 'data-app-stylesheet'

/**
 * Starts the app's scripts and stylesheet from index.html (the build moves the entry
 * `<script type="module">`, its `modulepreload` links and its `<link rel="stylesheet">` here,
 * vite.config.ts; the head keeps an inline copy of the few rules the first paint needs): at once
 * on a first visit; when the saved preview was drawn, only after the browser has painted it, since
 * compiling the app's modules while the page is parsed held that first paint back ~100 ms on a
 * phone's CPU (docs/performance.md). The stylesheet is no longer in the head, where it held back
 * this script (even from the HTTP cache) and, from a hosted site, the first paint and the modules'
 * requests by a round trip; a stylesheet added by a script blocks neither the parser nor the
 * paint, and main.tsx renders once it has loaded, so the app is never drawn unstyled.
 * Self-contained like `renderFirstScreenPreview` (its source is inlined).
 */
export function startAppScripts(
  doc: Document,
  drawn: boolean,
  entry: string,
  preloads: readonly string[],
  stylesheets: readonly string[] = [],
): void {
  let started = false
  const start = () => {
    if (started) return
    started = true
    for (const href of stylesheets) {
      const link = doc.createElement('link')
      link.rel = 'stylesheet'
      link.crossOrigin = ''
      link.href = href
      link.setAttribute('data-app-stylesheet', '')
      doc.head.append(link)
    }
    for (const href of preloads) {
      const link = doc.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      doc.head.append(link)
    }
    const script = doc.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry
    doc.head.append(script)
  }
  if (!drawn) return start()
  // The task after the next frame; where frames do not run (a background tab), soon anyway.
  setTimeout(start, 100)
  requestAnimationFrame(() => setTimeout(start, 0))
}
