import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { DatabaseKind } from '@/lib/config/environment'

/** What a backup folder holds: the database (one file per engine), the uploads and this description. */
export interface BackupManifest {
  engine: DatabaseKind
  createdAt: string
}

export const MANIFEST = 'backup.json'
export const MEDIA = 'media'
export const DATABASE_FILE: Record<DatabaseKind, string> = {
  sqlite: 'database.sqlite',
  postgres: 'database.pgdump',
}

export function writeManifest(folder: string, manifest: BackupManifest): void {
  writeFileSync(path.join(folder, MANIFEST), JSON.stringify(manifest, null, 2) + '\n')
}

export function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, MANIFEST)
  let manifest: Partial<BackupManifest>
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupManifest>
  } catch {
    throw new Error(`${folder} is not a backup: ${MANIFEST} is missing or unreadable`)
  }
  if (manifest.engine !== 'sqlite' && manifest.engine !== 'postgres')
    throw new Error(`${file} names no database engine`)
  return { engine: manifest.engine, createdAt: String(manifest.createdAt) }
}
