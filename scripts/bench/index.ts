// `npm run bench [-- --no-build] [-- --no-bulk]`: measures the public pages against nginx and Next.js serving the
// same bytes as files, on a database of its own; then again after the bulk seed, to show growth. See README.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { revalidationToken } from '@/lib/cache/revalidateTags'

import { benchOptions } from './options'
import { newestRelease } from './pages'
import { onExit, runLogged, stopAll, stopAllOnSignals } from './processes'
import { freshnessTable, growthTable, javascriptTable, loadTable, type Round } from './report'
import { measureRound } from './round'
import { ensureNginx, removePublicCopies, startNext, stopServer } from './servers'

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

async function main(): Promise<Round[]> {
  stopAllOnSignals()
  onExit(removePublicCopies)
  const started = Date.now()
  await prepare()
  const nginx = await ensureNginx()
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
  return rounds
}

function report(rounds: Round[]): string {
  const [small, large] = rounds
  if (!small) return ''
  const settings =
    `${options.connections} connections, ${options.seconds} s per run after a ${options.warmupSeconds} s warm-up, ` +
    `autocannon 9, Accept-Encoding: identity (the same bytes from every server), locale ${options.locale}. ` +
    `"next static" is the page's HTML saved under public/bench/ and served by the same next start; "nginx" the same ` +
    `bytes from nginx. Errors: connection errors + non-2xx (page / next static / nginx).`
  const parts = [
    `## Bench ${new Date().toISOString()} (${small.releases} releases, ${small.events} events)`,
    settings,
    loadTable(small),
    freshnessTable(small),
    javascriptTable(small),
  ]
  if (large) {
    parts.push(
      `## After the bulk seed (${large.releases} releases, ${large.events} events)`,
      loadTable(large),
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
