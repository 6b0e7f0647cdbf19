import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** `npm run dev` on a database of its own, as a fresh clone has it: no file yet, no migration applied, no account. */
export interface DevServer {
  url: string
  /** What `npm run dev` wrote, for a failing test's report. */
  output: () => string
  stop: () => Promise<void>
}

/** Time enough for the migrations and the first start on two busy cores; pages compile later, on request. */
const READY_WITHIN_MS = 5 * 60_000

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** Ends `npm run dev` and everything under it (tsx, next dev and its workers), which share its process group. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (exited(child) || child.pid === undefined) return
  const done = new Promise((resolve) => child.once('exit', resolve))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // the group has already gone
    }
  }
  signalGroup('SIGTERM')
  const killed = setTimeout(() => signalGroup('SIGKILL'), 10_000)
  await done
  clearTimeout(killed)
  // Next.js's workers may outlive the parent by a moment; none may keep the port or the database.
  signalGroup('SIGKILL')
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  )

export async function startDevServer(port: number): Promise<DevServer> {
  const url = `http://localhost:${port}`
  // Another server there would pass for this one.
  if (await answers(`${url}/favicon.svg`))
    throw new Error(`Port ${port} is taken: stop what listens there, or set DEV_E2E_PORT.`)
  const folder = mkdtempSync(path.join(tmpdir(), 'mfa-dev-'))
  const child = spawn('npm', ['run', 'dev', '--', '-p', String(port)], {
    // A process group of its own, so that stopping it reaches next dev's workers too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URI: `file:${path.join(folder, 'portal.db')}`,
      MEDIA_DIR: path.join(folder, 'media'),
      PAYLOAD_SECRET: 'dev-e2e-secret-not-for-production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = async () => {
    await stopGroup(child)
    rmSync(folder, { recursive: true, force: true })
  }

  const deadline = Date.now() + READY_WITHIN_MS
  for (;;) {
    if (exited(child)) {
      await stop()
      throw new Error(`npm run dev ended before it served (exit ${child.exitCode}):\n${output}`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`npm run dev did not serve within ${READY_WITHIN_MS / 60_000} minutes:\n${output}`)
    }
    // A file from public/: served as soon as next dev listens, before any page is compiled.
    if (await answers(`${url}/favicon.svg`)) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { url, output: () => output, stop }
}
