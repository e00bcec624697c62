/**
 * Benchmark of one catalog keystroke: search + filters + sort (`filterServices`), grouping by model
 * and taking one page, over 1 000 and 10 000 synthetic services. Budget: 50 ms per keystroke at
 * 1 000 services (the scale requirement). Run: `npx tsx bench/catalog-filter.bench.ts`.
 * Exits 1 when the 1 000-service p95 is over budget.
 */
import { DEFAULT_QUERY, type CatalogQuery } from '../src/lib/catalog/catalog-query'
import { filterServices, type CatalogService } from '../src/lib/catalog/filter-services'
import { groupByModel, pageOfGroups } from '../src/lib/catalog/group-services'

const BUDGET_MS = 50
const TYPES = ['chatbot', 'text-to-image', 'image-editing', 'speech-to-text']
const MODELS = ['GLM-5-FP8', 'deepseek-chat-v3-0324', 'gpt-oss-120b', 'qwen3.6-plus', 'z-image']

function services(n: number): CatalogService[] {
  return Array.from({ length: n }, (_, i) => ({
    provider: `0x${(i + 1).toString(16).padStart(40, '0')}`,
    serviceType: TYPES[i % TYPES.length]!,
    url: `https://provider-${i}.example.com/v1`,
    model: i % 3 === 0 ? MODELS[i % MODELS.length]! : `${MODELS[i % MODELS.length]}-x${i}`,
    verifiability: i % 5 === 0 ? 'TeeTLS' : 'TeeML',
    inputPrice: BigInt((i * 7919) % 100_000) * 10n ** 9n,
    outputPrice: BigInt((i * 104_729) % 100_000) * 10n ** 9n,
    additionalInfo: '',
    teeSignerAcknowledged: i % 2 === 0,
  }))
}

/** One keystroke as the catalog does it: filter + sort, group, one page of 50. */
function keystroke(list: CatalogService[], query: CatalogQuery): number {
  const filtered = filterServices(list, query)
  const groups =
    query.view === 'model'
      ? groupByModel(filtered)
      : [{ key: 'all', model: '', services: filtered }]
  return pageOfGroups(groups, 1, 50).rows
}

function measure(n: number) {
  const list = services(n)
  const typed = 'qwen3.6-p'
  const times: number[] = []
  for (let round = 0; round < 20; round++) {
    for (let k = 0; k <= typed.length; k++) {
      const query: CatalogQuery = {
        ...DEFAULT_QUERY,
        q: typed.slice(0, k),
        view: round % 2 ? 'provider' : 'model',
        sort: (['input', 'output', 'name'] as const)[round % 3]!,
        ack: round % 4 === 0 ? 'yes' : 'any',
      }
      const t0 = performance.now()
      keystroke(list, query)
      times.push(performance.now() - t0)
    }
  }
  times.sort((a, b) => a - b)
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
  return { n, median: at(0.5), p95: at(0.95), max: times.at(-1)! }
}

measure(1000) // warm-up (JIT)
const small = measure(1000)
const large = measure(10_000)
for (const r of [small, large]) {
  console.log(
    `${String(r.n).padStart(6)} services: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms per keystroke`,
  )
}
console.log(`10 000 / 1 000 ratio (median): ${(large.median / small.median).toFixed(1)}×`)
const ok = small.p95 < BUDGET_MS
console.log(
  `${ok ? 'PASS' : 'FAIL'}: 1 000-service p95 ${small.p95.toFixed(2)} ms vs budget ${BUDGET_MS} ms`,
)
if (!ok) process.exitCode = 1
