// `npm run bench [-- --no-build] [-- --no-bulk]`: measures the public pages, served by the site and through nginx with
// deploy/nginx.conf, against nginx serving the same answers as files and a bare Node.js server sending them, with
// wrk, on a database of its own; then again after the bulk seed, to show growth. See docs/performance.md.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { revalidationToken } from '@/lib/cache/revalidateTags'

import { ensureWrk, type LoadResult, wrkVersion } from './load'
import { benchOptions } from './options'
import { newestRelease } from './pages'
import { runLogged, stopAll, stopAllOnSignals } from './processes'
import {
  freshnessTable,
  growthTable,
  javascriptTable,
  loadTable,
  machineNote,
  type Round,
  unequalAnswers,
} from './report'
import { generatorCeiling, measureRound } from './round'
import { ensureNginx, startNext, stopServer } from './servers'
import { measureStalls, type Stalls } from './stalls'

const options = benchOptions()
const BENCH_DIR = path.resolve('data', 'bench')
const staff = { email: 'bench-admin@example.com', password: 'bench admin password 2026' }
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: 'file:./data/bench/portal.db',
  MEDIA_DIR: 'data/bench/media',
  // Fixed, so that the revalidation token is known; this database holds nothing worth protecting.
  PAYLOAD_SECRET: 'bench-secret-not-for-production',
  SITE_URL: `http://127.0.0.1:${options.nextPort}`,
  PORT: String(options.nextPort),
  SEED_ADMIN_EMAIL: staff.email,
  SEED_ADMIN_PASSWORD: staff.password,
  NEXT_TELEMETRY_DISABLED: '1',
}
const tsx = (args: string[]) => ['--no-install', 'tsx', ...args]

async function prepare(): Promise<void> {
  // A fresh database each run: the first round must see the demo content and nothing else.
  rmSync(BENCH_DIR, { recursive: true, force: true })
  mkdirSync(BENCH_DIR, { recursive: true })
  console.log('▸ Migrating and seeding data/bench/portal.db (logs in data/bench/logs/)')
  await runLogged('migrate', 'npx', tsx(['scripts/migrate.ts']), env)
  await runLogged('seed', 'npx', tsx(['seed/run.ts']), env)
  if (options.build || !existsSync(path.resolve('.next', 'BUILD_ID'))) {
    console.log('▸ Building (next build)')
    await runLogged('build', 'npx', ['--no-install', 'next', 'build'], env)
  } else console.log('▸ Using the existing build (--no-build)')
}

interface Run {
  rounds: Round[]
  /** What wrk reaches against nginx serving a 13-byte file: the ruler's own limit. */
  ceiling: LoadResult
  /** How often the machine itself stops a running thread: the part of a tail no server can remove. */
  stalls: Stalls
}

async function main(): Promise<Run> {
  stopAllOnSignals()
  const started = Date.now()
  await prepare()
  const nginx = await ensureNginx()
  await ensureWrk()
  console.log('▸ The ruler: wrk against nginx serving a 13-byte file')
  const ceiling = await generatorCeiling(nginx, options)
  console.log(`▸ The machine: a thread reading the clock for ${options.seconds} s, nothing else running`)
  const stalls = measureStalls(options.seconds)
  const token = revalidationToken(env.PAYLOAD_SECRET)

  const base = `http://127.0.0.1:${options.nextPort}`
  const probe = await startNext(options.nextPort, env)
  const release = await newestRelease(base, options.locale)
  await stopServer(probe)

  const common = { options, env, nginx, release, revalidationToken: token, staff }
  console.log('▸ Round 1: the demo content')
  const rounds = [await measureRound({ ...common, title: 'demo', javascript: true })]
  if (options.bulk) {
    console.log('▸ Bulk seed: 10,000 releases and 2,000 events (npm run seed -- --bulk)')
    const seeded = Date.now()
    // Once in a while (one run in three here) this child exits 13 at once, silent: Node's "unsettled top-level
    // await", before Payload has started. Run alone, it always succeeds; the seed is idempotent, so try once more.
    await runLogged('seed-bulk', 'npx', tsx(['seed/run.ts', '--bulk']), env).catch((error: unknown) => {
      console.log(`  · ${error instanceof Error ? error.message : String(error)}; trying once more`)
      return runLogged('seed-bulk-retry', 'npx', tsx(['seed/run.ts', '--bulk']), env)
    })
    console.log(`  · seeded in ${Math.round((Date.now() - seeded) / 1000)} s`)
    console.log('▸ Round 2: the bulk archive')
    rounds.push(
      await measureRound({
        ...common,
        title: 'bulk',
        javascript: false,
        only: ['list', 'search', 'release'],
      }),
    )
  }
  console.log(`▸ Done in ${Math.round((Date.now() - started) / 60_000)} min`)
  return { rounds, ceiling, stalls }
}

const seconds = (value: number) => Math.max(1, Math.round(value))

function report({ rounds, ceiling, stalls }: Run): string {
  const [small, large] = rounds
  if (!small) return ''
  const settings =
    `${wrkVersion()}, 1 thread, ${options.connections} connections, ${seconds(options.seconds)} s per run after a ` +
    `${seconds(options.warmupSeconds)} s warm-up, Accept-Encoding: gzip (the page as a browser gets it), locale ` +
    `${options.locale}. "page" is the site itself (next start, the cached page; search is rendered for each ` +
    `query, so the targets, set for cached pages, do not apply to it); "nginx-fronted" the same page through nginx ` +
    `with deploy/nginx.conf in front of it, after a warm-up that cached it (its X-Cache-Status follows the rate when ` +
    `not HIT); "node floor" the page's answer (its headers and gzipped bytes, as the site sends them to visitors ` +
    `once it has rendered the page again in the background) from a bare Node.js server that does nothing else; ` +
    `"nginx static" the same answer from nginx, the bytes as a file (gzip_static) with the page's headers. ` +
    `Errors: socket errors and timeouts + answers ≥ 400 (page / ` +
    `nginx-fronted / node floor / nginx static). wrk busy: the share of a core wrk itself used in the page's, the ` +
    `front's and nginx static's runs (wrk runs one thread: near 100 %, the generator set the rate, not the server). ` +
    `nginx static and nginx-fronted are measured in turn, ${options.pairs} pairs a page; their columns are the pair ` +
    `whose fronted / nginx ratio is the median, and the ratio is followed by the range of all pairs.`
  const fastest = Math.max(
    ...rounds.flatMap((round) =>
      round.pages.flatMap((run) => run.pairs.map((pair) => pair.nginx.requestsPerSecond)),
    ),
  )
  const busy =
    fastest > ceiling.requestsPerSecond
      ? ` nginx static served a page faster in this run (${Math.round(fastest).toLocaleString('en-US')} req/s) than ` +
        `the ruler's tiny file: the machine was busier when the ruler was taken; this run was not on a quiet machine.`
      : ''
  const rulerBusy =
    ceiling.generatorBusy === null
      ? ''
      : `; wrk busy ${Math.round(ceiling.generatorBusy * 100)} % of its core`
  const ruler =
    `**The ruler:** wrk reaches ${Math.round(ceiling.requestsPerSecond).toLocaleString('en-US')} req/s ` +
    `(the fastest of three runs; p50 ${ceiling.p50.toFixed(2)} ms, p99 ${ceiling.p99.toFixed(2)} ms${rulerBusy}) ` +
    `against nginx ` +
    `serving a 13-byte file with the same connections, on the same cores: a rate near it is the generator's limit, ` +
    `not the server's.` +
    busy
  const parts = [
    `## Bench ${new Date().toISOString()} (${small.releases} releases, ${small.events} events)`,
    settings,
    ruler,
    machineNote(stalls),
    loadTable(small),
    unequalAnswers(small),
    freshnessTable(small),
    javascriptTable(small),
  ]
  if (large) {
    parts.push(
      `## After the bulk seed (${large.releases} releases, ${large.events} events)`,
      loadTable(large),
      unequalAnswers(large),
      freshnessTable(large),
      `### Growth`,
      growthTable(small, large),
    )
  }
  return parts.filter(Boolean).join('\n\n') + '\n'
}

try {
  const text = report(await main())
  const file = path.join(BENCH_DIR, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
  writeFileSync(file, text)
  console.log('\n' + text)
  console.log(`(saved to ${path.relative(process.cwd(), file)})`)
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await stopAll()
}
