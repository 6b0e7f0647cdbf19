// Steady traffic for the scale tests: a number of clients, each sending its next request as soon as the last is
// answered, and what became of every request; and nginx's account of which instances served them.
import { readFileSync } from 'node:fs'

export interface Outcome {
  path: string
  /** Date.now() when sent and when answered (or failed). */
  sent: number
  ended: number
  /** The HTTP status, or the error that took its place. */
  status: number | string
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends GET requests for `paths` (in turn) from `clients` clients until `keepGoing` says stop. Answers are read to the
 * end: a page cut off halfway is a failure too.
 */
export async function steadyLoad(
  baseUrl: string,
  paths: string[],
  { clients, keepGoing, pauseMs = 0 }: { clients: number; keepGoing: () => boolean; pauseMs?: number },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (keepGoing()) {
        const path = paths[next++ % paths.length]!
        const sent = Date.now()
        let status: number | string
        try {
          const response = await fetch(baseUrl + path, { signal: AbortSignal.timeout(15_000) })
          await response.arrayBuffer()
          status = response.status
        } catch (error) {
          status = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        }
        outcomes.push({ path, sent, ended: Date.now(), status })
        if (pauseMs) await pause(pauseMs)
      }
    }),
  )
  return outcomes
}

export interface ProxiedRequest {
  /** Date.now() when nginx finished it. */
  at: number
  /** Date.now() when nginx read its first byte: a request cut short by a dying instance finishes after the death. */
  startedAt: number
  status: number
  request: string
  /** The instances it went to, in order ("127.0.0.1:3701" then "127.0.0.1:3700" when the first failed). */
  upstreams: string[]
}

/** nginx's access log in the scale test's format (deploy/nginx.ts). */
export function proxiedRequests(accessLog: string): ProxiedRequest[] {
  const line = /^(\d+\.\d+) (\d+) "([^"]*)" upstream=\[([^\]]*)\]/
  return readFileSync(accessLog, 'utf8')
    .split('\n')
    .flatMap((text) => {
      const match = line.exec(text)
      if (!match) return []
      // "A, B" when A failed and B answered; " : " separates the groups of an internal redirect.
      const upstreams = match[4]!.split(/,\s*|\s+:\s+/).filter((part) => /^[\d.]+:\d+$/.test(part))
      const at = Number(match[1]) * 1000
      const took = Number(/ took=([\d.]+)$/.exec(text)?.[1] ?? 0) * 1000
      return [{ at, startedAt: at - took, status: Number(match[2]), request: match[3]!, upstreams }]
    })
}
