import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Written by hand, as the search index of releases and events (20261127_112500_search_index): documents' texts get
// the same FTS5 trigram index over their locale rows, kept in step by triggers.
const table = 'documents'
const locales = sql.raw(`${table}_locales`)
const search = sql.raw(`${table}_search`)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE ${search} USING fts5(search_text, content='${locales}', content_rowid='id', tokenize='trigram', detail='none')`)
  await db.run(sql`CREATE TRIGGER ${sql.raw(`${table}_search_insert`)} AFTER INSERT ON ${locales} BEGIN
    INSERT INTO ${search}(rowid, search_text) VALUES (new.id, new.search_text);
  END`)
  await db.run(sql`CREATE TRIGGER ${sql.raw(`${table}_search_delete`)} AFTER DELETE ON ${locales} BEGIN
    INSERT INTO ${search}(${search}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  END`)
  await db.run(sql`CREATE TRIGGER ${sql.raw(`${table}_search_update`)} AFTER UPDATE ON ${locales} BEGIN
    INSERT INTO ${search}(${search}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO ${search}(rowid, search_text) VALUES (new.id, new.search_text);
  END`)
  await db.run(sql`INSERT INTO ${search}(${search}) VALUES ('rebuild')`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const event of ['insert', 'delete', 'update']) await db.run(sql.raw(`DROP TRIGGER ${table}_search_${event}`))
  await db.run(sql.raw(`DROP TABLE ${table}_search`))
}
