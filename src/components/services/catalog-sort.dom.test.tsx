/**
 * The catalog's sort order as rendered: price sorts put services without that price (image
 * services have no input price) after the priced ones in both directions, and the Order control
 * reverses the rest.
 */
import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { Service } from '@/contracts/service'
import { DEFAULT_QUERY, type CatalogQuery } from '@/lib/catalog/catalog-query'
import { TestId } from '@/lib/test-ids'
import { renderWithProviders } from '@/testing/render-with-providers'
import { CatalogResults } from './catalog-results'
import { CatalogToolbar } from './catalog-toolbar'

const PER_M = 10n ** 12n // neuron per token for 1 0G per 1M tokens

const svc = (i: number, o: Partial<Service>): Service => ({
  provider: `0x${(i + 1).toString(16).padStart(40, '0')}`,
  serviceType: 'chatbot',
  url: `https://p${i}.example/v1`,
  inputPrice: 0n,
  outputPrice: 0n,
  updatedAt: 1n,
  model: `m${i}`,
  verifiability: 'TeeML',
  additionalInfo: '',
  teeSignerAddress: `0x${'ab'.repeat(20)}`,
  teeSignerAcknowledged: true,
  ...o,
})

const SERVICES: Service[] = [
  svc(0, { model: 'image-gen', serviceType: 'text-to-image', outputPrice: 3n * 10n ** 15n }),
  svc(1, { model: 'cheap-chat', inputPrice: PER_M / 10n, outputPrice: PER_M / 2n }),
  svc(2, { model: 'image-edit', serviceType: 'image-editing', outputPrice: 5n * 10n ** 15n }),
  svc(3, { model: 'dear-chat', inputPrice: PER_M, outputPrice: 3n * PER_M }),
  svc(4, { model: 'mid-chat', inputPrice: PER_M / 2n, outputPrice: PER_M }),
]

function Catalog({ initial }: { initial: Partial<CatalogQuery> }) {
  const [query, setQuery] = useState<CatalogQuery>({ ...DEFAULT_QUERY, ...initial })
  const update = (patch: Partial<CatalogQuery>) => setQuery((q) => ({ ...q, ...patch }))
  return (
    <>
      <CatalogToolbar
        catalog={{ query, update, setSearch: (q) => update({ q }), flushSearch: () => undefined }}
        types={[]}
        modes={[]}
      />
      <CatalogResults
        services={SERVICES}
        query={query}
        compare={[]}
        update={update}
        changes={null}
      />
    </>
  )
}

const order = () =>
  screen
    .getAllByTestId(TestId.ServiceRow)
    .map((row) => within(row).getByRole('rowheader').querySelector('a')!.textContent)

describe('catalog sort order', () => {
  it('puts image services (no input price) after the priced ones, both directions', async () => {
    const { user } = await renderWithProviders(<Catalog initial={{ view: 'provider' }} />)
    expect(order()).toEqual(['cheap-chat', 'mid-chat', 'dear-chat', 'image-edit', 'image-gen'])

    const dir = screen.getByLabelText<HTMLSelectElement>('Order')
    expect(Array.from(dir.options, (o) => o.text)).toEqual(['Lowest first', 'Highest first'])
    await user.selectOptions(dir, 'desc')
    expect(order()).toEqual(['dear-chat', 'mid-chat', 'cheap-chat', 'image-edit', 'image-gen'])
  })

  it('sorts every priced service by output price, and names both ways', async () => {
    const { user } = await renderWithProviders(
      <Catalog initial={{ view: 'provider', sort: 'output' }} />,
    )
    // A per-image price is a price per output: all five are priced.
    expect(order()).toEqual(['cheap-chat', 'mid-chat', 'dear-chat', 'image-gen', 'image-edit'])
    await user.selectOptions(screen.getByLabelText('Order'), 'desc')
    expect(order()).toEqual(['image-edit', 'image-gen', 'dear-chat', 'mid-chat', 'cheap-chat'])

    await user.selectOptions(screen.getByLabelText('Sort by'), 'name')
    const dir = screen.getByLabelText<HTMLSelectElement>('Order')
    expect(dir.selectedOptions[0]!.text).toBe('Z → A')
    expect(order()).toEqual(['mid-chat', 'image-gen', 'image-edit', 'dear-chat', 'cheap-chat'])
  })

  it('offers Chat for chatbots and Try for the rest, with Build, on every row', async () => {
    await renderWithProviders(<Catalog initial={{ view: 'provider', sort: 'name' }} />)
    const row = (model: string) =>
      screen.getAllByTestId(TestId.ServiceRow).find((r) => r.textContent?.includes(model))!
    const chat = within(row('cheap-chat')).getByRole('link', { name: /^Chat:/ })
    expect(chat.getAttribute('href')).toBe(`/playground?tab=chat&provider=${SERVICES[1]!.provider}`)
    const tryIt = within(row('image-edit')).getByRole('link', { name: /^Try:/ })
    expect(tryIt.textContent).toBe('Try')
    expect(tryIt.getAttribute('href')).toBe(
      `/playground?tab=edit&provider=${SERVICES[2]!.provider}`,
    )
    const build = within(row('image-edit')).getByRole('link', { name: /^Build:/ })
    expect(build.getAttribute('href')).toBe(`/services/${SERVICES[2]!.provider}#section-build`)
  })
})
