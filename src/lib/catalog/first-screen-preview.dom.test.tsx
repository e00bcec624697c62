import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appStylesheetsLoaded } from '@/lib/app-stylesheets'
import { TestId } from '@/lib/test-ids'
import {
  APP_STYLESHEET_ATTRIBUTE,
  FIRST_SCREEN_PREVIEW_KEY,
  PREVIEW_CELL_MAX,
  PREVIEW_COLUMNS,
  PREVIEW_ROWS,
  previewRowsOf,
  previewText,
  renderFirstScreenPreview,
  startAppScripts,
} from './first-screen-preview'

const row = (i: number) => [`model-${i}`, 'chatbot', 'TeeML', '0x1234…abcd', '1 0G', '2 0G', 'Yes']
const save = (value: unknown) =>
  localStorage.setItem(
    FIRST_SCREEN_PREVIEW_KEY,
    typeof value === 'string' ? value : JSON.stringify(value),
  )
const slot = () => document.getElementById('first-screen')!
const previewRows = () =>
  Array.from(document.querySelectorAll(`[data-testid="${TestId.ServicePreviewRow}"]`)).map((tr) =>
    Array.from(tr.children).map((c) => c.textContent),
  )
/** Runs the renderer the way index.html does: its source text, called on the page. */
const runInlined = () =>
  new Function(
    `return (${renderFirstScreenPreview.toString()})(document, ${JSON.stringify(FIRST_SCREEN_PREVIEW_KEY)}, ${JSON.stringify(PREVIEW_COLUMNS)})`,
  )() as boolean

beforeEach(() => {
  document.body.innerHTML =
    '<div id="root"><div aria-hidden="true"><div id="first-screen" class="animate-pulse"></div></div></div>'
  window.location.hash = ''
})
afterEach(() => localStorage.clear())

describe('the first screen preview index.html draws', () => {
  it('draws the saved rows as text in a table named for what it is, with the block and network', () => {
    save({ network: 'Devnet', block: '123', rows: [row(1), row(2)] })
    expect(runInlined()).toBe(true)
    expect(previewRows()).toEqual([row(1), row(2)])
    const table = slot().querySelector('table')!
    expect(table.getAttribute('aria-label')).toBe('Saved rows')
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual([
      ...PREVIEW_COLUMNS,
    ])
    expect(
      document.querySelector(`[data-testid="${TestId.ServicesPreviewBlock}"]`)?.textContent,
    ).toBe('Saved in this browser, as of block 123 (Devnet) · loading…')
    expect(slot().classList.contains('animate-pulse')).toBe(false)
    // The placeholder frame was hidden from assistive technology; the saved rows are content.
    expect(document.querySelector('[aria-hidden]')).toBeNull()
    expect(performance.getEntriesByName('catalog:preview')).toHaveLength(1)
  })

  it('keeps hostile text inert: drawn as characters, never as markup', () => {
    const evil = '<img src=x onerror="globalThis.__pwned=1">'
    save({ network: evil, block: '1', rows: [[evil, ...row(1).slice(1)]] })
    expect(renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS)).toBe(true)
    expect(slot().querySelector('img')).toBeNull()
    expect(previewRows()[0]![0]).toBe(evil)
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('draws nothing for a record of the wrong shape or size, or off the default view', () => {
    const good = { network: 'Devnet', block: '1', rows: [row(1)] }
    const long = 'x'.repeat(PREVIEW_CELL_MAX + 1)
    const bad: unknown[] = [
      '{not json',
      'null',
      { ...good, block: '12a' },
      { ...good, block: 12 },
      { ...good, block: '1'.repeat(21) },
      { ...good, network: 5 },
      { ...good, network: long },
      { ...good, rows: [] },
      { ...good, rows: 'x' },
      { ...good, rows: Array.from({ length: PREVIEW_ROWS + 1 }, (_, i) => row(i)) },
      { ...good, rows: [row(1).slice(1)] },
      { ...good, rows: [[...row(1), 'extra']] },
      { ...good, rows: [[long, ...row(1).slice(1)]] },
      { ...good, rows: [[{ toString: 'x' }, ...row(1).slice(1)]] },
      JSON.stringify({ ...good, network: 'x'.repeat(17_000) }),
    ]
    for (const b of bad) {
      save(b)
      expect(
        renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS),
        JSON.stringify(b).slice(0, 80),
      ).toBe(false)
      expect(slot().children).toHaveLength(0)
    }
    // The limits written out in the renderer are the exported ones.
    save({ ...good, rows: Array.from({ length: PREVIEW_ROWS }, (_, i) => row(i)) })
    expect(renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS)).toBe(true)
    save({ ...good, rows: [['x'.repeat(PREVIEW_CELL_MAX), ...row(1).slice(1)]] })
    expect(renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS)).toBe(true)

    for (const hash of ['#/account', '#/?q=qwen', '#/service/0x1']) {
      document.body.innerHTML = '<div id="first-screen"></div>'
      window.location.hash = hash
      save(good)
      expect(renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS)).toBe(
        false,
      )
    }
    localStorage.clear()
    expect(renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS)).toBe(
      false,
    )
  })

  it('saves the text of the rows the table showed, and reads back what it saved', () => {
    document.body.innerHTML = `<table><tbody>${[1, 2, 3]
      .map(
        (i) => `<tr data-testid="service-row">
          <th><a href="#/service/x">model-${i}</a> <span>New</span><span>http://endpoint</span></th>
          <td>chatbot</td><td> TeeML </td><td>0x1234…abcd</td><td>1
            0G</td><td>2 0G</td><td>Yes</td><td>Chat · Build · Compare</td></tr>`,
      )
      .join('')}</tbody></table><div id="first-screen"></div>`
    const rows = previewRowsOf(document.querySelector('table')!, '[data-testid="service-row"]')
    expect(rows).toEqual([row(1), row(2), row(3)])
    localStorage.setItem(
      FIRST_SCREEN_PREVIEW_KEY,
      previewText({ network: 'Devnet', block: '5', rows }),
    )
    expect(renderFirstScreenPreview(document, FIRST_SCREEN_PREVIEW_KEY, PREVIEW_COLUMNS)).toBe(true)
    expect(previewRows()).toEqual(rows)
  })
})

describe('starting the app’s scripts from index.html', () => {
  // A document of its own: the page's would try to load the scripts.
  let doc: Document
  beforeEach(() => {
    doc = document.implementation.createHTMLDocument('index')
  })
  const started = () => ({
    entry: Array.from(doc.head.querySelectorAll('script[type="module"]')).map((s) =>
      s.getAttribute('src'),
    ),
    preloads: Array.from(doc.head.querySelectorAll('link[rel="modulepreload"]')).map((l) =>
      l.getAttribute('href'),
    ),
  })
  it('starts them at once when no preview was drawn, preloads before the entry', () => {
    startAppScripts(doc, false, './assets/index.js', ['./assets/a.js', './assets/b.js'])
    expect(started()).toEqual({
      entry: ['./assets/index.js'],
      preloads: ['./assets/a.js', './assets/b.js'],
    })
  })

  it('adds the app’s stylesheets first, marked for main.tsx to wait for', () => {
    startAppScripts(doc, false, './assets/index.js', ['./assets/a.js'], ['./assets/index.css'])
    const tags = Array.from(doc.head.children).map((el) => [
      el.tagName.toLowerCase(),
      el.getAttribute('rel'),
      el.getAttribute('href') ?? el.getAttribute('src'),
      el.hasAttribute(APP_STYLESHEET_ATTRIBUTE),
    ])
    expect(tags).toEqual([
      ['link', 'stylesheet', './assets/index.css', true],
      ['link', 'modulepreload', './assets/a.js', false],
      ['script', null, './assets/index.js', false],
    ])
  })

  it('after a drawn preview, only once the next frame has been painted (once)', async () => {
    let frame: (() => void) | undefined
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frame = () => cb(0)
      return 1
    })
    startAppScripts(doc, true, './assets/index.js', ['./assets/a.js'])
    expect(started().entry).toEqual([])
    frame!()
    await new Promise((r) => setTimeout(r, 0))
    expect(started()).toEqual({ entry: ['./assets/index.js'], preloads: ['./assets/a.js'] })
    // The fallback for tabs without frames does not start them twice.
    await new Promise((r) => setTimeout(r, 150))
    expect(started().entry).toHaveLength(1)
    vi.restoreAllMocks()
  })

  it('after a drawn preview in a tab without frames, soon anyway', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1)
    startAppScripts(doc, true, './assets/index.js', [])
    expect(started().entry).toEqual([])
    await new Promise((r) => setTimeout(r, 150))
    expect(started().entry).toEqual(['./assets/index.js'])
    vi.restoreAllMocks()
  })
})

describe('waiting for the app’s stylesheets', () => {
  let doc: Document
  beforeEach(() => {
    doc = document.implementation.createHTMLDocument('index')
  })
  const addSheet = () => {
    const link = doc.createElement('link')
    link.rel = 'stylesheet'
    link.setAttribute(APP_STYLESHEET_ATTRIBUTE, '')
    doc.head.append(link)
    return link
  }
  const settledWithin = async (p: Promise<void>, ms: number) => {
    let done = false
    void p.then(() => (done = true))
    await new Promise((r) => setTimeout(r, ms))
    return done
  }

  it('resolves at once when there are none (the dev server)', async () => {
    expect(await settledWithin(appStylesheetsLoaded(doc), 0)).toBe(true)
  })

  it('waits until every pending stylesheet has loaded', async () => {
    const a = addSheet()
    const b = addSheet()
    const ready = appStylesheetsLoaded(doc, 10_000)
    a.dispatchEvent(new Event('load'))
    expect(await settledWithin(ready, 20)).toBe(false)
    b.dispatchEvent(new Event('load'))
    expect(await settledWithin(ready, 0)).toBe(true)
  })

  it('does not keep the app from starting when one fails or never answers', async () => {
    const link = addSheet()
    const onError = appStylesheetsLoaded(doc, 10_000)
    link.dispatchEvent(new Event('error'))
    expect(await settledWithin(onError, 0)).toBe(true)
    const silent = appStylesheetsLoaded(doc, 30)
    expect(await settledWithin(silent, 10)).toBe(false)
    expect(await settledWithin(silent, 40)).toBe(true)
  })

  it('uses the attribute index.html’s inline script writes out', () => {
    expect(startAppScripts.toString()).toMatch(new RegExp(`['"]${APP_STYLESHEET_ATTRIBUTE}['"]`))
  })
})
