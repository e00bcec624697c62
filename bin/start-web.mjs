#!/usr/bin/env node
/**
 * start-web: serves the built marketplace UI (a static folder) on http://localhost:3090, like the
 * official `0g-compute-cli ui start-web`. For Mainnet/Testnet use it needs no devnet.
 *   start-web [--port 3090] [--host localhost] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/**
 * Security headers of every response (docs/security.md). The CSP is the one the build put into
 * index.html's <meta> (so it matches the build's network profile) plus `frame-ancestors 'none'`,
 * which only a header can carry.
 */
export function securityHeaders(indexHtml) {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(indexHtml)
  const csp = meta
    ? meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"')
    : "default-src 'self'"
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'microphone=(self), camera=(), geolocation=(), payment=(), usb=()',
  }
}

/** Serves `dir` on host:port; resolves with the server once it listens. Rejects on a busy port. */
export function serveStatic({ dir, port, host }) {
  const root = path.resolve(dir)
  if (!existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(
      new Error(`${root}/index.html not found: build the UI first (npm run build)`),
    )
  }
  const headers = securityHeaders(readFileSync(path.join(root, 'index.html'), 'utf8'))
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end()
      return
    }
    // Every answer carries the security headers, errors included.
    const refuse = (status, text) =>
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(text)
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      return refuse(400, 'bad request')
    }
    let file = path.join(root, path.normalize(pathname))
    if (!file.startsWith(root)) return refuse(403, 'forbidden')
    // Dotfiles (build metadata, editor files, .git) are never served; only .well-known is public.
    const hidden = path
      .relative(root, file)
      .split(path.sep)
      .some((part) => part.startsWith('.') && part !== '.well-known')
    if (hidden) return refuse(404, 'not found')
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const index = path.join(file, 'index.html')
      const clean = `${file.replace(/[\\/]+$/, '')}.html`
      // Clean URLs (`/page` → page.html, as static exports expect); anything else gets the app
      // shell (our routing lives in the URL hash, so this is only a fallback).
      if (existsSync(index)) file = index
      else if (existsSync(clean)) file = clean
      else file = path.join(root, 'index.html')
    }
    const ext = path.extname(file)
    const immutable = file.includes(`${path.sep}assets${path.sep}`)
    res.writeHead(200, {
      ...headers,
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is busy: stop what listens there or pass --port`)
          : err,
      )
    })
    server.listen(port, host, () => resolve(server))
  })
}

function parseArgs(argv) {
  const opts = { port: 3090, host: 'localhost', dir: null }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--port' || a === '-p') opts.port = Number(next())
    else if (a === '--host') opts.host = next()
    else if (a === '--dir') opts.dir = next()
    else if (a === '--help' || a === '-h') opts.help = true
    else throw new Error(`unknown option ${a}`)
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error('--port must be a whole number from 0 to 65535')
  }
  return opts
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2))
    if (opts.help) {
      console.log('start-web [--port 3090] [--host localhost] [--dir <built UI folder>]')
      process.exit(0)
    }
    const dir = opts.dir ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
    await serveStatic({ dir, port: opts.port, host: opts.host })
    console.log(`0G Compute marketplace UI on http://${opts.host}:${opts.port}`)
  } catch (e) {
    console.error(`start-web: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
}
