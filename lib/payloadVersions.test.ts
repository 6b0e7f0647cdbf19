// Payload's packages must be of one version (Payload's own check says so, and payload.config.ts turns that check off
// for the one pair it cannot satisfy): S3 storage lags core by a patch release, and nothing else may.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const modules = path.join(process.cwd(), 'node_modules')
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')) as { version: string }).version

const STORAGE = ['@payloadcms/plugin-cloud-storage', '@payloadcms/storage-s3']
const installed = [
  'payload',
  ...readdirSync(path.join(modules, '@payloadcms')).map((name) => `@payloadcms/${name}`),
]

describe("Payload's packages", () => {
  const core = versionOf('payload')

  it('are all of the core version', () => {
    const others = installed.filter((name) => !STORAGE.includes(name))
    expect(others.length).toBeGreaterThan(5)
    for (const name of others) expect({ name, version: versionOf(name) }).toEqual({ name, version: core })
  })

  it('but the S3 storage, which is of the same minor release and not newer', () => {
    const [major, minor, patch] = core.split('.').map(Number)
    for (const name of STORAGE) {
      const [sMajor, sMinor, sPatch] = versionOf(name).split('.').map(Number)
      expect({ name, release: [sMajor, sMinor] }).toEqual({ name, release: [major, minor] })
      expect(sPatch).toBeLessThanOrEqual(patch!)
    }
  })
})
