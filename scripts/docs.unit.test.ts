/**
 * The docs hold (issue #12.9): every relative link in the repository's Markdown resolves (file and
 * heading), every `docs/….md` path named in code or docs exists, nothing points outside the
 * repository into the sibling `shared` folder, and the browser code never imports the SDK, ethers
 * or a Node built-in (docs/adr/0005-no-node-polyfills.md). Not covered: external URLs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')

/** Build output, dependencies, devnet state and test reports: not ours to check. */
const SKIP_DIR =
  /^(node_modules|\.git|dist.*|test-results.*|playwright-report|blob-report|\.devnet.*|\.out)$/
const TEXT_FILE = /\.(md|ts|tsx|js|mjs|cjs|json|sh|html|css|ya?ml)$/

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      if (!SKIP_DIR.test(name)) walk(full, out)
    } else if (TEXT_FILE.test(name) && name !== 'package-lock.json') {
      out.push(full)
    }
  }
  return out
}

const files = walk(root)
const rel = (f: string) => path.relative(root, f)
const markdown = files.filter((f) => f.endsWith('.md'))

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)))
}

/** `[text](target)` links outside code blocks and inline code. */
function linksOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
}

describe('docs', () => {
  it('finds the Markdown it checks', () => {
    expect(markdown.map(rel)).toEqual(
      expect.arrayContaining([
        'README.md',
        'CONTRIBUTING.md',
        'devnet/README.md',
        'docs/protocol.md',
      ]),
    )
  })

  it('every relative Markdown link resolves, headings included', () => {
    const broken: string[] = []
    for (const file of markdown) {
      for (const link of linksOf(file)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue // http:, https:, mailto:
        const [target = '', anchor] = link.split('#')
        const resolved = target ? path.resolve(path.dirname(file), target) : file
        if (!existsSync(resolved)) {
          broken.push(`${rel(file)}: ${link} (no such file)`)
        } else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
          broken.push(`${rel(file)}: ${link} (no such heading)`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('every docs/….md path named in code or docs exists', () => {
    const missing: string[] = []
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?<![\w./-])docs\/[\w./-]+?\.md\b/g)) {
        if (!existsSync(path.join(root, m[0]))) missing.push(`${rel(file)}: ${m[0]}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('nothing points outside the repository into the shared folder', () => {
    const outside = ['..', 'shared'].join('/')
    const hits = files.filter((f) => readFileSync(f, 'utf8').includes(outside)).map(rel)
    expect(hits).toEqual([])
  })

  it('the browser code imports neither the SDK, ethers nor Node built-ins (ADR 0005)', () => {
    const forbidden =
      /(?:^\s*import\b[^'"]*?from\s*|^\s*export\b[^'"]*?from\s*|\bimport\(\s*|^\s*import\s+)['"](node:[^'"]+|buffer|crypto|stream|fs|fs\/promises|path|os|child_process|readline|util|ethers|@0gfoundation\/[^'"]*|@0glabs\/[^'"]*)['"]/m
    const offenders = files
      .filter((f) => rel(f).startsWith('src/') && /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .filter((f) => forbidden.test(readFileSync(f, 'utf8')))
      .map(rel)
    expect(offenders).toEqual([])
  })
})
