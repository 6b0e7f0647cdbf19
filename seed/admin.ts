import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '@/lib/config/environment'

export interface AdminLogin {
  email: string
  password: string
  /** True when the password was generated for the demo rather than given in SEED_ADMIN_PASSWORD. */
  generated: boolean
}

const DEMO_LOGIN_FILE = path.resolve('data', 'demo-admin.json')

/**
 * The seed's administrator: from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, or a generated password that the demo
 * keeps (readable by its owner only) under data/ so that every start can print how to log in.
 */
export function adminLogin(env: Env = process.env): AdminLogin {
  const email = env.SEED_ADMIN_EMAIL?.trim() || 'admin@example.com'
  const password = env.SEED_ADMIN_PASSWORD
  if (password) return { email, password, generated: false }
  if (existsSync(DEMO_LOGIN_FILE)) {
    const kept = JSON.parse(readFileSync(DEMO_LOGIN_FILE, 'utf8')) as Partial<AdminLogin>
    if (kept.email === email && typeof kept.password === 'string')
      return { email, password: kept.password, generated: true }
  }
  const login = { email, password: randomBytes(12).toString('base64url'), generated: true }
  mkdirSync(path.dirname(DEMO_LOGIN_FILE), { recursive: true })
  writeFileSync(DEMO_LOGIN_FILE, JSON.stringify({ email, password: login.password }) + '\n', { mode: 0o600 })
  return login
}

/** Creates the administrator, or sets the given password on an existing one. */
export async function upsertAdmin(payload: Payload, login: AdminLogin): Promise<void> {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: login.email } },
    limit: 1,
    depth: 0,
  })
  const data = { email: login.email, password: login.password, name: 'Administrator', role: 'admin' as const }
  const user = existing.docs[0]
  if (user) await payload.update({ collection: 'users', id: user.id, data })
  else await payload.create({ collection: 'users', data })
}
