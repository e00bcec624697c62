/**
 * A service's `additionalInfo` with `tieredPricing` (docs/protocol.md), for the pricing, billing
 * and price-text tests. For tests only.
 */

/** `additionalInfo` JSON with one tier per [maxInputTokens (0 = unbounded), input ×, output ×]. */
export const tiersInfo = (...tiers: [number, number, number][]): string =>
  JSON.stringify({
    tieredPricing: {
      tiers: tiers.map(([maxInputTokens, inputMultiplier, outputMultiplier]) => ({
        maxInputTokens,
        inputMultiplier,
        outputMultiplier,
      })),
    },
  })
