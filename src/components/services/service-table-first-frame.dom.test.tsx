/**
 * The services table's first frame holds FIRST_FRAME_ROWS rows (what a first screen shows); the
 * rest of the page follows once that frame is painted, or after a moment where frames do not run.
 */
import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Service } from '@/contracts/service'
import { DEFAULT_QUERY } from '@/lib/catalog/catalog-query'
import { TestId } from '@/lib/test-ids'
import { renderWithProviders } from '@/testing/render-with-providers'
import { CatalogResults } from './catalog-results'
import { FIRST_FRAME_ROWS } from './service-table'

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
const SERVICES = Array.from({ length: 20 }, (_, i) => svc(i))

afterEach(() => vi.restoreAllMocks())

describe('the services table’s first frame', () => {
  it(`shows the first ${FIRST_FRAME_ROWS} rows in order, then the whole page`, async () => {
    // No frame is ever painted here: the rest must come after the fallback moment.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
    await renderWithProviders(
      <CatalogResults
        services={SERVICES}
        query={{ ...DEFAULT_QUERY, view: 'provider' }}
        compare={[]}
        update={() => undefined}
        changes={null}
      />,
    )
    const models = () =>
      screen.queryAllByTestId(TestId.ServiceRow).map((r) => r.querySelector('a')?.textContent)
    expect(models()).toEqual(SERVICES.slice(0, FIRST_FRAME_ROWS).map((s) => s.model))
    await waitFor(() => expect(models()).toEqual(SERVICES.map((s) => s.model)), { timeout: 2000 })
  })
})
