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
