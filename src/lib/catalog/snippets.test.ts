/** Snippets carry chain strings safely: a hostile model or URL stays one inert shell word / literal. */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildSnippet, proxyBase, shellQuote, verificationSnippet } from './snippets'

const chat = { serviceType: 'chatbot', url: 'http://127.0.0.1:8600/glm', model: 'GLM-5-FP8' }

describe('snippets', () => {
  it('fill in the real endpoint and model', () => {
    const c = buildSnippet('curl', chat)!
    expect(c).toContain(`'http://127.0.0.1:8600/glm/v1/proxy/chat/completions'`)
    expect(c).toContain('"model":"GLM-5-FP8"')
    expect(buildSnippet('javascript', chat)).toContain(
      `baseURL: "http://127.0.0.1:8600/glm/v1/proxy"`,
    )
    expect(buildSnippet('python', chat)).toContain(`base_url="http://127.0.0.1:8600/glm/v1/proxy"`)
    expect(buildSnippet('curl', { ...chat, serviceType: 'text-to-image' })).toContain(
      '/images/generations',
    )
    expect(buildSnippet('curl', { ...chat, serviceType: 'image-editing' })).toContain(
      '/images/edits',
    )
    expect(buildSnippet('curl', { ...chat, serviceType: 'speech-to-text' })).toContain(
      '/audio/transcriptions',
    )
    expect(verificationSnippet({ ...chat, teeSignerAddress: '0xabc' })).toContain('"0xabc"')
  })

  it('offer nothing for a non-http URL', () => {
    expect(proxyBase('javascript:alert(1)')).toBeNull()
    expect(buildSnippet('curl', { ...chat, url: 'javascript:alert(1)' })).toBeNull()
  })

  it('quote hostile strings so the shell sees them literally', () => {
    const evil = `x'; touch /tmp/pwned; echo '$(id)\`id\`"`
    const out = execFileSync('bash', ['-c', `printf %s ${shellQuote(evil)}`]).toString()
    expect(out).toBe(evil)
    const c = buildSnippet('curl', { ...chat, model: evil })!
    const dataArg = c
      .split('\n')
      .at(-1)!
      .replace(/^\s*-d /, '')
    const echoed = execFileSync('bash', ['-c', `printf %s ${dataArg}`]).toString()
    expect(JSON.parse(echoed)).toMatchObject({ model: evil })
  })

  it('make JSON string literals for JS and Python', () => {
    const js = buildSnippet('javascript', { ...chat, model: `"); process.exit(1); ("` })!
    expect(js).toContain(`model: "\\"); process.exit(1); (\\""`)
  })

  it('stay valid Python and JavaScript for hostile models, with the model as one literal', () => {
    const evil = `x"; import os; os.system("id") #\\'\u2028`
    const service = { ...chat, model: evil }
    for (const type of ['chatbot', 'text-to-image', 'image-editing', 'speech-to-text']) {
      const py = buildSnippet('python', { ...service, serviceType: type })!
      const check = `import ast,sys\nt=ast.parse(sys.stdin.read())\nprint([n.value for n in ast.walk(t) if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.startswith('x"')][0])`
      expect(
        execFileSync('python3', ['-c', check], {
          input: py,
          env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
        })
          .toString()
          .replace(/\n$/, ''),
      ).toBe(evil)
      const js = buildSnippet('javascript', { ...service, serviceType: type })!
      expect(() =>
        execFileSync('node', ['--input-type=module', '--check'], { input: js }),
      ).not.toThrow()
    }
  })
})
