import { createHash } from 'node:crypto'
import path from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { buildCsp } from './src/lib/csp.ts'
import {
  FIRST_SCREEN_PREVIEW_KEY,
  renderFirstScreenPreview,
} from './src/lib/catalog/first-screen-preview.ts'

/**
 * The first screen preview's script, inlined after the static frame so a returning visit paints
 * saved rows before the app's script runs (src/lib/catalog/first-screen-preview.ts).
 */
const previewScript = `(${renderFirstScreenPreview.toString()})(document, ${JSON.stringify(FIRST_SCREEN_PREVIEW_KEY)})`
const previewHash = `sha256-${createHash('sha256').update(previewScript).digest('base64')}`

function firstScreenPreview(): Plugin {
  return {
    name: 'first-screen-preview',
    transformIndexHtml(html) {
      const rootEnd = '<!-- end of #root -->'
      if (!html.includes(rootEnd))
        throw new Error(`first-screen-preview: index.html has no "${rootEnd}" marker`)
      return html.replace(rootEnd, `<script id="first-screen-preview">${previewScript}</script>`)
    },
  }
}

// APP_PORT / APP_HOST override the default 127.0.0.1:3090 (the port of `0g-compute-cli ui start-web`).
const port = Number(process.env.APP_PORT ?? 3090)
const host = process.env.APP_HOST ?? '127.0.0.1'

/**
 * Injects the Content-Security-Policy as a `<meta>` into the built index.html (docs/security.md).
 * Build only: the dev server needs inline scripts (React Refresh). bin/start-web.mjs sends the same
 * policy as a header, plus `frame-ancestors 'none'`, which a meta tag cannot carry.
 */
function cspMeta(mode: string): Plugin {
  // loadEnv also reads VITE_* from process.env (which wins over .env files).
  const raw = loadEnv(mode, import.meta.dirname, 'VITE_')
  const profiles = (raw.VITE_CHAIN_PROFILES?.trim() || 'mainnet,testnet,devnet')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const policy = buildCsp({
    profiles,
    devnetRpcUrl: raw.VITE_DEVNET_RPC_URL?.trim() || 'http://127.0.0.1:8545',
    wcProjectId: raw.VITE_WC_PROJECT_ID?.trim() || undefined,
    scriptHashes: [previewHash],
  })
  return {
    name: 'csp-meta',
    apply: 'build',
    // Right after <meta charset>, before any script or stylesheet it has to govern.
    transformIndexHtml(html) {
      const charset = /<meta charset="UTF-8" \/>/i
      if (!charset.test(html))
        throw new Error('csp-meta: index.html has no <meta charset="UTF-8" />')
      return html.replace(
        charset,
        (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      )
    },
  }
}

// `vite --mode devnet` also loads .env.devnet (Vite's built-in mode files).
export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the static build works from any sub-path or IPFS gateway.
  base: './',
  plugins: [react(), tailwindcss(), firstScreenPreview(), cspMeta(mode)],
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
          ],
        },
      },
    },
  },
  server: { port, host },
  preview: { port, host },
}))
