/** start-web serves a built folder: files, the app shell for unknown paths, no escape from the folder, busy port. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'

let server: Server
let base: string
const dir = mkdtempSync(path.join(os.tmpdir(), 'start-web-'))

function rawGet(port: number, rawPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1', () =>
      sock.write(`GET ${rawPath} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    )
    let data = ''
    sock.on('data', (d) => (data += d.toString()))
    sock.on('end', () => resolve(data))
    sock.on('error', reject)
  })
}

beforeAll(async () => {
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>')
  mkdirSync(path.join(dir, 'assets'))
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)')
  server = (await serveStatic({ dir, port: 0, host: '127.0.0.1' })) as Server
  const addr = server.address() as net.AddressInfo
  base = `http://127.0.0.1:${addr.port}`
})
afterAll(() => server.close())

describe('start-web', () => {
  it('serves files with their type and long caching for assets', async () => {
    const res = await fetch(`${base}/assets/app.js`)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cache-control')).toMatch(/immutable/)
    expect(await res.text()).toBe('console.log(1)')
  })

  it('answers unknown paths with the app shell', async () => {
    const res = await fetch(`${base}/ipfs/some-cid/deep/link`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>app</title>')
  })

  it('serves clean URLs of static exports (/page → page.html)', async () => {
    writeFileSync(path.join(dir, 'inference.html'), '<title>inference</title>')
    expect(await (await fetch(`${base}/inference`)).text()).toContain('<title>inference</title>')
  })

  it('never serves files outside the folder', async () => {
    const secret = `secret-${Date.now()}`
    const outside = path.join(path.dirname(dir), `${secret}.txt`)
    writeFileSync(outside, secret)
    const port = (server.address() as net.AddressInfo).port
    const reply = await rawGet(port, `/../${secret}.txt`)
    expect(reply).toMatch(/^HTTP\/1\.1 (403|200)/)
    expect(reply.split('\r\n\r\n')[1] ?? '').not.toContain(secret)
  })

  it('sends the security headers on every answer, errors included (400, 403, 404, 405)', async () => {
    const port = (server.address() as net.AddressInfo).port
    const answers = [
      await rawGet(port, '/%ZZ'),
      await rawGet(port, '/../../etc/passwd'),
      await rawGet(port, '/.build-stamp.json'),
    ]
    const post = await fetch(`${base}/`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('x-frame-options')).toBe('DENY')
    expect(answers[0]).toMatch(/^HTTP\/1\.1 400/)
    for (const reply of answers) {
      const head = reply.split('\r\n\r\n')[0]!.toLowerCase()
      expect(head).toContain("content-security-policy: default-src 'self'; frame-ancestors 'none'")
      expect(head).toContain('x-frame-options: deny')
      expect(head).toContain('x-content-type-options: nosniff')
      expect(head).toContain('referrer-policy: no-referrer')
    }
  })

  it('never serves dotfiles (build metadata, .git); .well-known stays public', async () => {
    writeFileSync(path.join(dir, '.build-stamp.json'), '{"rpcUrl":"http://secret-rpc"}')
    mkdirSync(path.join(dir, '.git'), { recursive: true })
    writeFileSync(path.join(dir, '.git', 'config'), 'secret-git')
    mkdirSync(path.join(dir, '.well-known'), { recursive: true })
    writeFileSync(path.join(dir, '.well-known', 'security.txt'), 'Contact: x')
    for (const p of ['/.build-stamp.json', '/.git/config', '/assets/../.build-stamp.json']) {
      const res = await fetch(`${base}${p}`)
      expect(res.status, p).toBe(404)
      expect(await res.text()).not.toMatch(/secret/)
    }
    expect(await (await fetch(`${base}/.well-known/security.txt`)).text()).toBe('Contact: x')
  })

  it('refuses a busy port with a clear message', async () => {
    const port = (server.address() as net.AddressInfo).port
    await expect(serveStatic({ dir, port, host: '127.0.0.1' })).rejects.toThrow(/busy/)
  })

  it('refuses a folder without index.html', async () => {
    await expect(
      serveStatic({ dir: os.tmpdir() + '/nope-' + Date.now(), port: 0, host: '127.0.0.1' }),
    ).rejects.toThrow(/build the UI first/)
  })
})
