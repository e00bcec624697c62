import { describe, expect, it } from 'vitest'
import { StatusBoard } from './status-board'

const services = [
  { slug: 'a', provider: '0xA', model: 'm-a' },
  { slug: 'b', provider: '0xB', model: 'm-b' },
]

describe('StatusBoard', () => {
  it('answers in the 0G status API shape from what was served', () => {
    const board = new StatusBoard()
    for (let i = 0; i < 9; i++) board.record('a', true, 100)
    board.record('a', false, 200)
    const body = board.snapshot(services, new Date('2026-11-30T00:00:00Z'))
    expect(body.timestamp).toBe('2026-11-30T00:00:00.000Z')
    expect(body.services[0]).toEqual({
      provider: '0xA',
      model: 'm-a',
      status: 'warning',
      checks: { uptime: 90 },
      performance: { response_time: { avg: 110 } },
    })
  })
  it('a service without traffic is healthy at 100 % with no response time', () => {
    expect(new StatusBoard().snapshot(services).services[1]).toMatchObject({
      status: 'healthy',
      checks: { uptime: 100 },
      performance: { response_time: null },
    })
  })
  it('below 90 % is critical', () => {
    const board = new StatusBoard()
    board.record('b', true, 1)
    board.record('b', false, 1)
    expect(board.snapshot(services).services[1]?.status).toBe('critical')
  })
})
