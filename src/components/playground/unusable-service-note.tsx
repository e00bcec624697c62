import { serviceUrlProblem } from '@/lib/safe-url'

/**
 * Says up front that the picked service cannot be used because of its on-chain URL (the panel
 * disables sending too; use-inference-call refuses such a URL anyway, as defence in depth).
 */
export function UnusableServiceNote({ url }: { url: string }) {
  const problem = serviceUrlProblem(url)
  if (!problem) return null
  return (
    <p role="note" className="text-sm text-warning">
      This service cannot be used: {problem}. Pick another service.
    </p>
  )
}

/** True when the service's on-chain URL can be called (absolute http(s), no credentials). */
export function isUsableServiceUrl(url: string | undefined): boolean {
  return url !== undefined && serviceUrlProblem(url) === null
}
