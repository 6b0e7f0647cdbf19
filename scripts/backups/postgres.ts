import { spawn } from 'node:child_process'

/**
 * The connection as libpq's environment variables: pg_dump and pg_restore then get no password on their command line,
 * where every user of the machine could read it.
 */
export function libpqEnvironment(uri: string): Record<string, string> {
  const url = new URL(uri)
  const sslmode = url.searchParams.get('sslmode')
  return {
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  }
}

function run(program: string, args: string[], uri: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: { ...process.env, ...libpqEnvironment(uri) },
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', (error) => reject(new Error(`${program} could not be started: ${error.message}`)))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}): ${errors.trim()}`)),
    )
  })
}

/** pg_dump's own archive format: one consistent snapshot, taken while the site runs, restorable by pg_restore. */
export function backUpPostgres(uri: string, target: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`], uri)
}

/**
 * Replaces every table, index and extension the archive holds, in one transaction: a restore that fails half-way
 * leaves the database as it was. Objects are owned by whoever restores, as on any other server.
 */
export function restorePostgres(source: string, uri: string): Promise<void> {
  return run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      // The name only: the password stays in the environment.
      `--dbname=${libpqEnvironment(uri).PGDATABASE}`,
      source,
    ],
    uri,
  )
}
