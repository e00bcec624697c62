/** Incremental Server-Sent Events parsing for OpenAI-style streams (`data: {json}` … `data: [DONE]`). */

/** Splits arriving text into complete `data:` payloads; keeps a partial line between pushes. */
export class SseDataParser {
  private buffer = ''

  /** Adds decoded text; returns the `data:` payloads of every line completed by it. */
  push(text: string): string[] {
    this.buffer += text
    const lines = this.buffer.split(/\r?\n/)
    this.buffer = lines.pop() ?? ''
    const out: string[] = []
    for (const line of lines) {
      if (line.startsWith('data:')) out.push(line.slice(5).trimStart())
    }
    return out
  }
}

export interface ChatChunk {
  id?: string
  delta: string
  finishReason?: string
  usage?: {
    prompt_tokens: number
    completion_tokens: number
    prompt_tokens_details?: { cached_tokens?: number }
  }
}

/** Reads one chunk payload; null for `[DONE]` or anything that is not a chunk object. */
export function parseChatChunk(data: string): ChatChunk | null {
  if (data === '[DONE]') return null
  let v: unknown
  try {
    v = JSON.parse(data)
  } catch {
    return null
  }
  if (typeof v !== 'object' || v === null) return null
  const o = v as {
    id?: unknown
    choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[]
    usage?: {
      prompt_tokens?: unknown
      completion_tokens?: unknown
      prompt_tokens_details?: { cached_tokens?: unknown } | null
    }
  }
  const choice = Array.isArray(o.choices) ? o.choices[0] : undefined
  const content = choice?.delta?.content
  const u = o.usage
  const cached = u?.prompt_tokens_details?.cached_tokens
  return {
    id: typeof o.id === 'string' ? o.id : undefined,
    delta: typeof content === 'string' ? content : '',
    finishReason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : undefined,
    usage:
      u && typeof u.prompt_tokens === 'number' && typeof u.completion_tokens === 'number'
        ? {
            prompt_tokens: u.prompt_tokens,
            completion_tokens: u.completion_tokens,
            ...(typeof cached === 'number'
              ? { prompt_tokens_details: { cached_tokens: cached } }
              : {}),
          }
        : undefined,
  }
}
