/**
 * The catalog saved in this browser per network, shown at once on a returning visit ("saved at
 * block N") while the fresh snapshot is read. Read back as untrusted data: a saved copy that is not
 * exactly a snapshot of services of this chain (types, address shapes, sizes) is ignored whole, and
 * the chain is read as on a first visit.
 */
import { readChainCache, writeChainCache } from '@/api/chain-cache-store'
import type { SupportedChainId } from '@/contracts/addresses'
import type { Service } from '@/contracts/service'
import { isAddressLike as isAddress, isStr, isUint } from '@/lib/stored-data'
import type { ServicesSnapshot } from './all-services-query'

/** Most services a saved copy may hold (the reader's own page limit × page size). */
export const MAX_SAVED_SERVICES = 50_000
/** Longest string field accepted from a saved copy. */
const MAX_SAVED_STRING = 64 * 1024

const key = (chainId: number) => `services:${chainId}`
const isText = (v: unknown): v is string => isStr(v, MAX_SAVED_STRING)

/** A service read back from storage: every field of the struct, of its type, bounded. */
export function isSavedService(v: unknown): v is Service {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Record<string, unknown>
  return (
    isAddress(s.provider) &&
    isText(s.serviceType) &&
    isText(s.url) &&
    isUint(s.inputPrice) &&
    isUint(s.outputPrice) &&
    isUint(s.updatedAt) &&
    isText(s.model) &&
    isText(s.verifiability) &&
    isText(s.additionalInfo) &&
    isAddress(s.teeSignerAddress) &&
    typeof s.teeSignerAcknowledged === 'boolean'
  )
}

/** Exactly the fields of a service (a checked record may carry others: none reach the app). */
export function pickService(s: Service): Service {
  return {
    provider: s.provider,
    serviceType: s.serviceType,
    url: s.url,
    inputPrice: s.inputPrice,
    outputPrice: s.outputPrice,
    updatedAt: s.updatedAt,
    model: s.model,
    verifiability: s.verifiability,
    additionalInfo: s.additionalInfo,
    teeSignerAddress: s.teeSignerAddress,
    teeSignerAcknowledged: s.teeSignerAcknowledged,
  }
}

/** A saved snapshot of `chainId` read back and checked, or null. */
export function parseSavedServices(
  raw: unknown,
  chainId: SupportedChainId,
): ServicesSnapshot | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  if (r.chainId !== chainId || !isUint(r.blockNumber)) return null
  if (typeof r.readAt !== 'number' || !Number.isFinite(r.readAt)) return null
  const list = r.services
  if (!Array.isArray(list) || list.length > MAX_SAVED_SERVICES || !list.every(isSavedService))
    return null
  const services = list.map(pickService)
  return {
    chainId,
    blockNumber: r.blockNumber,
    readAt: r.readAt,
    services,
    complete: true,
    expected: services.length,
    fromCache: true,
  }
}

/** The saved catalog of `chainId`, checked, or null. */
export async function loadSavedServices(
  chainId: SupportedChainId,
): Promise<ServicesSnapshot | null> {
  return parseSavedServices(await readChainCache(key(chainId)), chainId)
}

/** Saves a complete snapshot read from chain for the next visit (a saved copy is not saved again). */
export async function saveServices(snapshot: ServicesSnapshot): Promise<void> {
  if (!snapshot.complete || snapshot.fromCache) return
  const { chainId, blockNumber, readAt, services } = snapshot
  await writeChainCache(key(chainId), { chainId, blockNumber, readAt, services })
}
