/**
 * Unauthenticated per-provider routes: response signatures, the attestation report (`/v1/quote`)
 * and the model list.
 */
import { keccak256, stringToHex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import {
  buildAttestationReport,
  type AttestationReport,
} from '../../../../src/lib/protocol/attestation'
import { parseTiers } from '../../../../src/lib/protocol/pricing'
import { appCompose } from '../../catalog'
import type { RouteContext } from '../context'
import { CORS_HEADERS, HttpError, sendJson } from '../http-json'

export function handleSignature(ctx: RouteContext): void {
  const chatId = ctx.params.chatId ?? ''
  const fault = ctx.server.knobs.signatureFault(ctx.provider.slug)
  if (fault === 'hang') return // never answered; the socket closes when the client gives up
  if (fault === 'junk') {
    ctx.res.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json' })
    return void ctx.res.end('<html>{"signature": not json at all')
  }
  if (fault === 'wrong-shape') {
    return void sendJson(ctx.res, 200, { text: 42, signature: ['0x'], signing_address: null })
  }
  const sig = ctx.server.signatures.get(ctx.provider.slug, chatId)
  if (!sig) {
    throw new HttpError(
      404,
      `no signature for chat id ${chatId} at provider ${ctx.provider.slug}`,
      'invalid_request_error',
      'signature_not_found',
    )
  }
  sendJson(ctx.res, 200, sig)
}

/** A signer that is not the provider's, for the bad-quote knob. */
const WRONG_SIGNER = privateKeyToAccount(
  keccak256(stringToHex('0g-devnet wrong quote signer')),
).address

/** The dstack report; the bad-quote knob swaps in another signer or breaks the compose hash. */
export function handleQuote(ctx: RouteContext): void {
  const { provider } = ctx
  const compose = appCompose(provider.entry)
  const tamper = ctx.server.knobs.quoteTamper(provider.slug)
  let report: AttestationReport = buildAttestationReport({
    teeSigner: tamper === 'signer' ? WRONG_SIGNER : provider.teeAccount.address,
    appCompose: compose,
    seed: `0g-devnet ${provider.slug}`,
  })
  if (tamper === 'compose') {
    // The event log keeps the genuine hash; the reported compose differs, as after a swapped image.
    const tcb = JSON.parse(report.tcb_info) as Record<string, unknown>
    const altered = compose.replace(
      'ghcr.io/0glabs/0g-serving-broker:devnet',
      'ghcr.io/attacker/broker:latest',
    )
    report = { ...report, tcb_info: JSON.stringify({ ...tcb, app_compose: altered }) }
  }
  sendJson(ctx.res, 200, report)
}

export async function handleModels(ctx: RouteContext): Promise<void> {
  const { entry, address } = ctx.provider
  const service = await ctx.server.chain.getService(address)
  if (entry.modelPricing) {
    // A multi-model forwarder (handler/models.go GetModels): one object per model, its own prices
    // in neuron per token as `prompt` / `completion`, its tiers (integer multipliers) and cache
    // discount; chain only says MultiModel and carries the ceiling.
    sendJson(ctx.res, 200, {
      object: 'list',
      data: entry.modelPricing.map((m) => ({
        id: m.model,
        object: 'model',
        created: 0,
        owned_by: '0g-devnet',
        type: service.serviceType,
        verifiability: service.verifiability,
        provider_type: 'centralized',
        provider_identity: entry.providerIdentity,
        pricing: {
          prompt: m.inputPrice.toString(),
          completion: m.outputPrice.toString(),
          ...(m.tiers
            ? {
                tiered_pricing: m.tiers.map((t) => ({
                  max_input_tokens: t.maxInputTokens,
                  input_multiplier: t.inputMultiplier,
                  output_multiplier: t.outputMultiplier,
                })),
              }
            : {}),
          ...(m.cacheTokenBilling
            ? {
                cache_token_billing: {
                  divisor: m.cacheTokenBilling.divisor,
                  write_multiplier_numerator: m.cacheTokenBilling.writeMultiplierNumerator,
                  write_multiplier_denominator: m.cacheTokenBilling.writeMultiplierDenominator,
                },
              }
            : {}),
        },
      })),
    })
    return
  }
  const tiers = parseTiers(service.additionalInfo)
  sendJson(ctx.res, 200, {
    object: 'list',
    data: [
      {
        id: service.model || entry.model,
        object: 'model',
        created: 0,
        owned_by: '0g-devnet',
        service_type: service.serviceType,
        verifiability: service.verifiability,
        pricing: {
          input_price: service.inputPrice.toString(),
          output_price: service.outputPrice.toString(),
          ...(tiers
            ? {
                tiered_pricing: tiers.map((t) => ({
                  max_input_tokens: t.maxInputTokens === null ? 0 : Number(t.maxInputTokens),
                  input_multiplier: Number(t.input.num) / Number(t.input.den),
                  output_multiplier: Number(t.output.num) / Number(t.output.den),
                })),
              }
            : {}),
        },
      },
    ],
  })
}
