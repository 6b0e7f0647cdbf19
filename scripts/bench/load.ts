// One measurement: wrk (a native load generator, so that the ruler is not the limit) at a fixed concurrency, after a
// warm-up run whose figures are discarded.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureDebianPackage, start } from './processes'

export const WRK = '/usr/bin/wrk'
const SUMMARY_SCRIPT = path.join(import.meta.dirname, 'summary.lua')

export interface LoadResult {
  requestsPerSecond: number
  /** Milliseconds. */
  p50: number
  p99: number
  max: number
  /** Connection, read and write errors, and timeouts (10 s). */
  errors: number
  /** Answers with a status of 400 or more, as wrk counts them: a benchmark of error pages measures nothing. */
  httpErrors: number
  requests: number
  /**
   * The share of one core wrk itself used over the run (null where /proc could not tell). Near 1, the run measured
   * the generator as much as the server: wrk runs one thread.
   */
  generatorBusy: number | null
  /** Bytes read an answer, headers included: the same page from every server, or a yardstick measuring another. */
  bytesPerAnswer: number
}

export interface LoadSettings {
  connections: number
  seconds: number
  warmupSeconds: number
  headers: Record<string, string>
}

/** Debian's wrk, installed if missing (the bench runs as root on a Debian machine). */
export const ensureWrk = () => ensureDebianPackage(WRK, 'wrk')

/** "wrk debian/4.1.0-3+b2": what `wrk -v` says of itself (it prints its usage too, and exits 1). */
export function wrkVersion(): string {
  const output = spawnSync(WRK, ['-v'], { encoding: 'utf8' }).stdout
  return /^wrk (\S+)/m.exec(output)?.[0] ?? 'wrk'
}

/** The JSON line summary.lua prints when wrk ends, in milliseconds and requests per second. */
export function parseWrkSummary(stdout: string): LoadResult {
  const line = stdout
    .split('\n')
    .reverse()
    .find((text) => text.startsWith('{'))
  if (!line) throw new Error(`wrk printed no summary:\n${stdout}`)
  const summary = JSON.parse(line) as Record<
    | 'requests'
    | 'duration'
    | 'p50'
    | 'p99'
    | 'max'
    | 'connect'
    | 'read'
    | 'write'
    | 'status'
    | 'timeout'
    | 'cpu'
    | 'bytes',
    number
  >
  return {
    // Completed answers over the run's length (wrk's duration is in microseconds).
    requestsPerSecond: summary.duration > 0 ? summary.requests / (summary.duration / 1e6) : 0,
    p50: summary.p50 / 1000,
    p99: summary.p99 / 1000,
    max: summary.max / 1000,
    errors: summary.connect + summary.read + summary.write + summary.timeout,
    httpErrors: summary.status,
    requests: summary.requests,
    // Clock ticks of a hundredth of a second (Linux's USER_HZ) over the run's microseconds.
    generatorBusy:
      summary.cpu >= 0 && summary.duration > 0 ? summary.cpu / 100 / (summary.duration / 1e6) : null,
    bytesPerAnswer: summary.requests > 0 ? summary.bytes / summary.requests : 0,
  }
}

async function wrk(url: string, settings: LoadSettings, seconds: number): Promise<LoadResult> {
  const args = [
    '-t1',
    `-c${settings.connections}`,
    `-d${Math.max(1, Math.round(seconds))}s`,
    '--timeout',
    '10s',
    '-s',
    SUMMARY_SCRIPT,
    ...Object.entries(settings.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
  ]
  // Through start(), so that Ctrl+C stops it too; its output is also in data/bench/logs/wrk.log.
  const child = start('wrk', WRK, args, process.env)
  let stdout = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`wrk ${url} failed (exit ${code}); see data/bench/logs/wrk.log`)
  return parseWrkSummary(stdout)
}

/** A redirect or an error page would be measured as fast as any page: refuse to measure one. */
async function expectPage(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers, redirect: 'manual' })
  await response.arrayBuffer()
  if (response.status < 200 || response.status > 299)
    throw new Error(`GET ${url} answered ${response.status}: not a page to measure`)
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
  await expectPage(url, settings.headers)
  await wrk(url, settings, settings.warmupSeconds)
  await settle(idleUrl)
  return wrk(url, settings, settings.seconds)
}
