/**
 * `GET /v1/user/{addr}/unsettledfee`: the fees served to this user and not yet settled (the SDK's
 * Node auto-funding reads it). The token must belong to `addr` and must not be revoked.
 */
import { isAddress, type Address } from 'viem'
import { isTokenIdRevoked } from '../../../../src/lib/protocol/app-sk-token'
import { verifyTokenOffline } from '../auth'
import type { RouteContext } from '../context'
import { HttpError, sendJson } from '../http-json'

export async function handleUnsettledFee(ctx: RouteContext): Promise<void> {
  const addr = ctx.params.addr ?? ''
  if (!isAddress(addr, { strict: false })) throw new HttpError(400, `${addr} is not an address`)
  const { provider, server } = ctx
  const token = await verifyTokenOffline(
    ctx.req.headers.authorization,
    provider.address,
    Date.now(),
  )
  if (token.address.toLowerCase() !== addr.toLowerCase()) {
    throw new HttpError(
      403,
      'this API key belongs to another user',
      'permission_error',
      'wrong_user',
    )
  }
  const account = await server.chain.getSubAccount(token.address, provider.address)
  if (account && BigInt(token.generation) !== account.generation) {
    throw new HttpError(
      401,
      'token revoked (generation changed)',
      'authentication_error',
      'revoked_api_key',
    )
  }
  if (account && isTokenIdRevoked(account.revokedBitmap, token.tokenId)) {
    throw new HttpError(
      401,
      `API key ${token.tokenId} revoked`,
      'authentication_error',
      'revoked_api_key',
    )
  }
  sendJson(ctx.res, 200, {
    unsettledFee: server.meter.unsettled(provider.address, addr as Address).toString(),
  })
}
