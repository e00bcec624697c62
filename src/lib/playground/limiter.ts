/** At most `max` tasks in flight per key (per provider); the rest wait in FIFO order. */
export class KeyedLimiter {
  private active = new Map<string, number>()
  private queues = new Map<string, (() => void)[]>()

  constructor(private readonly max: number) {}

  /** Runs `task` once a slot for `key` is free; always releases the slot. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key)
    try {
      return await task()
    } finally {
      this.release(key)
    }
  }

  /** Tasks currently running for `key`. */
  inFlight(key: string): number {
    return this.active.get(key) ?? 0
  }

  private acquire(key: string): Promise<void> {
    const n = this.active.get(key) ?? 0
    if (n < this.max) {
      this.active.set(key, n + 1)
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      const q = this.queues.get(key) ?? []
      q.push(() => {
        this.active.set(key, (this.active.get(key) ?? 0) + 1)
        resolve()
      })
      this.queues.set(key, q)
    })
  }

  private release(key: string): void {
    this.active.set(key, (this.active.get(key) ?? 1) - 1)
    const next = this.queues.get(key)?.shift()
    if (next) next()
  }
}
