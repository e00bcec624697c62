/**
 * The seeded catalog (devnet/README.md, "Seeded catalog"): the published 0G services with their
 * exact prices, then devnet-only services for the billing rules the published list does not show.
 * Prices are neuron per token, per image (`outputPrice`) for image services, or per second of
 * audio (`inputPrice`) for `billingUnit: "second"` speech.
 */
import { parseEther } from 'viem'
import { multiModelCeiling, type ModelPrice } from '../../src/lib/protocol/billing'
import type { ServiceType } from '../../src/lib/protocol/pricing'

export type Verifiability = 'TeeML' | 'TeeTLS'

export interface CatalogEntry {
  /** URL path segment of this provider on the devnet provider server. */
  slug: string
  model: string
  serviceType: ServiceType
  verifiability: Verifiability
  inputPrice: bigint
  outputPrice: bigint
  /** Extra `additionalInfo` keys beside the TEE defaults. */
  extraInfo?: Record<string, unknown>
  /** TeeTLS: the broker's configured `ProviderIdentity` (signed into the routing proof). */
  providerIdentity?: string
  /**
   * Broker configuration that rewrites a chat body before forwarding it (and signing its hash):
   * a model rewrite and/or injected fields, as LoRA / canonical-id / inject rules do live.
   */
  rewrite?: RequestRewrite
  /**
   * A separate LLM node (`TargetSeparated`, decentralized): the broker sends no `ZG-Res-Key`,
   * rewrites chunk ids to `chatcmpl-<uuid>` and signs nothing itself.
   */
  separatedNode?: boolean
  /**
   * A multi-model forwarder's per-model prices (the broker's `modelPricing`): each request is
   * billed at the prices of the model it names (`model` when it names none), a model not listed
   * is refused, and `GET /v1/models` publishes the list. The on-chain prices are the ceiling.
   */
  modelPricing?: readonly ModelPrice[]
}

/** How a provider's broker rewrites a chat body before forwarding it. */
export interface RequestRewrite {
  model?: string
  inject?: Record<string, unknown>
}

/** neuron per token for a price quoted in 0G per 1M tokens. */
export function perMillionTokens(zeroG: string): bigint {
  const perMillion = parseEther(zeroG)
  if (perMillion % 1_000_000n !== 0n)
    throw new Error(`${zeroG} 0G / 1M is not a whole neuron per token`)
  return perMillion / 1_000_000n
}

/** The TeeTLS upstream the qwen3.6-plus broker relays to (docs/adr/0006-live-teetls-proof.md). */
export const TEETLS_UPSTREAM_HOST = 'dashscope-intl.aliyuncs.com'

/** The services 0G publishes, with their prices. */
export const PUBLISHED_CATALOG: readonly CatalogEntry[] = [
  {
    slug: 'glm-5-fp8',
    model: 'GLM-5-FP8',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('1'),
    outputPrice: perMillionTokens('3.2'),
  },
  {
    slug: 'deepseek-chat-v3-0324',
    model: 'deepseek-chat-v3-0324',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.30'),
    outputPrice: perMillionTokens('1.00'),
  },
  {
    slug: 'gpt-oss-120b',
    model: 'gpt-oss-120b',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.10'),
    outputPrice: perMillionTokens('0.49'),
  },
  {
    slug: 'qwen3-vl-30b-a3b-instruct',
    model: 'qwen3-vl-30b-a3b-instruct',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.49'),
    outputPrice: perMillionTokens('0.49'),
  },
  {
    slug: 'qwen3-6-plus',
    model: 'qwen3.6-plus',
    serviceType: 'chatbot',
    verifiability: 'TeeTLS',
    inputPrice: perMillionTokens('0.80'),
    outputPrice: perMillionTokens('4.80'),
    providerIdentity: 'aliyun',
    extraInfo: {
      ProviderType: 'centralized',
      TargetSeparated: true,
      TeeTLSUpstreamHost: TEETLS_UPSTREAM_HOST,
      tieredPricing: {
        tiers: [
          { maxInputTokens: 256000, inputMultiplier: 1, outputMultiplier: 1 },
          { maxInputTokens: 0, inputMultiplier: 4, outputMultiplier: 2 },
        ],
      },
    },
  },
  {
    slug: 'whisper-large-v3',
    model: 'whisper-large-v3',
    serviceType: 'speech-to-text',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.05'),
    outputPrice: perMillionTokens('0.11'),
  },
  {
    slug: 'z-image',
    model: 'z-image',
    serviceType: 'text-to-image',
    verifiability: 'TeeML',
    inputPrice: 0n,
    outputPrice: parseEther('0.003'),
  },
  {
    slug: 'qwen-2-5-7b-instruct',
    model: 'qwen-2.5-7b-instruct',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.05'),
    outputPrice: perMillionTokens('0.10'),
  },
  {
    slug: 'qwen-image-edit-2511',
    model: 'qwen-image-edit-2511',
    serviceType: 'image-editing',
    verifiability: 'TeeML',
    inputPrice: 0n,
    outputPrice: parseEther('0.005'),
  },
]

/** The per-model prices of the seeded multi-model forwarder (Alibaba's qwen family, made up). */
const QWEN_FORWARDER_MODELS: readonly ModelPrice[] = [
  {
    model: 'qwen-plus',
    inputPrice: perMillionTokens('0.40'),
    outputPrice: perMillionTokens('1.20'),
    tiers: [
      { maxInputTokens: 128000, inputMultiplier: 1, outputMultiplier: 1 },
      { maxInputTokens: 0, inputMultiplier: 3, outputMultiplier: 2 },
    ],
    cacheTokenBilling: null,
  },
  {
    model: 'qwen-max',
    inputPrice: perMillionTokens('1.60'),
    outputPrice: perMillionTokens('6.40'),
    tiers: null,
    cacheTokenBilling: null,
  },
  {
    model: 'qwen-turbo',
    inputPrice: perMillionTokens('0.05'),
    outputPrice: perMillionTokens('0.20'),
    tiers: null,
    cacheTokenBilling: null,
  },
]

/**
 * A centralized multi-model forwarder (TeeTLS): on chain the highest prices over its models and
 * `MultiModel: true`; each request billed per model (docs/protocol.md §8).
 */
export const MULTI_MODEL_FORWARDER: CatalogEntry = {
  slug: 'qwen-forwarder',
  model: 'qwen-plus',
  serviceType: 'chatbot',
  verifiability: 'TeeTLS',
  ...multiModelCeiling(QWEN_FORWARDER_MODELS),
  providerIdentity: 'aliyun',
  extraInfo: {
    ProviderType: 'centralized',
    TeeTLSUpstreamHost: TEETLS_UPSTREAM_HOST,
    MultiModel: true,
    priceDenomination: 'NATIVE',
  },
  modelPricing: QWEN_FORWARDER_MODELS,
}

/**
 * Devnet-only services, one per live billing rule the published list does not show
 * (docs/protocol.md §8). Seeded after the published ones, so no provider account moves; left out
 * with DEVNET_BILLING_DEMOS=0 (the e2e devnet, whose specs pin the published catalog).
 */
export const DEVNET_ONLY_CATALOG: readonly CatalogEntry[] = [
  {
    // cacheTokenBilling: cached prompt tokens (earlier turns of a conversation) cost 1/10.
    slug: 'qwen3-32b-cached',
    model: 'qwen3-32b',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.20'),
    outputPrice: perMillionTokens('0.80'),
    extraInfo: { cacheTokenBilling: { divisor: 10 } },
  },
  {
    // Billed per second of audio: usage {type: "duration"} → max(round(s), 1) × inputPrice.
    slug: 'whisper-large-v3-turbo',
    model: 'whisper-large-v3-turbo',
    serviceType: 'speech-to-text',
    verifiability: 'TeeML',
    inputPrice: parseEther('0.0001'),
    outputPrice: 0n,
    extraInfo: { billingUnit: 'second' },
  },
  {
    // A broker that rewrites the chat body it forwards (model rewrite + an injected field): its
    // signed request hash is not over the client's bytes ("request changed by the provider").
    slug: 'qwen3-14b-rewriting',
    model: 'qwen3-14b',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.20'),
    outputPrice: perMillionTokens('0.80'),
    rewrite: {
      model: 'Qwen/Qwen3-32B',
      inject: { chat_template_kwargs: { enable_thinking: false } },
    },
  },
  {
    // A separate LLM node: no ZG-Res-Key, chunk ids chatcmpl-<uuid>, no broker signature.
    slug: 'llama-3-3-70b-separated',
    model: 'llama-3.3-70b-instruct',
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: perMillionTokens('0.20'),
    outputPrice: perMillionTokens('0.40'),
    extraInfo: { TargetSeparated: true },
    separatedNode: true,
  },
  // Last, so no other provider account moves.
  MULTI_MODEL_FORWARDER,
]

/** Everything a default devnet seeds, in provider-account order. */
export const CATALOG: readonly CatalogEntry[] = [...PUBLISHED_CATALOG, ...DEVNET_ONLY_CATALOG]

/** The compose file the devnet "runs" in its simulated TEE; its sha256 is the compose-hash event. */
export function appCompose(entry: CatalogEntry): string {
  return JSON.stringify({
    manifest_version: 2,
    name: `0g-devnet-${entry.slug}`,
    runner: 'docker-compose',
    docker_compose_file: `services:\n  broker:\n    image: ghcr.io/0glabs/0g-serving-broker:devnet\n  model:\n    image: devnet/${entry.slug}-responder:latest\n`,
  })
}

/** The service's on-chain `additionalInfo` JSON. */
export function additionalInfoFor(entry: CatalogEntry): string {
  return JSON.stringify({
    TEEVerifier: 'dstack',
    TargetSeparated: false,
    ProviderType: 'decentralized',
    ImageName: `devnet/${entry.slug}-responder`,
    Devnet: true,
    ...entry.extraInfo,
  })
}
