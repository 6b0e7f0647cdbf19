// `npm run backup [-- folder]`: the database and the uploads, copied while the site runs, into a new folder
// (data/backups/<time> unless given). `npm run restore -- folder` puts them back.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { databaseKind, databaseUri, mediaDir, s3Media } from '@/lib/config/environment'

import { DATABASE_FILE, MEDIA, writeManifest } from './backups/layout'
import { backUpPostgres } from './backups/postgres'
import { backUpSqlite } from './backups/sqlite'

const uri = databaseUri()
const engine = databaseKind(uri)
const createdAt = new Date().toISOString()
const folder = path.resolve(process.argv[2] ?? path.join('data', 'backups', createdAt.replace(/[:.]/g, '-')))
if (existsSync(folder) && readdirSync(folder).length > 0) {
  console.error(`${folder} is not empty; a backup goes into a new folder.`)
  process.exit(1)
}
mkdirSync(folder, { recursive: true })

const target = path.join(folder, DATABASE_FILE[engine])
if (engine === 'sqlite') await backUpSqlite(uri, target)
else await backUpPostgres(uri, target)
// After the database: an upload saved meanwhile is at worst a file nobody refers to, never a missing one.
const media = mediaDir()
if (existsSync(media)) cpSync(media, path.join(folder, MEDIA), { recursive: true })
else mkdirSync(path.join(folder, MEDIA))
writeManifest(folder, { engine, createdAt })
console.log(`Backed up the ${engine} database and ${media} to ${folder}`)
const bucket = s3Media()?.bucket
// The bucket is the storage service's to keep (versioning, replication): copying it here would double its size.
if (bucket)
  console.log(`Uploads are in the S3 bucket "${bucket}", not in this backup: keep them with its versioning.`)
