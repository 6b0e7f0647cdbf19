// Every process the bench starts goes through here, so that all of them stop on success, error or Ctrl+C.
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export const LOG_DIR = path.resolve('data', 'bench', 'logs')

const running = new Set<ChildProcess>()
const cleanups: (() => void)[] = []

/** Starts a long-running process in its own process group, its output in data/bench/logs/<name>.log. */
export function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  mkdirSync(LOG_DIR, { recursive: true })
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`), { flags: 'a' })
  // Its own group: `next start` forks workers, and stopping the group stops them too.
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  running.add(child)
  child.on('exit', () => running.delete(child))
  return child
}

/** Runs a command to completion, its output logged; rejects with the log's place when it fails. */
export async function runLogged(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = start(name, command, args, env)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (exitCode) => resolve(exitCode))
  })
  if (code !== 0) throw new Error(`${name} failed (exit ${code}); see ${path.join(LOG_DIR, `${name}.log`)}`)
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** Something to undo when the bench ends, however it ends (files written into the app, say). */
export function onExit(cleanup: () => void): void {
  cleanups.push(cleanup)
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stop))
  for (const cleanup of cleanups.splice(0)) cleanup()
}

/** Ctrl+C or a kill stops what was started before the bench exits. */
export function stopAllOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n✖ ${signal}: stopping the servers the bench started`)
      void stopAll().finally(() => process.exit(130))
    })
  }
}

/** Polls until the URL answers 2xx. */
export async function waitUntilServing(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Nothing answered at ${url} within ${timeoutMs / 1000} s`)
}

/** A program from a Debian package, installed with apt-get if missing (the bench runs as root on a Debian machine). */
export async function ensureDebianPackage(binary: string, debianPackage: string): Promise<string> {
  if (existsSync(binary)) return binary
  console.log(`▸ Installing ${debianPackage} (apt-get)`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  try {
    await runLogged('apt-get-install', 'apt-get', ['install', '-y', debianPackage], env)
  } catch {
    await runLogged('apt-get-update', 'apt-get', ['update'], env)
    await runLogged('apt-get-install', 'apt-get', ['install', '-y', debianPackage], env)
  }
  if (!existsSync(binary)) throw new Error(`apt-get installed ${debianPackage}, but ${binary} is missing`)
  return binary
}
