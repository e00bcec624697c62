/**
 * Test ids shared by the app and e2e specs, for elements without a good role or label
 * (prefer `getByRole` / `getByLabel`). Keep alphabetized.
 */
export const TestId = {
  AppError: 'app-error',
  CatalogChanges: 'catalog-changes',
  ModelGroup: 'model-group',
  NetworkBanner: 'network-banner',
  NetworkSelector: 'network-selector',
  PendingTransactions: 'pending-transactions',
  ServiceRow: 'service-row',
  ServicesBlock: 'services-block',
  ServicesCount: 'services-count',
  ServicesEmpty: 'services-empty',
  ServicesError: 'services-error',
  ServicesLoading: 'services-loading',
  TxStatus: 'tx-status',
  WalletGate: 'wallet-gate',
  WrongNetworkBanner: 'wrong-network-banner',
} as const

export type TestId = (typeof TestId)[keyof typeof TestId]
