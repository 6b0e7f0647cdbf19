// What a bench run is told from the command line and the environment, with the defaults the issue asks for.

export interface BenchOptions {
  /** False with --no-build when a build exists: the run then measures that build. */
  build: boolean
  /** False with --no-bulk: only the round with the demo content. */
  bulk: boolean
  nextPort: number
  nginxPort: number
  /** nginx with deploy/nginx.conf in front of the site. */
  frontPort: number
  /** The bare Node.js server sending the pages' answers (scripts/bench/nodeFloor.mjs). */
  floorPort: number
  connections: number
  /** Length of each measured wrk run (whole seconds); each is preceded by a warm-up at the same load. */
  seconds: number
  warmupSeconds: number
  /** How many times nginx static and nginx-fronted are measured in turn for each page. */
  pairs: number
  /** A word that occurs in the demo and in the bulk archive, for the search page. */
  searchWord: string
  /** The language of every measured page. */
  locale: string
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`)
  return value
}

export function benchOptions(
  argv: string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions {
  const nginxPort = positiveNumber(env, 'BENCH_NGINX_PORT', 3401)
  return {
    build: !argv.includes('--no-build'),
    bulk: !argv.includes('--no-bulk'),
    nextPort: positiveNumber(env, 'BENCH_NEXT_PORT', 3400),
    nginxPort,
    frontPort: positiveNumber(env, 'BENCH_FRONT_PORT', nginxPort + 1),
    floorPort: positiveNumber(env, 'BENCH_FLOOR_PORT', nginxPort + 2),
    connections: positiveNumber(env, 'BENCH_CONNECTIONS', 32),
    seconds: positiveNumber(env, 'BENCH_SECONDS', 8),
    warmupSeconds: positiveNumber(env, 'BENCH_WARMUP_SECONDS', 2),
    // Whole pairs, at least one: the report takes the median pair.
    pairs: Math.max(1, Math.round(positiveNumber(env, 'BENCH_PAIRS', 3))),
    searchWord: env.BENCH_SEARCH_WORD?.trim() || 'переговоры',
    locale: env.BENCH_LOCALE?.trim() || 'ru',
  }
}
