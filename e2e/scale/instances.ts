// Two production servers (`npm start`: server.mjs) of the one build in .next, on one fresh PostgreSQL database and one Redis, as a
// deployment with several instances runs them. Everything is started here and stopped by the test itself.
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createPostgresDatabase, type TestDatabase } from '../../tests/helpers/databases'

export const SCALE_ADMIN = { email: 'scale-admin@example.com', password: 'scale admin password 2026' }

/** SCALE_PORT (A; B is the next port) and SCALE_REDIS_PORT let two checkouts run this side by side. */
const FIRST_PORT = Number(process.env.SCALE_PORT ?? 3700)
const REDIS_PORT = Number(process.env.SCALE_REDIS_PORT ?? 6390)
const LOGS = path.join('data', 'scale', 'logs')

interface Started {
  process: ChildProcess
  log: string
}

function run(name: string, command: string, args: string[], env: Record<string, string>): Started {
  mkdirSync(LOGS, { recursive: true })
  const log = path.join(LOGS, `${name}.log`)
  const output = createWriteStream(log)
  // Its own process group, so that stopping it stops whatever it started.
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true })
  child.stdout?.pipe(output)
  child.stderr?.pipe(output)
  return { process: child, log }
}

async function finished({ process: child, log }: Started): Promise<void> {
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`${log} ended with ${code}:\n${tail(log)}`)
}

function tail(log: string): string {
  return readFileSync(log, 'utf8').split('\n').slice(-30).join('\n')
}

async function stop({ process: child }: Started): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

async function answering(url: string, started: Started, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (started.process.exitCode !== null) break
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer:\n${tail(started.log)}`)
}

async function listening(port: number, started: Started, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline && started.process.exitCode === null) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => resolve(true)).once('error', () => resolve(false))
      setTimeout(() => socket.destroy(), 100)
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Nothing listens on ${port}:\n${tail(started.log)}`)
}

/**
 * Migrates and seeds a new database, then starts Redis and two instances of the build on it. SCALE_SHARED_CACHE=off
 * starts them without Redis, each with its own cache, to see the scale test fail. `stop` ends whatever was started,
 * also when starting failed or timed out halfway.
 */
export class Deployment {
  databaseUri = ''
  instances: { name: string; url: string }[] = []
  private started: Started[] = []
  private database: TestDatabase | null = null
  private mediaDir: string | null = null
  // Should the test runner itself be ended, nothing started here may outlive it.
  private readonly killAll = () => {
    for (const { process: child } of this.started)
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL')
  }

  async start(): Promise<void> {
    process.once('exit', this.killAll)
    const sharedCache = process.env.SCALE_SHARED_CACHE !== 'off'
    this.database = await createPostgresDatabase('mfa_scale')
    this.databaseUri = this.database.uri
    this.mediaDir = mkdtempSync(path.join(tmpdir(), 'mfa-scale-media-'))
    const urls = [FIRST_PORT, FIRST_PORT + 1].map((port) => `http://127.0.0.1:${port}`)
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URI: this.database.uri,
      MEDIA_DIR: this.mediaDir,
      PAYLOAD_SECRET: 'scale-test-secret-not-for-production',
      // One public address in front of both, as behind a load balancer.
      SITE_URL: urls[0]!,
      SEED_ADMIN_EMAIL: SCALE_ADMIN.email,
      SEED_ADMIN_PASSWORD: SCALE_ADMIN.password,
      ...(sharedCache ? { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` } : {}),
    }
    const tsx = path.join('node_modules', '.bin', 'tsx')
    await finished(this.run('migrate', tsx, ['scripts/migrate.ts'], env))
    const seed = this.run('seed', tsx, ['seed/run.ts'], env)
    if (sharedCache) {
      // A cache only: nothing written to disk, so a restarted Redis holds nothing stale.
      const redis = this.run(
        'redis',
        'redis-server',
        ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {},
      )
      await listening(REDIS_PORT, redis, 10)
    }
    await finished(seed)
    const servers = urls.map((url, index) => {
      const { port } = new URL(url)
      return this.run(
        `instance-${'ab'[index]}`,
        process.execPath,
        ['server.mjs', '-H', '127.0.0.1', '-p', port],
        {
          ...env,
          PORT: port,
        },
      )
    })
    await Promise.all(servers.map((server, index) => answering(`${urls[index]}/favicon.svg`, server, 120)))
    this.instances = urls.map((url, index) => ({ name: 'AB'[index]!, url }))
  }

  async stop(): Promise<void> {
    // The servers first: Redis going away under them would only be logged as an outage.
    await Promise.all(this.started.filter(({ log }) => log.includes('instance-')).map(stop))
    await Promise.all(this.started.map(stop))
    process.removeListener('exit', this.killAll)
    await this.database?.drop()
    if (this.mediaDir) rmSync(this.mediaDir, { recursive: true, force: true })
  }

  private run(name: string, command: string, args: string[], env: Record<string, string>): Started {
    const started = run(name, command, args, env)
    this.started.push(started)
    return started
  }
}
