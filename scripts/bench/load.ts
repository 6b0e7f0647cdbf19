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

export async function load(url: string, settings: LoadSettings): Promise<LoadResult> {
  await cannon(url, settings, settings.warmupSeconds)
  const result = await cannon(url, settings, settings.seconds)
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  }
}
