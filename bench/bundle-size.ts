/**
 * Script bytes a route needs before it can render, from the Vite manifest (ours) or the script tags
 * of a static HTML page (the official UI). Minified and gzipped (level 9), in bytes.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ScriptBytes {
  files: string[]
  minified: number
  gzipped: number
}

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

function measure(root: string, files: Iterable<string>): ScriptBytes {
  const list = [...new Set(files)].sort()
  let minified = 0
  let gzipped = 0
  for (const f of list) {
    const bytes = readFileSync(path.join(root, f))
    minified += bytes.length
    gzipped += gzipSync(bytes, { level: 9 }).length
  }
  return { files: list, minified, gzipped }
}

function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || into.has(chunk.file)) return into
  into.add(chunk.file)
  for (const dep of chunk.imports ?? []) closure(manifest, dep, into)
  return into
}

function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest
}

/** JS loaded by index.html before the first route renders (entry + its static imports). */
export function initialJs(dist: string): ScriptBytes {
  const manifest = readManifest(dist)
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)
  if (!entry) throw new Error(`no entry in ${dist}/.vite/manifest.json`)
  return measure(dist, closure(manifest, entry))
}

/** JS of a lazily loaded page (`src/pages/<name>.tsx`) that is not already in the initial load. */
export function routeJs(dist: string, page: string): ScriptBytes & { total: ScriptBytes } {
  const manifest = readManifest(dist)
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!
  const initial = closure(manifest, entry)
  const key = Object.keys(manifest).find((k) => k.endsWith(`src/pages/${page}.tsx`))
  if (!key) throw new Error(`page ${page} is not a chunk of its own in ${dist}`)
  const all = closure(manifest, key)
  const extra = [...all].filter((f) => !initial.has(f))
  return { ...measure(dist, extra), total: measure(dist, [...initial, ...all]) }
}

/** JS referenced by `<script src>` in a static HTML page (absolute `/…` paths under `root`). */
export function htmlPageJs(root: string, htmlFile: string): ScriptBytes {
  const html = readFileSync(path.join(root, htmlFile), 'utf8')
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/^\//, ''),
  )
  return measure(root, srcs)
}
