import { spawn } from 'node:child_process'
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a port of its choosing, so that a test may stop it
 * and start it again (an outage) without touching the machine's shared cluster. PostgreSQL refuses to run as root:
 * as root, its programs run as the `postgres` user.
 */
export interface PrivatePostgres {
  /** The address of a database on this cluster, as the application's DATABASE_URI. */
  uri: (database: string) => string
  createDatabase: (database: string) => Promise<void>
  start: () => Promise<void>
  /** `immediate` is a crash: no checkpoint, the next start replays the write-ahead log. */
  stop: (mode: 'fast' | 'immediate') => Promise<void>
  /** Freezes every process of the cluster (SIGSTOP): connections open, nothing answers, as a hung server. */
  freeze: () => void
  thaw: () => void
  /** Stops the cluster if it runs and removes its folder. */
  destroy: () => Promise<void>
}

const USER = 'mfa_faults'
const PASSWORD = 'mfa_faults_password'

function binaryFolder(): string {
  const root = '/usr/lib/postgresql'
  const newest = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))[0]
  if (!newest) throw new Error(`No PostgreSQL server programs under ${root}`)
  return path.join(root, newest, 'bin')
}

const asRoot = process.getuid?.() === 0

function run(program: string, args: string[]): Promise<string> {
  const file = path.join(binaryFolder(), program)
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${program} failed (exit ${code}):\n${output}`)),
    )
  })
}

export async function createPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const folder = mkdtempSync(path.join(tmpdir(), `${USER}_`))
  const data = path.join(folder, 'data')
  const passwordFile = path.join(folder, 'password')
  writeFileSync(passwordFile, PASSWORD + '\n')
  if (asRoot) {
    const { uid, gid } = postgresUser()
    chownSync(folder, uid, gid)
    chownSync(passwordFile, uid, gid)
  }
  await run('initdb', [
    '-D',
    data,
    '-U',
    USER,
    '--auth=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ])
  // Loopback only, and the socket in the cluster's own folder: nothing of the machine's cluster is shared.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`
  let running = false
  const cluster: PrivatePostgres = {
    uri: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: async (database) => {
      const client = new pg.Client({ connectionString: cluster.uri('postgres') })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${database}`)
      } finally {
        await client.end()
      }
    },
    start: async () => {
      await run('pg_ctl', ['-D', data, '-l', path.join(folder, 'log'), '-o', options, '-w', 'start'])
      running = true
    },
    stop: async (mode) => {
      await run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop'])
      running = false
    },
    freeze: () => signalCluster(data, 'SIGSTOP'),
    thaw: () => signalCluster(data, 'SIGCONT'),
    destroy: async () => {
      if (running) {
        signalCluster(data, 'SIGCONT')
        await cluster.stop('immediate')
      }
      rmSync(folder, { recursive: true, force: true })
    },
  }
  await cluster.start()
  return cluster
}

/**
 * The postmaster (first line of postmaster.pid) and the processes it started, found by their parent's id. The
 * postmaster is signalled first, so that a frozen one forks no process the list misses.
 */
function signalCluster(data: string, signal: NodeJS.Signals): void {
  const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
  process.kill(postmaster, signal)
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // The parent's id is the fourth field, after the name in parentheses (which may hold spaces).
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster
      } catch {
        return false // the process ended meanwhile
      }
    })
  for (const pid of children) {
    try {
      process.kill(Number(pid), signal)
    } catch (error) {
      // A backend whose client left may end between the list and the signal.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
}

/** The `postgres` account's ids, which own the cluster's files (Node has no getpwnam). */
function postgresUser(): { uid: number; gid: number } {
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find(([name]) => name === 'postgres')
  if (!entry) throw new Error('There is no postgres user to run the private PostgreSQL cluster')
  return { uid: Number(entry[2]), gid: Number(entry[3]) }
}
