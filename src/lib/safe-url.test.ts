import { describe, expect, it } from 'vitest'
import { UnusableServiceUrlError } from './errors/classes'
import { safeHttpUrl, serviceUrlProblem } from './safe-url'

describe('serviceUrlProblem', () => {
  it('accepts plain http(s) URLs', () => {
    expect(serviceUrlProblem('https://provider.example/v1')).toBeNull()
    expect(serviceUrlProblem('http://127.0.0.1:8600')).toBeNull()
  })

  it('refuses other schemes, relative URLs and credentials', () => {
    expect(serviceUrlProblem('javascript:alert(1)')).toMatch(/javascript: instead of http/)
    expect(serviceUrlProblem('ftp://host/x')).toMatch(/ftp: instead of http/)
    expect(serviceUrlProblem('/relative')).toMatch(/not a valid absolute URL/)
    expect(serviceUrlProblem('http://user:pass@host.example')).toMatch(/user name or password/)
    expect(serviceUrlProblem('https://trusted.example@evil.example')).toMatch(/user name/)
  })

  it('refuses a query or fragment, which would let the registrant choose the path called', () => {
    for (const bad of [
      'https://rpc.example/?',
      'https://rpc.example/?x=',
      'http://127.0.0.1:8545?',
      'https://app.example/#',
      'https://app.example/#/account',
      'https://provider.example/v1?key=1',
    ]) {
      expect(serviceUrlProblem(bad), bad).toMatch(/query \(\?\) or fragment \(#\)/)
      expect(safeHttpUrl(bad), bad).toBeUndefined()
    }
    expect(serviceUrlProblem('https://provider.example/a%3Fb')).toBeNull()
  })

  it('safeHttpUrl accepts http(s) only', () => {
    expect(safeHttpUrl('https://provider.example/v1')).toBe('https://provider.example/v1')
    expect(safeHttpUrl('http://127.0.0.1:8600')).toBe('http://127.0.0.1:8600/')
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeUndefined()
    expect(safeHttpUrl('/relative')).toBeUndefined()
    expect(safeHttpUrl('')).toBeUndefined()
  })

  it('safeHttpUrl never returns a URL with credentials', () => {
    expect(safeHttpUrl('http://user:pass@host.example/')).toBeUndefined()
    expect(safeHttpUrl('https://a.example')).toBe('https://a.example/')
  })

  it('the refusal says that nothing was sent', () => {
    expect(new UnusableServiceUrlError('x').message).toBe(
      'This service cannot be used: x. No request was sent.',
    )
  })
})
