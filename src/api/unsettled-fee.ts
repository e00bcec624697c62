/**
 * `GET {service.url}/v1/user/{addr}/unsettledfee`: fees the provider served to `user` and has not
 * settled on chain yet. Needs an `app-sk` Authorization header; throws HttpError on 4xx/5xx.
 */
import type { Address } from 'viem'
import { unsettledFeePath, WIRE_HEADER } from '@/lib/protocol/wire'
import { httpFetch } from './http'

/** The provider's unsettled fee for `user`, in neuron. */
export async function fetchUnsettledFee(
  serviceUrl: string,
  user: Address,
  authorization: string,
  signal?: AbortSignal,
): Promise<bigint> {
  const url = `${serviceUrl.replace(/\/+$/, '')}${unsettledFeePath(user)}`
  const res = await httpFetch(
    url,
    { headers: { [WIRE_HEADER.authorization]: authorization } },
    { signal, timeoutMs: 10_000 },
  )
  const body = (await res.json()) as { unsettledFee?: unknown }
  const fee = body.unsettledFee
  if (
    (typeof fee === 'string' && /^\d+$/.test(fee)) ||
    (typeof fee === 'number' && Number.isSafeInteger(fee) && fee >= 0)
  ) {
    return BigInt(fee)
  }
  throw new Error('The provider answered without a valid unsettledFee')
}
