/** Catalog search, filters, sorts, grouping, URL round trip and the empty-result reason. */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_QUERY,
  parseCatalogQuery,
  toSearchParams,
  type CatalogQuery,
} from './catalog-query'
import { emptyReason, filterServices, type CatalogService } from './filter-services'
import { groupByModel, pageOfGroups } from './group-services'
import { tiersInfo } from '../protocol/tiers.testkit'

const svc = (i: number, o: Partial<CatalogService> = {}): CatalogService => ({
  provider: `0x${(i + 1).toString(16).padStart(40, '0')}`,
  serviceType: 'chatbot',
  url: `http://127.0.0.1:8600/s${i}`,
  model: `model-${i}`,
  verifiability: 'TeeML',
  inputPrice: BigInt(100 - i),
  outputPrice: BigInt(i),
  additionalInfo: '',
  teeSignerAcknowledged: true,
  ...o,
})

const services = [
  svc(0, { model: 'GLM-5' }),
  svc(1, { model: 'qwen', verifiability: 'TeeTLS' }),
  svc(2, { model: 'z-image', serviceType: 'text-to-image', teeSignerAcknowledged: false }),
  svc(3, { model: 'qwen', inputPrice: 5n }),
]
const q = (o: Partial<CatalogQuery>) => ({ ...DEFAULT_QUERY, ...o })

describe('filterServices', () => {
  it('searches model, provider address and URL, case-insensitively', () => {
    expect(filterServices(services, q({ q: 'QWEN' })).map((s) => s.model)).toEqual(['qwen', 'qwen'])
    expect(
      filterServices(services, q({ q: services[2]!.provider.toUpperCase().slice(2) })),
    ).toHaveLength(1)
    expect(filterServices(services, q({ q: '/s1' }))).toEqual([services[1]])
  })

  it('filters by type, mode and acknowledgement', () => {
    expect(filterServices(services, q({ types: ['text-to-image'] }))).toEqual([services[2]])
    expect(filterServices(services, q({ modes: ['TeeTLS'] }))).toEqual([services[1]])
    expect(filterServices(services, q({ ack: 'no' }))).toEqual([services[2]])
    expect(filterServices(services, q({ ack: 'yes' }))).toHaveLength(3)
  })

  it('sorts by input, output, name and recent use, without mutating the input', () => {
    const before = [...services]
    // z-image (text-to-image) has no input price: after the priced services.
    expect(filterServices(services, q({ sort: 'input' })).map((s) => s.inputPrice)).toEqual([
      5n,
      99n,
      100n,
      98n,
    ])
    expect(filterServices(services, q({ sort: 'output' })).map((s) => s.outputPrice)).toEqual([
      0n,
      1n,
      2n,
      3n,
    ])
    expect(filterServices(services, q({ sort: 'name' })).map((s) => s.model)).toEqual([
      'GLM-5',
      'qwen',
      'qwen',
      'z-image',
    ])
    const recent = new Map([
      [services[2]!.provider.toLowerCase(), 10],
      [services[0]!.provider.toLowerCase(), 5],
    ])
    expect(filterServices(services, q({ sort: 'recent' }), recent).map((s) => s.model)).toEqual([
      'z-image',
      'GLM-5',
      'qwen',
      'qwen',
    ])
    expect(services).toEqual(before)
  })

  it('reverses each sort with dir=desc, services without the value still last', () => {
    const models = (o: Partial<CatalogQuery>, recent?: Map<string, number>) =>
      filterServices(services, q(o), recent).map((s) => s.model)
    expect(
      filterServices(services, q({ sort: 'input', dir: 'desc' })).map((s) => s.inputPrice),
    ).toEqual([100n, 99n, 5n, 98n])
    expect(models({ sort: 'output', dir: 'desc' })).toEqual(['qwen', 'z-image', 'qwen', 'GLM-5'])
    expect(models({ sort: 'name', dir: 'desc' })).toEqual(['z-image', 'qwen', 'qwen', 'GLM-5'])
    const recent = new Map([
      [services[2]!.provider.toLowerCase(), 10],
      [services[0]!.provider.toLowerCase(), 5],
    ])
    expect(models({ sort: 'recent', dir: 'desc' }, recent)).toEqual([
      'GLM-5',
      'z-image',
      'qwen',
      'qwen',
    ])
    // A speech service billed per second has no output price: last by output, both ways.
    const speech = svc(4, {
      model: 'whisper',
      serviceType: 'speech-to-text',
      additionalInfo: '{"billingUnit":"second"}',
      outputPrice: 0n,
    })
    for (const dir of ['asc', 'desc'] as const)
      expect(filterServices([speech, ...services], q({ sort: 'output', dir })).at(-1)!.model).toBe(
        'whisper',
      )
  })
})

describe('filterServices, sorting each list once', () => {
  // Many services with repeated prices and models, so ties and every filter matter.
  const many = Array.from({ length: 300 }, (_, i) =>
    svc(i, {
      model: ['qwen', 'GLM-5', 'z-image', 'Qwen'][i % 4]!,
      serviceType: i % 4 === 2 ? 'text-to-image' : 'chatbot',
      verifiability: i % 3 ? 'TeeML' : 'TeeTLS',
      inputPrice: BigInt((i * 7) % 13),
      outputPrice: BigInt((i * 5) % 11),
      teeSignerAcknowledged: i % 5 !== 0,
    }),
  )
  /** The same services as new objects: a list nothing was sorted from before. */
  const clones = (list: readonly CatalogService[]) => list.map((x) => ({ ...x }))
  const queries: Partial<CatalogQuery>[] = [
    {},
    { q: 'qw' },
    { q: 'qwen', sort: 'output', dir: 'desc' },
    { q: '1', types: ['chatbot'], modes: ['TeeTLS'] },
    { ack: 'no', sort: 'name' },
    { sort: 'name', dir: 'desc', q: 's2' },
    { sort: 'recent' },
    { sort: 'input', dir: 'desc', ack: 'yes' },
  ]

  it('gives what filtering then sorting gives, for every query, in any order of calls', () => {
    const recent = new Map([[many[7]!.provider.toLowerCase(), 3]])
    // The reference: fresh copies each time (nothing kept), filtered first, then sorted.
    const reference = (o: Partial<CatalogQuery>) => {
      const filtered = filterServices(clones(many), { ...q(o), q: '' }, recent).filter(
        (s) => filterServices([s], q(o), recent).length === 1,
      )
      return filtered.map((s) => s.provider)
    }
    for (const round of [1, 2])
      for (const o of round === 1 ? queries : [...queries].reverse())
        expect(filterServices(many, q(o), recent).map((s) => s.provider)).toEqual(reference(o))
  })

  it('sorts a list that extends one sorted before (a cold load growing) as a full sort does', () => {
    const recent = new Map([
      [many[250]!.provider.toLowerCase(), 9],
      [many[3]!.provider.toLowerCase(), 1],
    ])
    for (const o of queries) {
      // Snapshots as a cold load makes them: each one the previous one's services, then more.
      const growing = [50, 120, 121, 300].map((n) => many.slice(0, n))
      for (const list of growing) {
        const full = filterServices(clones(list), q(o), recent).map((s) => s.provider)
        expect(filterServices(list, q(o), recent).map((s) => s.provider)).toEqual(full)
      }
    }
  })

  it('re-sorts when the recent-use map changes, and returns a new array each time', () => {
    const first = new Map([[many[1]!.provider.toLowerCase(), 1]])
    const second = new Map([[many[2]!.provider.toLowerCase(), 1]])
    const a = filterServices(many, q({ sort: 'recent' }), first)
    const b = filterServices(many, q({ sort: 'recent' }), second)
    expect(a[0]).toBe(many[1])
    expect(b[0]).toBe(many[2])
    expect(filterServices(many, q({}))).not.toBe(filterServices(many, q({})))
    a.length = 0 // a caller changing its result does not change the next one
    expect(filterServices(many, q({ sort: 'recent' }), first)).toHaveLength(many.length)
  })
})

describe('sorting by what a typical request pays (1,000 input / 500 output tokens)', () => {
  const plain = svc(0, { model: 'plain', inputPrice: 1_000_000n, outputPrice: 2_000_000n })
  // 1 neuron base prices, ×10^15 on every request: really 10^15 neuron per token.
  const every = svc(1, {
    model: 'every',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: tiersInfo([0, 1e15, 1e15]),
  })
  // ×1 up to 999 input tokens, ×10^9 from 1,000: a typical request pays the second tier.
  const atTypical = svc(2, {
    model: 'at-typical',
    inputPrice: 2n,
    outputPrice: 2n,
    additionalInfo: tiersInfo([999, 1, 1], [0, 1e9, 1e9]),
  })
  // ×1 up to 1,000 input tokens (the typical request is still in it), ×10^20 above.
  const belowTypical = svc(3, {
    model: 'below-typical',
    inputPrice: 3n,
    outputPrice: 3n,
    additionalInfo: tiersInfo([1000, 1, 1], [0, 1e20, 1e20]),
  })
  // A fractional discount: 1.5 neuron per token at the typical tier.
  const discount = svc(4, {
    model: 'discount',
    inputPrice: 3n,
    outputPrice: 3n,
    additionalInfo: tiersInfo([0, 0.5, 0.5]),
  })
  const list = [plain, every, atTypical, belowTypical, discount]
  const models = (sort: CatalogQuery['sort']) =>
    filterServices(list, q({ sort })).map((s) => s.model)

  it('applies the tier a typical request hits before comparing prices', () => {
    expect(models('input')).toEqual(['discount', 'below-typical', 'plain', 'at-typical', 'every'])
    expect(models('output')).toEqual(['discount', 'below-typical', 'plain', 'at-typical', 'every'])
  })

  it('the model view lists a tiered provider by its typical price, not its base price', () => {
    const same = list.map((s) => ({ ...s, model: 'm' }))
    const group = groupByModel(filterServices(same, q({ sort: 'name' })))[0]!
    expect(group.services.map((s) => s.provider)).toEqual(
      [discount, belowTypical, plain, atTypical, every].map((s) => s.provider),
    )
  })

  it('ignores tiers that the protocol does not apply (image prices, invalid tiers)', () => {
    const image = (i: number, price: bigint, info: string) =>
      svc(i, {
        model: `img-${i}`,
        serviceType: 'text-to-image',
        outputPrice: price,
        additionalInfo: info,
      })
    const a = image(10, 5n, tiersInfo([0, 1e15, 1e15]))
    const b = image(11, 6n, '')
    const c = svc(12, {
      model: 'bad-tiers',
      inputPrice: 7n,
      additionalInfo: '{"tieredPricing":{"tiers":[{}]}}',
    })
    expect(filterServices([b, a], q({ sort: 'output' })).map((s) => s.model)).toEqual([
      'img-10',
      'img-11',
    ])
    expect(filterServices([plain, c], q({ sort: 'input' })).map((s) => s.model)).toEqual([
      'bad-tiers',
      'plain',
    ])
  })
})

describe('groupByModel', () => {
  it('groups providers of a model, cheapest first', () => {
    const groups = groupByModel(filterServices(services, q({ sort: 'name' })))
    expect(groups.map((g) => [g.model, g.services.length])).toEqual([
      ['GLM-5', 1],
      ['qwen', 2],
      ['z-image', 1],
    ])
    expect(groups[1]!.services.map((s) => s.inputPrice)).toEqual([5n, 99n])
  })
  it('pages by rows across groups, marking a group that continues from the previous page', () => {
    const g = (key: string, n: number) => ({
      key,
      model: key,
      services: Array.from({ length: n }, (_, i) => `${key}${i}`),
    })
    const groups = [g('a', 1), g('b', 5), g('c', 2)]
    const shape = (page: number) => {
      const p = pageOfGroups(groups, page, 3)
      return [
        p.page,
        p.pages,
        p.rows,
        p.items.map((x) => [x.services.join(','), x.size, x.continued]),
      ]
    }
    expect(shape(1)).toEqual([
      1,
      3,
      8,
      [
        ['a0', 1, false],
        ['b0,b1', 5, false],
      ],
    ])
    expect(shape(2)).toEqual([2, 3, 8, [['b2,b3,b4', 5, true]]])
    expect(shape(3)).toEqual([3, 3, 8, [['c0,c1', 2, false]]])
    // Out of range pages clamp; an empty list is one empty page.
    expect(shape(99)[0]).toBe(3)
    expect(shape(0)[0]).toBe(1)
    expect(pageOfGroups([], 1, 3)).toEqual({ items: [], page: 1, pages: 1, rows: 0 })
  })
  it('keeps a page within the row limit when one model has a thousand providers', () => {
    const big = { key: 'm', model: 'm', services: Array.from({ length: 1000 }, (_, i) => i) }
    const p = pageOfGroups([big], 2, 50)
    expect(p.pages).toBe(20)
    expect(p.items).toHaveLength(1)
    expect(p.items[0]!.services).toHaveLength(50)
    expect(p.items[0]!.services[0]).toBe(50)
  })
})

describe('emptyReason', () => {
  it('names the filter that emptied the list', () => {
    expect(emptyReason([], DEFAULT_QUERY)).toMatch(/No services are registered/)
    expect(emptyReason(services, q({ q: 'nothing' }))).toBe(
      'No service matches the search “nothing”.',
    )
    expect(emptyReason(services, q({ q: 'qwen', types: ['text-to-image'] }))).toBe(
      '2 services match so far, but none has type text-to-image.',
    )
    expect(emptyReason(services, q({ modes: ['TeeTLS'], ack: 'no' }))).toBe(
      '1 service matches so far, but none has an unacknowledged TEE signer.',
    )
  })
})

describe('catalog URL state', () => {
  it('round-trips every field and omits defaults', () => {
    const state: CatalogQuery = {
      view: 'provider',
      q: 'qwen 3',
      types: ['chatbot', 'speech-to-text'],
      modes: ['TeeTLS'],
      ack: 'yes',
      sort: 'output',
      dir: 'desc',
      page: 3,
      compare: [services[0]!.provider, services[1]!.provider],
    }
    expect(parseCatalogQuery(new URLSearchParams(toSearchParams(state).toString()))).toEqual(state)
    expect(toSearchParams(DEFAULT_QUERY).toString()).toBe('')
  })
  it('drops invalid values', () => {
    const parsed = parseCatalogQuery(
      new URLSearchParams('view=x&sort=evil&ack=maybe&page=-2&cmp=0x1,javascript:alert(1)'),
    )
    expect(parsed).toEqual(DEFAULT_QUERY)
  })
})
