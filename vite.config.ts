import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { firstPaintCss } from './scripts/first-paint-css.ts'
import { inlineLogo } from './scripts/inline-logo.ts'
import { buildCsp } from './src/lib/csp.ts'
import {
  FIRST_SCREEN_PREVIEW_KEY,
  PREVIEW_COLUMNS,
  renderFirstScreenPreview,
  startAppScripts,
} from './src/lib/catalog/first-screen-preview.ts'

// APP_PORT / APP_HOST override the default 127.0.0.1:3090 (the port of `0g-compute-cli ui start-web`).
const port = Number(process.env.APP_PORT ?? 3090)
const host = process.env.APP_HOST ?? '127.0.0.1'

const previewCall = `(${renderFirstScreenPreview.toString()})(document, ${JSON.stringify(FIRST_SCREEN_PREVIEW_KEY)}, ${JSON.stringify(PREVIEW_COLUMNS)})`
const ROOT_END = '<!-- end of #root -->'
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`

/**
 * index.html's first screen preview and Content-Security-Policy (docs/adr/0007, docs/security.md):
 * - dev and build: the frame's logo drawn inline from public/favicon.svg (scripts/inline-logo.ts);
 * - dev: the preview script after the static frame (Vite's own scripts start the app);
 * - build, after Vite has written its tags: the entry `<script type="module">`, its
 *   `modulepreload` links and its stylesheet leave the head; one inline script after the frame
 *   draws the preview and then starts them (`startAppScripts`: after the preview's first paint
 *   when it drew one); the rules of the frame and the preview (`firstPaintCss`, from the same
 *   Tailwind stylesheet) go into the head as a `<style>`, so that paint waits for no file; the
 *   policy, allowing that script by its SHA-256 and no other inline script, goes in as a `<meta>`
 *   right after `<meta charset>`. bin/start-web.mjs sends the same policy as a header, plus
 *   `frame-ancestors 'none'`, which a meta tag cannot carry. (The dev server needs inline
 *   scripts for React Refresh, so it gets no policy.)
 */
function firstScreenAndCsp(mode: string): Plugin {
  // loadEnv also reads VITE_* from process.env (which wins over .env files).
  const raw = loadEnv(mode, import.meta.dirname, 'VITE_')
  const profiles = (raw.VITE_CHAIN_PROFILES?.trim() || 'mainnet,testnet,devnet')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const inline = (script: string) => `<script id="first-screen-preview">${script}</script>`
  const needMarker = (html: string) => {
    if (!html.includes(ROOT_END))
      throw new Error(`first-screen-preview: index.html has no "${ROOT_END}" marker`)
  }
  return {
    name: 'first-screen-and-csp',
    transformIndexHtml: {
      order: 'post',
      async handler(source, ctx) {
        needMarker(source)
        const html = inlineLogo(
          source,
          readFileSync(path.join(import.meta.dirname, 'public/favicon.svg'), 'utf8'),
        )
        if (ctx.server) return html.replace(ROOT_END, inline(previewCall))
        const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g
        const preloadTag = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g
        const stylesheetTag = /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g
        const entries = [...html.matchAll(entryTag)].map((m) => m[1]!)
        if (entries.length !== 1)
          throw new Error(
            `first-screen-preview: expected one entry script, found ${entries.length}`,
          )
        const preloads = [...html.matchAll(preloadTag)].map((m) => m[1]!)
        const stylesheets = [...html.matchAll(stylesheetTag)].map((m) => m[1]!)
        const script = `(${startAppScripts.toString()})(document, ${previewCall}, ${JSON.stringify(entries[0])}, ${JSON.stringify(preloads)}, ${JSON.stringify(stylesheets)})`
        const css = await firstPaintCss({
          stylesheet: path.join(import.meta.dirname, 'src/styles/index.css'),
          sources: [
            path.join(import.meta.dirname, 'index.html'),
            path.join(import.meta.dirname, 'src/lib/catalog/first-screen-preview.ts'),
          ],
        })
        if (css.includes('</')) throw new Error('first-paint-css: "</" in the inlined CSS')
        const policy = buildCsp({
          profiles,
          devnetRpcUrl: raw.VITE_DEVNET_RPC_URL?.trim() || 'http://127.0.0.1:8545',
          wcProjectId: raw.VITE_WC_PROJECT_ID?.trim() || undefined,
          scriptHashes: [sha256(script)],
        })
        const charset = /<meta charset="UTF-8" \/>/i
        if (!charset.test(html))
          throw new Error('csp-meta: index.html has no <meta charset="UTF-8" />')
        if (!html.includes('</head>')) throw new Error('first-paint-css: index.html has no </head>')
        return html
          .replace(entryTag, '')
          .replace(preloadTag, '')
          .replace(stylesheetTag, '')
          .replace(/\s*<\/head>/, `\n    <style id="first-paint-css">${css}</style>\n  </head>`)
          .replace(ROOT_END, inline(script))
          .replace(
            charset,
            (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          )
      },
    },
  }
}

// `vite --mode devnet` also loads .env.devnet (Vite's built-in mode files).
export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the static build works from any sub-path or IPFS gateway.
  base: './',
  plugins: [react(), tailwindcss(), firstScreenAndCsp(mode)],
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Route → chunk graph for the bundle budget (scripts/bundle-budget.ts) and `npm run bench`.
    manifest: true,
    // wagmi + viem + RainbowKit make the entry chunk ~740 kB (~215 kB gzip); warn only beyond that.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // React in its own long-lived chunk. (A web3 group would also capture modules that are
        // otherwise lazy — WalletConnect, MetaMask SDK, RainbowKit locales — so it is left to rolldown.)
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            // viem's modules in as few chunks as the routes that share them allow (entriesAware:
            // one chunk per set of importing entries). Left to rolldown, the viem actions the
            // first screen shares with the route chunks' transaction client were split into ten
            // small chunks: 34 first-screen files and 201.0 KiB gzip instead of 26 and 199.7.
            {
              name: 'viem',
              test: /node_modules[\\/](viem|ox|abitype|@noble)[\\/]/,
              entriesAware: true,
            },
          ],
        },
      },
    },
  },
  server: { port, host },
  preview: { port, host },
}))
