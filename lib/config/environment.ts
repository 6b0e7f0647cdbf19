// Configuration from the environment, read and checked in one place.
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The variables read here; a plain record so tests can pass their own. */
export type Env = Record<string, string | undefined>

export const DEFAULT_DATABASE_URI = 'file:./data/portal.db'

/** Where the demo keeps the secret it generated, so sessions survive restarts. */
export const SECRET_FILE = path.join(process.cwd(), 'data', 'payload-secret')

/** Where uploads are stored: beside the database by default, outside the repository and the build. */
export function mediaDir(env: Env = process.env): string {
  // Chosen at run time: the bundler must not trace it (turbopackIgnore).
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR?.trim() || path.join('data', 'media'))
}

export type DatabaseKind = 'sqlite' | 'postgres'

export function databaseUri(env: Env = process.env): string {
  return env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI
}

export function databaseKind(uri: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(
    `DATABASE_URI must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${uri.split(':')[0]}:…"`,
  )
}

/** The database for a person to read in a script's output: its engine and where it is, never its password. */
export function databaseInWords(env: Env = process.env): string {
  const uri = databaseUri(env)
  return `the ${databaseKind(uri)} database (${uri.split('@').pop()})`
}

/** The database file a `file:` DATABASE_URI names. */
export function sqliteFile(uri: string): string {
  return uri.replace(/^file:(\/\/)?/, '').split('?')[0] ?? ''
}

/** SQLite creates its file but not the folders above it; a fresh clone has no data/ yet. */
export function ensureSqliteFolder(uri: string): void {
  const file = sqliteFile(uri)
  if (file && file !== ':memory:')
    mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true })
}

/** SITE_URL without a trailing slash; absolute links and Payload's serverURL are built on it. */
export function siteUrl(env: Env = process.env): string {
  const raw = env.SITE_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: "${raw}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https: "${raw}"`)
  }
  return url.origin
}

/**
 * How this server reaches itself, for work done outside a request (scheduled jobs). `next start` sets PORT; set
 * INTERNAL_URL when the server listens on a specific address other than the loopback.
 */
export function internalUrl(env: Env = process.env): string {
  return (env.INTERNAL_URL?.trim() || `http://127.0.0.1:${env.PORT?.trim() || '3000'}`).replace(/\/+$/, '')
}

export function readOrCreateSecretFile(file = SECRET_FILE): string {
  if (existsSync(/*turbopackIgnore: true*/ file))
    return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(/*turbopackIgnore: true*/ file, secret + '\n', { mode: 0o600 })
  chmodSync(/*turbopackIgnore: true*/ file, 0o600)
  return secret
}

/**
 * A production server must be given its secret: a generated one would change on every machine and
 * sign users out. `next build` needs none (it signs nothing), and development keeps one under data/.
 */
export function payloadSecret(env: Env = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-secret-never-used-to-sign'
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (e.g. `openssl rand -hex 32`); ' +
        '`npm run demo` keeps one in data/payload-secret.',
    )
  }
  return readOrCreateSecretFile()
}

/** Where uploads go when they must be shared by several instances: an S3-compatible bucket. */
export interface S3Media {
  bucket: string
  region: string
  /** Another S3-compatible service than AWS (MinIO, Ceph, a cloud's object storage). */
  endpoint?: string
  /** Buckets addressed as /bucket/key rather than bucket.host: what most services other than AWS need. */
  forcePathStyle: boolean
  credentials: { accessKeyId: string; secretAccessKey: string }
}

/**
 * S3_BUCKET moves uploads from MEDIA_DIR to a bucket every instance reads (README, "Running several instances").
 * A bucket named without its keys stops the server at once, rather than at the first upload.
 */
export function s3Media(env: Env = process.env): S3Media | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      'S3_BUCKET is set, so uploads go to S3, but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is not.',
    )
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new Error(`S3_ENDPOINT must be an http(s) address: "${endpoint}"`)
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint,
    forcePathStyle: env.S3_FORCE_PATH_STYLE?.trim() === 'true' || Boolean(endpoint),
    credentials: { accessKeyId, secretAccessKey },
  }
}

/** How the site sends e-mail (subscription confirmations and press-release alerts). */
export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  auth?: { user: string; pass: string }
  from: { address: string; name: string }
}

/**
 * SMTP_HOST turns sending on; without it (the demo) messages are written to the server's log, as Payload does
 * without an e-mail adapter. A half-given setting stops the server at once, rather than at the first message.
 */
export function smtpSettings(env: Env = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const rawPort = env.SMTP_PORT?.trim()
  const secureText = env.SMTP_SECURE?.trim().toLowerCase() || 'false'
  if (secureText !== 'true' && secureText !== 'false') {
    throw new Error(`SMTP_SECURE must be "true" or "false"; got "${env.SMTP_SECURE}"`)
  }
  const secure = secureText === 'true'
  const port = rawPort ? Number(rawPort) : secure ? 465 : 587
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`SMTP_PORT must be a port number (1–65535); got "${rawPort}"`)
  }
  const user = env.SMTP_USER?.trim()
  const pass = env.SMTP_PASSWORD ?? ''
  if (user && !pass) throw new Error('SMTP_USER is set but SMTP_PASSWORD is not.')
  if (!user && pass) throw new Error('SMTP_PASSWORD is set but SMTP_USER is not.')
  const from = env.SMTP_FROM?.trim()
  if (!from)
    throw new Error('SMTP_HOST is set, so e-mail is sent, but SMTP_FROM (the sender address) is not.')
  // "Name <address>" or a bare address.
  const match = /^(?:(.*?)\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))$/.exec(from)
  const address = match?.[2] ?? match?.[3]
  if (!address) throw new Error(`SMTP_FROM must be an address or "Name <address>"; got "${from}"`)
  return {
    host,
    port,
    secure,
    ...(user ? { auth: { user, pass } } : {}),
    from: { address, name: match?.[1]?.replace(/^"|"$/g, '') || 'MFA of Kazakhstan' },
  }
}
