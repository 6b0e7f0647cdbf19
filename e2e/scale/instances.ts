// Two production servers (`npm start`: server/start.mjs) of the one build in .next, on one PostgreSQL database, one Redis
// and one S3 bucket, behind nginx with deploy/nginx.conf, as a deployment with several instances runs them. PostgreSQL is a cluster of
// the test's own (tests/helpers/privatePostgres.ts), so that a test may restart it; the machine's shared cluster is
// never touched. Everything is started here and stopped by the test itself.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NGINX, renderNginxConfig, writeNginxConfig } from '../../deploy/nginx'
import { createPrivatePostgres, type PrivatePostgres } from '../../tests/helpers/privatePostgres'
import { startLocalS3, type LocalS3 } from '../../tests/helpers/s3'

export const SCALE_ADMIN = { email: 'scale-admin@example.com', password: 'scale admin password 2026' }

/**
 * SCALE_PORT (A; B is the next port), SCALE_REDIS_PORT, SCALE_NGINX_PORT, SCALE_POSTGRES_PORT and SCALE_S3_PORT let
 * two checkouts run this side by side.
 */
const FIRST_PORT = Number(process.env.SCALE_PORT ?? 3700)
const REDIS_PORT = Number(process.env.SCALE_REDIS_PORT ?? 6390)
const NGINX_PORT = Number(process.env.SCALE_NGINX_PORT ?? FIRST_PORT + 2)
const POSTGRES_PORT = Number(process.env.SCALE_POSTGRES_PORT ?? FIRST_PORT + 3)
const S3_PORT = Number(process.env.SCALE_S3_PORT ?? FIRST_PORT + 4)
const LOGS = path.join('data', 'scale', 'logs')

interface Started {
  process: ChildProcess
  log: string
}

export interface Instance {
  name: 'A' | 'B'
  url: string
  port: number
  server: Started
}

function run(name: string, command: string, args: string[], env: Record<string, string>): Started {
  mkdirSync(LOGS, { recursive: true })
  const log = path.join(LOGS, `${name}.log`)
  // Appended to: an instance started again keeps the story of its first life.
  const output = createWriteStream(log, { flags: 'a' })
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

async function stop({ process: child }: Started, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, signal)
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
 * Migrates and seeds a new database, then starts Redis, two instances of the build on it and nginx in front.
 * SCALE_SHARED_CACHE=off starts the instances without Redis, each with its own cache, to see the scale test fail.
 * `stop` ends whatever was started, also when starting failed or timed out halfway.
 */
export class Deployment {
  databaseUri = ''
  /** The public address: nginx, in front of the instances. */
  url = `http://127.0.0.1:${NGINX_PORT}`
  instances: Instance[] = []
  database: PrivatePostgres | null = null
  /** The one bucket of uploads (an S3 API on this machine); each instance has a media folder of its own besides. */
  s3: LocalS3 | null = null
  /** nginx's access log: for each request, the instances it went to. */
  accessLog = ''
  /** The shared cache, when there is one; a test may stall it (`DEBUG SLEEP`, allowed from this machine only). */
  redisUrl: string | null = null
  private started: Started[] = []
  private env: Record<string, string> = {}
  private mediaDir: string | null = null
  private nginxPrefix: string | null = null
  // Should the test runner itself be ended, nothing started here may outlive it.
  private readonly killAll = () => {
    for (const { process: child } of this.started)
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL')
  }

  async start(): Promise<void> {
    process.once('exit', this.killAll)
    rmSync(LOGS, { recursive: true, force: true })
    const sharedCache = process.env.SCALE_SHARED_CACHE !== 'off'
    this.database = await createPrivatePostgres(POSTGRES_PORT)
    await this.database.createDatabase('mfa_scale')
    this.databaseUri = this.database.uri('mfa_scale')
    this.s3 = await startLocalS3(S3_PORT)
    // Uploads must reach the other instance through the bucket: no media folder is shared.
    this.mediaDir = mkdtempSync(path.join(tmpdir(), 'mfa-scale-media-'))
    this.env = {
      NODE_ENV: 'production',
      DATABASE_URI: this.databaseUri,
      ...this.s3.env,
      MEDIA_DIR: path.join(this.mediaDir, 'seed'),
      PAYLOAD_SECRET: 'scale-test-secret-not-for-production',
      // The one public address in front of both, as behind a load balancer; nginx runs on this machine.
      SITE_URL: this.url,
      TRUSTED_PROXIES: '127.0.0.1',
      SEED_ADMIN_EMAIL: SCALE_ADMIN.email,
      SEED_ADMIN_PASSWORD: SCALE_ADMIN.password,
    }
    if (sharedCache) {
      this.redisUrl = `redis://127.0.0.1:${REDIS_PORT}`
      this.env.REDIS_URL = this.redisUrl
    }
    const tsx = path.join('node_modules', '.bin', 'tsx')
    await finished(this.run('migrate', tsx, ['scripts/migrate.ts'], this.env))
    const seed = this.run('seed', tsx, ['seed/run.ts'], this.env)
    if (sharedCache) {
      // A cache only: nothing written to disk, so a restarted Redis holds nothing stale.
      const redis = this.run(
        'redis',
        'redis-server',
        [
          ...['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
          ...['--enable-debug-command', 'local'],
        ],
        {},
      )
      await listening(REDIS_PORT, redis, 10)
    }
    await finished(seed)
    this.instances = (['A', 'B'] as const).map((name, index) => {
      const port = FIRST_PORT + index
      return { name, port, url: `http://127.0.0.1:${port}`, server: this.startServer(name, port) }
    })
    await Promise.all(this.instances.map(({ url, server }) => answering(`${url}/favicon.svg`, server, 120)))
    await this.startNginx()
  }

  instance(name: Instance['name']): Instance {
    const found = this.instances.find((instance) => instance.name === name)
    if (!found) throw new Error(`No instance ${name}`)
    return found
  }

  /** Ends an instance at once, as a crash or the kernel's OOM killer would: no request is finished. */
  async kill(name: Instance['name']): Promise<void> {
    await stop(this.instance(name).server, 'SIGKILL')
  }

  /** Starts a stopped instance again on its port, and waits until it answers. */
  async restart(name: Instance['name']): Promise<void> {
    const instance = this.instance(name)
    await stop(instance.server)
    instance.server = this.startServer(name, instance.port)
    await answering(`${instance.url}/favicon.svg`, instance.server, 120)
  }

  async stop(): Promise<void> {
    // nginx and the servers first: Redis going away under them would only be logged as an outage.
    await Promise.all(this.started.filter(({ log }) => /instance-|nginx/.test(log)).map((s) => stop(s)))
    await Promise.all(this.started.map((s) => stop(s)))
    process.removeListener('exit', this.killAll)
    await this.database?.destroy()
    await this.s3?.stop()
    for (const folder of [this.mediaDir, this.nginxPrefix])
      if (folder) rmSync(folder, { recursive: true, force: true })
  }

  private startServer(name: Instance['name'], port: number): Started {
    return this.run(
      `instance-${name.toLowerCase()}`,
      process.execPath,
      ['server/start.mjs', '-H', '127.0.0.1', '-p', String(port)],
      { ...this.env, PORT: String(port), MEDIA_DIR: path.join(this.mediaDir ?? '', name) },
    )
  }

  private async startNginx(): Promise<void> {
    const prefix = mkdtempSync(path.join(tmpdir(), 'mfa-scale-nginx-'))
    this.nginxPrefix = prefix
    const site = renderNginxConfig({
      port: NGINX_PORT,
      instancePorts: this.instances.map(({ port }) => port),
      cacheDir: path.join(prefix, 'cache'),
    })
    const config = writeNginxConfig(prefix, site)
    this.accessLog = path.join(prefix, 'access.log')
    execFileSync(NGINX, ['-t', '-q', '-c', config, '-p', prefix], { stdio: 'inherit' })
    const nginx = this.run('nginx', NGINX, ['-c', config, '-p', prefix], {})
    await answering(`${this.url}/api/health`, nginx, 20)
  }

  private run(name: string, command: string, args: string[], env: Record<string, string>): Started {
    const started = run(name, command, args, env)
    this.started.push(started)
    return started
  }
}
