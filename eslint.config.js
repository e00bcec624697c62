/**
 * ESLint for the whole repo (src, devnet, e2e, scripts, bin). Not type-aware, to keep a full run
 * fast on 2 cores; `tsc -b` does the type checking. Module boundaries: docs/house-style.md.
 */
import path from 'node:path'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import checkFile from 'eslint-plugin-check-file'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

/** Domain folders under src/components: each may use ui, feedback and wallet, not its siblings. */
const componentDomains = [
  'feedback',
  'layout',
  'ledger',
  'playground',
  'services',
  'settings',
  'wallet',
]

/** What components and pages may import from src (pages may also import pages). */
const viewImports = [
  './components',
  './hooks',
  './chain',
  './contracts/service.ts',
  './lib',
  './config/paths.ts',
]

/** docs/house-style.md's module boundaries as import-x zones (`except` is relative to `from`). */
const boundaryZones = [
  { target: './src/lib', from: './src', except: ['./lib'], message: 'lib/ is pure: no app code.' },
  { target: './src/contracts', from: './src', except: ['./contracts', './lib'] },
  { target: './src/config', from: './src', except: ['./config', './lib', './contracts'] },
  { target: './src/api', from: './src', except: ['./api', './lib', './config/env.ts'] },
  {
    // Chain reads without React: fetchers, key factories, queryOptions, the transaction watcher and
    // response verification, importable by hooks, devnet tests, e2e and bench alike. They may use
    // api/ because verifying a response fetches its signature (api/signature-client) and a tracked
    // transaction is stored (api/tx-store); api/ never imports chain/. No config/wagmi.ts or
    // config/wallet-connectors.ts: those build the React wallet UI.
    target: './src/chain',
    from: './src',
    except: ['./chain', './api', './contracts', './lib', './config/chains.ts', './config/env.ts'],
    message: 'chain/ is React-free: no hooks/, components/, pages/, app/ or wagmi config.',
  },
  {
    target: './src/hooks',
    from: './src',
    except: ['./hooks', './chain', './api', './contracts', './config', './lib'],
  },
  {
    // ui/ may use the pure class-name and untrusted-text helpers (chain-text.tsx, name-marks.tsx).
    target: './src/components/ui',
    from: './src',
    except: ['./components/ui', './lib/cn.ts', './lib/untrusted-text.ts'],
  },
  ...componentDomains.map((domain) => ({
    target: `./src/components/${domain}`,
    from: './src/components',
    except: [...new Set([`./${domain}`, './ui', './feedback', './wallet'])],
    message: 'Domain components may use ui/, feedback/ and wallet/ only; lift shared parts there.',
  })),
  {
    // chain/ and contracts/service.ts for types only (`import type`, enforced by chainTypesOnly
    // below): data comes from hooks.
    target: './src/components',
    from: './src',
    except: viewImports,
  },
  { target: './src/pages', from: './src', except: ['./pages', ...viewImports] },
  {
    target: './src',
    from: ['./devnet', './e2e', './scripts', './bin'],
    message: 'The app never imports Node-side code.',
  },
  // src/testing (renderWithProviders) is for *.dom.test.tsx only: app code never imports it.
  { target: './src/app', from: './src/testing' },
  { target: './devnet/src', from: './src', except: ['./lib/protocol', './contracts'] },
  {
    // Devnet tests also run the app's chain reads (src/chain: plain viem, no React) and the
    // service page's generated SDK/CLI snippets (pure strings; build-snippets.test.ts runs them).
    target: './devnet/test',
    from: './src',
    except: ['./lib/protocol', './contracts', './chain', './lib/catalog/snippets.ts'],
  },
  {
    // The devnet test kit (user actor, app-sk tokens, knobs), shared by devnet tests and e2e.
    target: './devnet/testkit',
    from: './src',
    except: ['./lib/protocol', './contracts'],
  },
  {
    target: './e2e',
    from: './src',
    except: ['./lib/protocol', './lib/test-ids.ts', './contracts', './chain'],
  },
  {
    // Benchmarks measure the app's own code paths, never its React layer.
    target: './bench',
    from: './src',
    except: ['./lib', './contracts', './api', './chain'],
  },
]

/** Components and pages may name chain/ and contract types, never call them (a hook does). */
const chainTypesOnly = {
  group: ['@/chain/**', '@/contracts/**', '../chain/**', '../../chain/**'],
  allowTypeImports: true,
  message: 'Get chain data through a hook in src/hooks/<domain>; only `import type` from chain/.',
}

/** Tests under src may also use src/testing (the zones of the code they test, plus ./testing). */
const testZones = boundaryZones.map((zone) =>
  zone.from === './src' && zone.except ? { ...zone, except: [...zone.except, './testing'] } : zone,
)

const wagmiDataHooks = {
  name: 'wagmi',
  importNames: [
    'useReadContract',
    'useReadContracts',
    'useWriteContract',
    'useSimulateContract',
    'useWaitForTransactionReceipt',
    'usePublicClient',
    'useWalletClient',
  ],
  message: 'Go through a hook in src/hooks/<domain>.',
}

export default tseslint.config(
  {
    ignores: [
      'dist*/**',
      '**/node_modules/**',
      'src/contracts/abis/**',
      '.devnet*/**',
      'playwright-report/**',
      'test-results*/**',
      'bench/.out/**',
      'dist-measure/**',
      '.devnet-measure/**',
      'blob-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
          alias: { '@': [path.join(root, 'src')] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      // With verbatimModuleSyntax, `import { type A }` keeps an empty side-effect import.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs,cjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,e2e,devnet,scripts,bin}/**/': 'KEBAB_CASE' },
      ],
      // No focused tests in committed code (vitest and Playwright).
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
          message: 'Remove .only before committing.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      // No barrel files: import each module directly (docs/house-style.md, Files and naming).
      'check-file/no-index': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No barrel re-exports; import the file directly.',
        },
        {
          selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
          message: 'Remove .only before committing.',
        },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: testZones }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'wagmi', '@wagmi/*', '@tanstack/*', '@rainbow-me/*'],
              message: 'lib/ is framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/chain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-router', 'wagmi', '@wagmi/*', '@rainbow-me/*'],
              message: 'chain/ is React-free: pass a viem client in; hooks wrap chain/.',
            },
            {
              // queryOptions and types are plain objects; the React Query hooks are not.
              group: ['@tanstack/react-query'],
              importNamePattern: '^(use|QueryClientProvider$|HydrationBoundary$)',
              message: 'chain/ builds queryOptions; hooks call useQuery with them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.tsx', 'src/pages/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [wagmiDataHooks], patterns: [chainTypesOnly] },
      ],
    },
  },
  {
    files: ['e2e/specs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@playwright/test', message: "Import { test, expect } from '../fixtures'." },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they need nothing: `({}, use)`.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Node code types CommonJS packages loaded through createRequire with `typeof import('pkg')`.
    files: ['devnet/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Injected into the page by Playwright: runs in the browser.
    files: ['e2e/fixtures/wallet-shim.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
