import path from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// APP_PORT / APP_HOST override the default 127.0.0.1:3090 (the port of `0g-compute-cli ui start-web`).
const port = Number(process.env.APP_PORT ?? 3090)
const host = process.env.APP_HOST ?? '127.0.0.1'

// `vite --mode devnet` also loads .env.devnet (Vite's built-in mode files).
export default defineConfig({
  // Relative asset URLs: the static build works from any sub-path or IPFS gateway.
  base: './',
  plugins: [react(), tailwindcss()],
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
})
