import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Two projects: `unit` (pure code, no chain) and `devnet` (a real devnet started once per run).
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
