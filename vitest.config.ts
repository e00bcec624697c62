import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Three projects: `unit` (pure code, no chain), `dom` (components and hooks in happy-dom, with
// wagmi's mock connector and no network; src/testing/render-with-providers.tsx) and `devnet` (a real
// devnet started once per run).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'devnet/**/*.unit.test.ts', 'scripts/**/*.unit.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.dom.test.tsx'],
          setupFiles: ['src/testing/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'devnet',
          environment: 'node',
          include: ['devnet/test/**/*.test.ts'],
          globalSetup: ['devnet/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // devnet/test/load.test.ts measures the in-process provider server's heap after a GC.
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
})
