// `npm run demo`: migrate the embedded database, seed the demo content, build, serve, and say how to log in.
import { spawn } from 'node:child_process'

import { databaseInWords, payloadSecret, siteUrl } from '@/lib/config/environment'
import { adminLogin } from '@/seed/admin'

import { run } from './run'

const port = process.env.PORT?.trim() || '3000'
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  // The demo keeps its generated secret under data/, so sessions outlive a restart.
  PAYLOAD_SECRET: payloadSecret({ ...process.env, NODE_ENV: 'development' }),
}
const base = siteUrl(env)

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s`)
}

try {
  console.log(`\n▸ Migrating ${databaseInWords(env)}`)
  await run('tsx', ['scripts/migrate.ts'], env)
  console.log('\n▸ Seeding the demo content')
  await run('tsx', ['seed/run.ts'], env)
  console.log('\n▸ Building the portal')
  await run('next', ['build'], env)

  console.log('\n▸ Starting the portal')
  const server = spawn(process.execPath, ['server/start.mjs', '-p', port], {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production' },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
  await waitUntilServing(`http://127.0.0.1:${port}/favicon.svg`, 120_000)

  const login = adminLogin(env)
  console.log(`
  The portal is running:   ${base}  (${base}/kk, ${base}/ru, ${base}/en)
  Admin:                   ${base}/admin
  Log in as                ${login.email}
  Password                 ${login.password}${login.generated ? '   (generated; kept in data/demo-admin.json)' : ''}

  Press Ctrl+C to stop.
`)
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
