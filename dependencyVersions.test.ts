import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/** The lowest versions without a published advisory that concerns this site (see README, Security). */
const FLOORS: { name: RegExp; floor: string; why: string }[] = [
  { name: /^next$/, floor: '16.4.6', why: 'advisories fixed in 16.4.5 and 16.4.6' },
  { name: /^payload$/, floor: '3.90.0', why: 'SQL injection and access bypasses fixed in 3.90.0' },
  { name: /^@payloadcms\/.+$/, floor: '3.90.0', why: 'released with payload' },
  { name: /^next-intl$/, floor: '4.9.1', why: 'open redirect fixed in 4.9.1' },
]

const root = import.meta.dirname

/** major.minor.patch; a pre-release of a version counts as below it. */
function isBelow(version: string, floor: string): boolean {
  const [core = '', preRelease] = version.split('-', 2)
  const parts = core.split('.').map(Number)
  const floorParts = floor.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const [part = 0, floorPart = 0] = [parts[i], floorParts[i]]
    if (Number.isNaN(part)) return true
    if (part !== floorPart) return part < floorPart
  }
  return preRelease !== undefined
}

interface Installed {
  where: string
  name: string
  version: string
}

/** Every copy of a package the lock file installs, nested ones too, and what node_modules really holds. */
function installed(): Installed[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>
  }
  const copies: Installed[] = []
  for (const [where, entry] of Object.entries(lock.packages)) {
    const name = where.split('node_modules/').pop() ?? ''
    if (!where || !FLOORS.some((rule) => rule.name.test(name))) continue
    copies.push({ where: `package-lock.json: ${where}`, name, version: entry.version ?? '' })
    const manifest = path.join(root, where, 'package.json')
    const onDisk = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
    copies.push({ where: path.relative(root, manifest), name, version: onDisk.version })
  }
  return copies
}

describe('dependencies with known advisories', () => {
  it('compares versions as numbers, pre-releases below their release', () => {
    expect(isBelow('16.4.5', '16.4.6')).toBe(true)
    expect(isBelow('16.10.0', '16.4.6')).toBe(false)
    expect(isBelow('3.90.0-canary.1', '3.90.0')).toBe(true)
    expect(isBelow('4.9.1', '4.9.1')).toBe(false)
    expect(isBelow('17.0.0', '16.4.6')).toBe(false)
  })

  it('are installed at or above the versions that fixed them', () => {
    const copies = installed()
    for (const required of ['next', 'payload', 'next-intl', '@payloadcms/next', '@payloadcms/db-sqlite']) {
      expect(copies.map((copy) => copy.name)).toContain(required)
    }
    const tooOld = copies.flatMap(({ where, name, version }) => {
      const rule = FLOORS.find((candidate) => candidate.name.test(name))
      return rule && isBelow(version, rule.floor)
        ? [`${where} is ${name} ${version}, below ${rule.floor} (${rule.why})`]
        : []
    })
    expect(tooOld).toEqual([])
  })
})

// Payload's packages must be of one version; Payload checks so itself outside production, but payload.config.ts turns
// that check off for the packages it cannot satisfy: S3 storage and the nodemailer e-mail adapter were last released a
// patch behind core.
const LAGGING = ['@payloadcms/plugin-cloud-storage', '@payloadcms/storage-s3', '@payloadcms/email-nodemailer']

describe("Payload's packages", () => {
  const copies = installed().filter(({ name }) => name === 'payload' || name.startsWith('@payloadcms/'))
  const core = copies.find(({ name }) => name === 'payload')?.version ?? ''

  it('are all of the core version, but the S3 storage and the e-mail adapter', () => {
    const others = copies.filter(({ name }) => !LAGGING.includes(name))
    expect(others.length).toBeGreaterThan(10)
    expect(others.filter(({ version }) => version !== core)).toEqual([])
  })

  it('and those are of the same minor release, not newer', () => {
    const release = (version: string) => version.split('.').slice(0, 2).join('.')
    const storage = copies.filter(({ name }) => LAGGING.includes(name))
    expect(storage.length).toBeGreaterThan(0)
    for (const { where, version } of storage) {
      expect({ where, release: release(version) }).toEqual({ where, release: release(core) })
      expect(isBelow(core, version), `${where} ${version} is newer than payload ${core}`).toBe(false)
    }
  })
})

describe('@next/env', () => {
  it('is the version next itself loads, so that `npm run dev` reads the .env files as `next dev` does', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    expect(manifest.devDependencies['@next/env']).toBe(manifest.dependencies.next)
  })
})
