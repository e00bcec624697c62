/**
 * `GET /v1/user/{addr}/unsettledfee`: the fees served to this user and not yet settled (the SDK's
 * Node auto-funding reads it). The token must belong to `addr` and must not be revoked (as the
 * provider's cached account sees it).
 */
import { isAddress, type Address } from 'viem'
import { validateSession } from '../auth'
import type { RouteContext } from '../context'
import { HttpError, sendJson } from '../http-json'

export async function handleUnsettledFee(ctx: RouteContext): Promise<void> {
  const addr = ctx.params.addr ?? ''
  if (!isAddress(addr, { strict: false })) throw new HttpError(400, `${addr} is not an address`)
  const { provider, server } = ctx
  // The same session check as inference (400 "validate session: …", revocation as cached).
  const { token } = await validateSession(
    ctx.req.headers.authorization,
    provider.address,
    server.chain,
    server.accounts,
  )
  if (token.address.toLowerCase() !== addr.toLowerCase()) {
    throw new HttpError(
      403,
      'this API key belongs to another user',
      'permission_error',
      'wrong_user',
    )
  }
  sendJson(ctx.res, 200, {
    unsettledFee: server.meter.unsettled(provider.address, addr as Address).toString(),
  })
}
