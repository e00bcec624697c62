import { useMemo, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { ChainText } from '@/components/ui/chain-text'
import { Field } from '@/components/ui/field'
import { NameMarks } from '@/components/ui/name-marks'
import { Textarea } from '@/components/ui/textarea'
import { useCompareRun } from '@/hooks/playground/use-compare-run'
import { usePlaygroundServices } from '@/hooks/playground/use-playground-services'
import { sameUrlText, sharedEndpoints } from '@/lib/catalog/lookalike'
import { shortAddress } from '@/lib/format'
import { runMetrics } from '@/lib/playground/run-metrics'
import { CompareColumn } from './compare-column'
import { downloadText } from './download'

/** Side-by-side: one prompt to 2–4 chat services, compared per column; results exportable. */
export function ComparePanel() {
  const { data: services = [] } = usePlaygroundServices('chatbot')
  const [chosen, setChosen] = useState<string[]>([])
  const shared = useMemo(() => sharedEndpoints(services), [services])
  const sameUrl = (p: string) => sameUrlText(shared.get(p.toLowerCase()))
  const [prompt, setPrompt] = useState('')
  const run = useCompareRun()
  const picked = services.filter((s) => chosen.includes(s.provider))
  const toggle = (p: string) =>
    setChosen((c) => (c.includes(p) ? c.filter((x) => x !== p) : c.length < 4 ? [...c, p] : c))
  const exportResults = () =>
    downloadText(
      '0g-side-by-side.json',
      JSON.stringify(
        {
          prompt: run.run?.prompt,
          columns: run.columns.map((c) => ({
            ...c,
            fee: c.fee?.toString() ?? null,
            metrics: runMetrics(c.times),
          })),
        },
        null,
        2,
      ),
    )
  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3 p-4">
        <fieldset className="flex min-w-0 flex-wrap gap-3">
          <legend className="mb-1 text-xs text-muted">Services (2 to 4)</legend>
          {services.map((s) => (
            <label
              key={s.provider}
              className="flex max-w-full min-w-0 flex-wrap items-center gap-1 text-sm"
            >
              <input
                type="checkbox"
                checked={chosen.includes(s.provider)}
                onChange={() => toggle(s.provider)}
              />
              <ChainText value={s.model} empty="(no model name)" className="max-w-64" />
              <span className="font-mono text-xs text-muted" title={s.provider}>
                {shortAddress(s.provider)}
              </span>
              <NameMarks name={s.model} sameUrl={sameUrl(s.provider)} />
            </label>
          ))}
        </fieldset>
        <Field label="Prompt for all">
          <Textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} />
        </Field>
        <div className="flex gap-2">
          <Button
            disabled={picked.length < 2 || !prompt.trim() || run.isPending}
            onClick={() => run.mutate({ services: picked, prompt })}
          >
            {run.isPending ? 'Running…' : 'Run side by side'}
          </Button>
          <Button
            variant="secondary"
            disabled={run.columns.length === 0 || run.isPending}
            onClick={exportResults}
          >
            Export results
          </Button>
        </div>
      </Card>
      <div className="grid min-w-0 gap-3 md:grid-cols-2 lg:grid-cols-4">
        {run.columns.map((c) => (
          <CompareColumn
            key={c.provider}
            column={c}
            sameUrl={sameUrl(c.provider)}
            onRetryVerdict={run.retryVerdict(c)}
          />
        ))}
      </div>
    </div>
  )
}
