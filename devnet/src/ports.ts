/** Port checks: a busy port is fatal (never silently talk to someone else's node). */
import net from 'node:net'

/** Resolves when `port` on `host` is free; rejects with a clear message when it is taken. */
export function assertPortFree(host: string, port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `${what} port ${port} on ${host} is busy. Stop whatever listens there (e.g. another devnet or anvil), or choose another port.`
            : `${what} port ${port} on ${host}: ${err.message}`,
        ),
      )
    })
    srv.listen(port, host, () => srv.close(() => resolve()))
  })
}

/** A free TCP port chosen by the OS. */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, host, () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}
