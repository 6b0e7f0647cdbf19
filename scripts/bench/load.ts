// One measurement: autocannon at a fixed concurrency, after a warm-up run whose figures are discarded.
import autocannon from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  /** Connection errors and timeouts. */
  errors: number
  /** Answers other than 2xx: a benchmark of error pages measures nothing. */
  non2xx: number
  requests: number
}

export interface LoadSettings {
  connections: number
  seconds: number
  warmupSeconds: number
  headers: Record<string, string>
}

async function cannon(url: string, settings: LoadSettings, seconds: number) {
  return autocannon({
    url,
    connections: settings.connections,
    duration: seconds,
    headers: settings.headers,
    timeout: 10,
  })
}

/**
 * Waits until the server answers a cheap request quickly again. A server keeps working through the requests queued
 * when a run ended; without this, the next run measures that backlog instead of its own target.
 */
export async function settle(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let quick = 0
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now()
    // A busy server may drop a kept-alive connection: that is not idle either, but no reason to stop the bench.
    const answered = await fetch(url).then(
      (response) => response.arrayBuffer().then(() => response.ok),
      () => false,
    )
    quick = answered && performance.now() - started < 20 ? quick + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export async function load(url: string, settings: LoadSettings, idleUrl: string): Promise<LoadResult> {
  await settle(idleUrl)
  await cannon(url, settings, settings.warmupSeconds)
  await settle(idleUrl)
  const result = await cannon(url, settings, settings.seconds)
  return {
    // Completed answers over the run's length: the per-second average rounds a slow page down to 0.
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  }
}
