// `npm run dev`: bring the database up to date with the committed migrations, then `next dev` with whatever follows
// `--` (`npm run dev -- -p 3001`). The .env files are read first, as `next dev` reads them, so that the migration
// and the server see the same settings.
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'

// A CommonJS bundle whose names Node cannot list for an ESM import: take them from its default export.
import nextEnv from '@next/env'

import { databaseInWords } from '@/lib/config/environment'

import { run } from './run'

nextEnv.loadEnvConfig(process.cwd(), true)

const nextArgs = process.argv.slice(2)
// Payload's server URL and the origins it accepts sessions from default to localhost on PORT (lib/config/environment.ts),
// so PORT must name the port `next dev` listens on, -p included: otherwise signing in to the admin fails.
const { values } = parseArgs({
  args: nextArgs,
  options: { port: { type: 'string', short: 'p' } },
  strict: false,
  allowPositionals: true,
})
const port = typeof values.port === 'string' ? values.port : process.env.PORT?.trim() || '3000'
const env: NodeJS.ProcessEnv = { ...process.env, PORT: port }

/** Refuses to start, in one sentence that says what to do. */
function refuse(sentence: string): never {
  console.error(`\n✖ ${sentence}`)
  process.exit(1)
}

let database: string
try {
  database = databaseInWords(env)
} catch (error) {
  refuse(error instanceof Error ? error.message : String(error))
}
console.log(`▸ Migrating ${database}`)
await run('tsx', ['scripts/migrate.ts'], env).catch(() =>
  refuse(
    `Could not bring ${database} up to date with the committed migrations (the cause is above): fix it, in ` +
      'DATABASE_URI (.env) or by starting the database, and run `npm run dev` again.',
  ),
)

const server = spawn('npx', ['--no-install', 'next', 'dev', ...nextArgs], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 1))
