/** Chain definitions, the supported list and explorer links. */
import { describe, expect, it } from 'vitest'
import {
  chainLabel,
  explorerTxUrl,
  isSupportedChainId,
  supportedChains,
  withKnownMulticall,
  zeroGDevnet,
  zeroGMainnet,
  zeroGTestnet,
} from './chains'

describe('chains', () => {
  it('uses the real chain ids, RPCs and 0G as native currency', () => {
    expect(zeroGMainnet).toMatchObject({
      id: 16661,
      rpcUrls: { default: { http: ['https://evmrpc.0g.ai'] } },
    })
    expect(zeroGTestnet).toMatchObject({
      id: 16602,
      rpcUrls: { default: { http: ['https://evmrpc-testnet.0g.ai'] } },
    })
    expect(zeroGDevnet.id).toBe(31337)
    for (const c of [zeroGMainnet, zeroGTestnet, zeroGDevnet]) {
      expect(c.nativeCurrency).toEqual({ name: '0G', symbol: '0G', decimals: 18 })
    }
  })

  it('batches reads through Multicall3 on the devnet only (unverified on 0G Mainnet/Testnet)', () => {
    expect(withKnownMulticall(zeroGDevnet).contracts?.multicall3?.address).toBe(
      '0xcA11bde05977b3631167028862bE2a173976CA11',
    )
    expect(withKnownMulticall(zeroGMainnet).contracts?.multicall3).toBeUndefined()
    expect(withKnownMulticall(zeroGTestnet).contracts?.multicall3).toBeUndefined()
  })

  it('never includes Ethereum mainnet (no ENS lookups)', () => {
    expect(supportedChains.map((c) => c.id)).not.toContain(1)
    expect(isSupportedChainId(1)).toBe(false)
    expect(isSupportedChainId(undefined)).toBe(false)
  })

  it('names networks for the banner', () => {
    expect(chainLabel(31337)).toBe('Devnet (local, chain 31337)')
    expect(chainLabel(16661)).toBe('0G Mainnet')
    expect(chainLabel(16602)).toBe('0G Testnet Galileo')
    expect(chainLabel(5)).toBe('Unknown network (chain 5)')
  })

  it('builds explorer links, and none for the devnet', () => {
    expect(explorerTxUrl(16661, '0xabc')).toBe('https://chainscan.0g.ai/tx/0xabc')
    expect(explorerTxUrl(16602, '0xdef')).toBe('https://chainscan-galileo.0g.ai/tx/0xdef')
    expect(explorerTxUrl(31337, '0xabc')).toBeUndefined()
    expect(explorerTxUrl(1, '0xabc')).toBeUndefined()
  })
})
