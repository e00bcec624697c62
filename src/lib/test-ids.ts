/**
 * Test ids shared by the app and e2e specs, for elements without a good role or label
 * (prefer `getByRole` / `getByLabel`). Keep alphabetized.
 */
export const TestId = {
  AmountReading: 'amount-reading',
  AnyResponseVerdict: 'any-response-verdict',
  AppError: 'app-error',
  CatalogChanges: 'catalog-changes',
  ChatEstimate: 'chat-estimate',
  ChatMessage: 'chat-message',
  ChatStreaming: 'chat-streaming',
  CompareColumn: 'compare-column',
  ConversationItem: 'conversation-item',
  GalleryItem: 'gallery-item',
  HistoryVerdict: 'history-verdict',
  ModelGroup: 'model-group',
  /** The row after the rows shown so far: more of the page come as it nears the screen. */
  MoreRows: 'more-rows',
  NetworkBanner: 'network-banner',
  NetworkSelector: 'network-selector',
  PendingTransactions: 'pending-transactions',
  PlaygroundError: 'playground-error',
  ReceiptCheck: 'receipt-check',
  ReceiptCoverage: 'receipt-coverage',
  ReceiptResponseText: 'receipt-response-text',
  ReceiptVerdict: 'receipt-verdict',
  ReplyVersion: 'reply-version',
  ResponseCost: 'response-cost',
  ServiceMarks: 'service-marks',
  ServiceRow: 'service-row',
  /** A row of the saved first screen index.html draws before the app runs. */
  ServicePreviewRow: 'service-preview-row',
  ServicesPreviewBlock: 'services-preview-block',
  ServicesBlock: 'services-block',
  ServicesCount: 'services-count',
  ServicesEmpty: 'services-empty',
  ServicesError: 'services-error',
  ServicesLoading: 'services-loading',
  SessionSpend: 'session-spend',
  Transcript: 'transcript',
  TranscriptItem: 'transcript-item',
  TxStatus: 'tx-status',
  VerificationBadge: 'verification-badge',
  WalletGate: 'wallet-gate',
  WrongNetworkBanner: 'wrong-network-banner',
} as const

export type TestId = (typeof TestId)[keyof typeof TestId]
