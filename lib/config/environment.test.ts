import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  databaseInWords,
  databaseKind,
  databaseUri,
  ensureSqliteFolder,
  payloadSecret,
  readOrCreateSecretFile,
  s3Media,
  siteUrl,
  smtpSettings,
} from './environment'

describe('configuration from the environment', () => {
  it('uses the embedded SQLite file unless DATABASE_URI says otherwise', () => {
    expect(databaseUri({})).toBe('file:./data/portal.db')
    expect(databaseKind(databaseUri({}))).toBe('sqlite')
    expect(databaseKind('postgres://portal:secret@db:5432/portal')).toBe('postgres')
    expect(databaseKind('postgresql://db/portal')).toBe('postgres')
  })

  it('refuses a database address it cannot use, without echoing credentials', () => {
    expect(() => databaseKind('mysql://root:hunter2@db/portal')).toThrow(
      /must start with "file:".*got "mysql:…"/,
    )
    expect(() => databaseKind('mysql://root:hunter2@db/portal')).not.toThrow(/hunter2/)
  })

  it("names the database in scripts' output without its password", () => {
    expect(databaseInWords({})).toBe('the sqlite database (file:./data/portal.db)')
    expect(databaseInWords({ DATABASE_URI: 'postgres://portal:hunter2@db:5432/portal' })).toBe(
      'the postgres database (db:5432/portal)',
    )
  })

  it('builds absolute links on SITE_URL, or on localhost and PORT', () => {
    expect(siteUrl({})).toBe('http://localhost:3000')
    expect(siteUrl({ PORT: '4000' })).toBe('http://localhost:4000')
    expect(siteUrl({ SITE_URL: 'https://www.gov.kz/' })).toBe('https://www.gov.kz')
    expect(() => siteUrl({ SITE_URL: 'gov.kz' })).toThrow(/not an absolute URL/)
    expect(() => siteUrl({ SITE_URL: 'ftp://gov.kz' })).toThrow(/http or https/)
  })

  it('refuses to start in production without PAYLOAD_SECRET, saying what to do', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-secret' })).toBe('a-long-secret')
  })

  it('lets `next build` run without a secret', () => {
    expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeTruthy()
  })

  it('keeps a generated secret, readable by its owner only, and reuses it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mfa-secret-')), 'nested', 'secret')
    const first = readOrCreateSecretFile(file)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readOrCreateSecretFile(file)).toBe(first)
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('creates the folder of the SQLite file, as a fresh clone has none', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mfa-sqlite-'))
    ensureSqliteFolder(`file:${root}/data/e2e/portal.db`)
    expect(existsSync(path.join(root, 'data', 'e2e'))).toBe(true)
  })
})

describe('uploads in S3', () => {
  const keys = { S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret' }

  it('keeps uploads in MEDIA_DIR unless S3_BUCKET is set', () => {
    expect(s3Media({})).toBeNull()
    expect(s3Media({ ...keys, S3_BUCKET: ' ' })).toBeNull()
  })

  it('addresses AWS by region, and another service by its endpoint with path-style buckets', () => {
    expect(s3Media({ ...keys, S3_BUCKET: 'mfa-media', S3_REGION: 'eu-central-1' })).toEqual({
      bucket: 'mfa-media',
      region: 'eu-central-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' },
    })
    expect(s3Media({ ...keys, S3_BUCKET: 'mfa-media', S3_ENDPOINT: 'https://s3.gov.kz' })).toMatchObject({
      region: 'us-east-1',
      endpoint: 'https://s3.gov.kz',
      forcePathStyle: true,
    })
  })

  it('stops at once when a bucket is named without its keys or with an endpoint it cannot use', () => {
    expect(() => s3Media({ S3_BUCKET: 'mfa-media', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    )
    expect(() => s3Media({ ...keys, S3_BUCKET: 'mfa-media', S3_ENDPOINT: 's3.gov.kz' })).toThrow(/http\(s\)/)
  })
})

describe('SMTP settings', () => {
  it('send nothing without SMTP_HOST: messages go to the log', () => {
    expect(smtpSettings({})).toBeNull()
  })

  it('read the server, the account and the sender', () => {
    expect(
      smtpSettings({
        SMTP_HOST: 'mail.gov.kz',
        SMTP_PORT: '2525',
        SMTP_USER: 'press',
        SMTP_PASSWORD: 'secret',
        SMTP_FROM: 'Сыртқы істер министрлігі <press@mfa.gov.kz>',
      }),
    ).toEqual({
      host: 'mail.gov.kz',
      port: 2525,
      secure: false,
      auth: { user: 'press', pass: 'secret' },
      from: { address: 'press@mfa.gov.kz', name: 'Сыртқы істер министрлігі' },
    })
    expect(smtpSettings({ SMTP_HOST: 'h', SMTP_SECURE: 'true', SMTP_FROM: 'a@b.kz' })).toMatchObject({
      port: 465,
      secure: true,
      from: { address: 'a@b.kz' },
    })
  })

  it('refuse a half-given setting with a clear message', () => {
    expect(() => smtpSettings({ SMTP_HOST: 'h' })).toThrow(/SMTP_FROM/)
    expect(() => smtpSettings({ SMTP_HOST: 'h', SMTP_FROM: 'not an address' })).toThrow(/SMTP_FROM must be/)
    expect(() => smtpSettings({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.kz', SMTP_PORT: '99999' })).toThrow(
      /SMTP_PORT/,
    )
    expect(() => smtpSettings({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.kz', SMTP_SECURE: 'yes' })).toThrow(
      /SMTP_SECURE/,
    )
    expect(() => smtpSettings({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.kz', SMTP_USER: 'u' })).toThrow(
      /SMTP_PASSWORD/,
    )
  })
})
