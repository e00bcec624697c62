/**
 * Keys and a service for the verification tests (responses, receipts, the playground's check): a
 * TEE signer key, another key, a provider address, and a TeeML chatbot whose acknowledged TEE
 * signer is `tee`. For tests only.
 */
import { privateKeyToAccount } from 'viem/accounts'

/** The service's TEE signer. */
export const tee = privateKeyToAccount(`0x${'11'.repeat(32)}`)
/** A key that is not the service's signer. */
export const other = privateKeyToAccount(`0x${'22'.repeat(32)}`)
/** The provider that runs `teeChatbot`. */
export const providerAddress = privateKeyToAccount(`0x${'33'.repeat(32)}`).address

/** A TeeML chatbot's fields on chain, its TEE signer `tee` acknowledged. */
export const teeChatbot = {
  model: 'm',
  serviceType: 'chatbot',
  verifiability: 'TeeML',
  teeSignerAddress: tee.address,
  teeSignerAcknowledged: true,
  additionalInfo: '{}',
} as const
