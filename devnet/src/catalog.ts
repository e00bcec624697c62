/**
 * The seeded catalog (devnet/README.md, "Seeded catalog"): the published 0G services with their
 * exact prices. Prices are neuron per token, or per image (`outputPrice`) for image services.
 */
import { parseEther } from 'viem'
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
}

/** neuron per token for a price quoted in 0G per 1M tokens. */
export function perMillionTokens(zeroG: string): bigint {
  const perMillion = parseEther(zeroG)
  if (perMillion % 1_000_000n !== 0n)
    throw new Error(`${zeroG} 0G / 1M is not a whole neuron per token`)
  return perMillion / 1_000_000n
}

/** The TeeTLS upstream the qwen3.6-plus broker relays to (see docs/adr/0002-teetls-routing-proof.md). */
export const TEETLS_UPSTREAM_HOST = 'dashscope-intl.aliyuncs.com'

export const CATALOG: readonly CatalogEntry[] = [
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
