import { type ChildProcess, spawn } from 'node:child_process'

import { E2E_ADMIN } from '../../playwright.config'
import { loaderLost } from '../../tests/helpers/loaderLost'

/** The production server (`npm start`, the build must exist) on a database and port of a test's own. */
export interface OwnServer {
  url: string
  /** Whether the process still runs: it must live through whatever happens to its database. */
  running: () => boolean
  /** What the server wrote, for a failing test's report. */
  output: () => string
  stop: () => Promise<void>
}

/** The committed migrations and the administrator, on the database the server on this port will use. */
export async function prepareDatabase(databaseUri: string, port: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const child = spawn('npx', ['--no-install', 'tsx', 'e2e/helpers/prepareDatabase.ts'], {
      env: { ...process.env, ...serverEnv(databaseUri, port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const output = collect(child)
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('exit', (...ending) => resolve(ending)),
    )
    if (code === 0) return
    if (!loaderLost(code, output()) || attempt === 3)
      throw new Error(`Preparing the database failed (${signal ?? `exit ${code}`}):\n${output()}`)
  }
}

const urlOf = (port: number) => `http://127.0.0.1:${port}`

function serverEnv(databaseUri: string, port: number): Record<string, string> {
  return {
    DATABASE_URI: databaseUri,
    MEDIA_DIR: 'data/e2e/own-media',
    PAYLOAD_SECRET: 'e2e-own-server-secret',
    SITE_URL: urlOf(port),
    SEED_ADMIN_EMAIL: E2E_ADMIN.email,
    SEED_ADMIN_PASSWORD: E2E_ADMIN.password,
  }
}

function collect(child: ChildProcess): () => string {
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return () => output
}

export async function startOwnServer(databaseUri: string, port: number): Promise<OwnServer> {
  const url = urlOf(port)
  const child = spawn(process.execPath, ['server/start.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...serverEnv(databaseUri, port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = collect(child)
  const running = () => child.exitCode === null && child.signalCode === null
  const deadline = Date.now() + 60_000
  for (;;) {
    if (!running()) throw new Error(`The server ended before it was ready:\n${output()}`)
    if (Date.now() > deadline) throw new Error(`The server was not ready within a minute:\n${output()}`)
    const ready = await fetch(`${url}/favicon.svg`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    running,
    output,
    stop: async () => {
      if (!running()) return
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
