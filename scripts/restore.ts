// `npm run restore -- folder`: puts back a backup made by `npm run backup`, the database and the uploads, replacing
// what is there now. Stop the site first and start it afterwards: its cache still holds the pages of before.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { databaseKind, databaseUri, mediaDir } from '@/lib/config/environment'

import { DATABASE_FILE, MEDIA, readManifest } from './backups/layout'
import { restorePostgres } from './backups/postgres'
import { restoreSqlite } from './backups/sqlite'

const given = process.argv[2]
if (!given) {
  console.error('Name the backup folder to restore: npm run restore -- data/backups/<time>')
  process.exit(1)
}
const folder = path.resolve(given)
const uri = databaseUri()
const engine = databaseKind(uri)
const { engine: saved, createdAt } = readManifest(folder)
if (saved !== engine) {
  console.error(`The backup holds a ${saved} database, but DATABASE_URI selects ${engine}.`)
  process.exit(1)
}

const source = path.join(folder, DATABASE_FILE[engine])
if (engine === 'sqlite') restoreSqlite(source, uri)
else await restorePostgres(source, uri)

// The uploads are swapped whole: the backup's copy first goes beside the folder, then takes its place.
const media = mediaDir()
const incoming = `${media}.restoring`
rmSync(incoming, { recursive: true, force: true })
cpSync(path.join(folder, MEDIA), incoming, { recursive: true })
if (existsSync(media)) rmSync(media, { recursive: true })
mkdirSync(path.dirname(media), { recursive: true })
renameSync(incoming, media)
console.log(`Restored the ${engine} database and ${media} from the backup of ${createdAt}`)
