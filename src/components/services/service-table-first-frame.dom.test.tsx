/**
 * The services table's first frame holds FIRST_FRAME_ROWS rows (what a first screen shows); then
 * rows come ROWS_STEP at a time while the end of the shown ones is near the screen, or all of them
 * at the "Show the other …" button; where IntersectionObserver does not exist, the whole page once
 * that frame is painted, or after a moment where frames do not run.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Service } from '@/contracts/service'
import { DEFAULT_QUERY } from '@/lib/catalog/catalog-query'
import { TestId } from '@/lib/test-ids'
import { renderWithProviders } from '@/testing/render-with-providers'
import { CatalogResults } from './catalog-results'
import { FIRST_FRAME_ROWS, ROWS_STEP, SHORT_REST } from '@/hooks/services/use-rows-near-screen'

const svc = (i: number): Service => ({
  provider: `0x${(i + 1).toString(16).padStart(40, '0')}`,
  serviceType: 'chatbot',
  url: `https://p${i}.example/v1`,
  inputPrice: BigInt(i + 1) * 10n ** 12n,
  outputPrice: 10n ** 12n,
  updatedAt: 1n,
  model: `model-${i}`,
  verifiability: 'TeeML',
  additionalInfo: '',
  teeSignerAddress: `0x${'ab'.repeat(20)}`,
  teeSignerAcknowledged: true,
})
const SERVICES = Array.from({ length: 40 }, (_, i) => svc(i))

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const models = () =>
  screen.queryAllByTestId(TestId.ServiceRow).map((r) => r.querySelector('a')?.textContent)

const renderTable = (services = SERVICES) =>
  renderWithProviders(
    <CatalogResults
      services={services}
      query={{ ...DEFAULT_QUERY, view: 'provider' }}
      compare={[]}
      update={() => undefined}
      changes={null}
    />,
  )

/**
 * An IntersectionObserver whose target is near the screen while `near()` says so (jsdom has none):
 * like the browser's, each new observer reports its target's state once.
 */
function fakeObserver(near: () => boolean) {
  class FakeObserver {
    private connected = true
    constructor(private readonly cb: IntersectionObserverCallback) {}
    observe(target: Element) {
      queueMicrotask(() => {
        if (!this.connected) return
        this.cb(
          [{ isIntersecting: near(), target } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        )
      })
    }
    disconnect() {
      this.connected = false
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver)
}

describe('the services table’s first frame', () => {
  it(`shows the first ${FIRST_FRAME_ROWS} rows in order, then the whole page`, async () => {
    // No frame is ever painted here, and no IntersectionObserver: the rest must come after the
    // fallback moment.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
    vi.stubGlobal('IntersectionObserver', undefined)
    await renderTable()
    expect(models()).toEqual(SERVICES.slice(0, FIRST_FRAME_ROWS).map((s) => s.model))
    await waitFor(() => expect(models()).toEqual(SERVICES.map((s) => s.model)), { timeout: 2000 })
    expect(screen.queryByTestId(TestId.MoreRows)).toBeNull()
  })

  it('adds rows while the end of the shown ones is near the screen, and stops when it is not', async () => {
    // A screen that 20 rows fill (and its margin below): the end is near while fewer are shown.
    fakeObserver(() => models().length < FIRST_FRAME_ROWS + ROWS_STEP)
    await renderTable()
    await waitFor(() => expect(models()).toHaveLength(FIRST_FRAME_ROWS + ROWS_STEP), {
      timeout: 2000,
    })
    await new Promise((r) => setTimeout(r, 600))
    expect(models()).toEqual(SERVICES.slice(0, FIRST_FRAME_ROWS + ROWS_STEP).map((s) => s.model))
    const more = screen.getByRole('button', { name: 'Show the other 20 services of this page' })
    await act(async () => {
      fireEvent.click(more)
      await Promise.resolve()
    })
    expect(models()).toEqual(SERVICES.map((s) => s.model))
    expect(screen.queryByTestId(TestId.MoreRows)).toBeNull()
  })

  it('keeps to the rows near the screen while the end stays far below it', async () => {
    fakeObserver(() => false)
    await renderTable()
    await waitFor(() => expect(screen.getByTestId(TestId.MoreRows)).toBeTruthy())
    await new Promise((r) => setTimeout(r, 700))
    expect(models()).toEqual(SERVICES.slice(0, FIRST_FRAME_ROWS).map((s) => s.model))
    expect(
      screen.getByRole('button', {
        name: `Show the other ${40 - FIRST_FRAME_ROWS} services of this page`,
      }),
    ).toBeTruthy()
  })

  it(`draws a rest of at most ${SHORT_REST} rows with the rows before it`, async () => {
    fakeObserver(() => false)
    const few = SERVICES.slice(0, FIRST_FRAME_ROWS + SHORT_REST)
    await renderTable(few)
    await waitFor(() => expect(models()).toEqual(few.map((s) => s.model)), { timeout: 2000 })
    expect(screen.queryByTestId(TestId.MoreRows)).toBeNull()
  })
})
