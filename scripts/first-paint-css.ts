/**
 * The CSS of index.html's first paint, inlined into the built page's head by vite.config.ts so the
 * static frame and the saved preview (src/lib/catalog/first-screen-preview.ts) are painted
 * without waiting for the app's stylesheet (docs/adr/0007-first-screen-preview.md,
 * docs/performance.md). Tailwind's own compiler and scanner build it from our stylesheet and the
 * class names those two files use, so its rules are the ones the full stylesheet has for them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compile, optimize } from '@tailwindcss/node'
import { Scanner } from '@tailwindcss/oxide'

export interface FirstPaintCssInput {
  /** The app's Tailwind entry stylesheet (src/styles/index.css). */
  stylesheet: string
  /** The files whose class names the first paint uses. */
  sources: readonly string[]
}

/** Minified CSS for the class names in `sources`, from `stylesheet`'s theme and base layers. */
export async function firstPaintCss({ stylesheet, sources }: FirstPaintCssInput): Promise<string> {
  const compiler = await compile(readFileSync(stylesheet, 'utf8'), {
    base: path.dirname(stylesheet),
    onDependency: () => {},
  })
  const candidates = new Scanner({}).scanFiles(
    sources.map((file) => ({
      content: readFileSync(file, 'utf8'),
      extension: path.extname(file).slice(1),
    })),
  )
  return optimize(compiler.build(candidates), { minify: true }).code
}
