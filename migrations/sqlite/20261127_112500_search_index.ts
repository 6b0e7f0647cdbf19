import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Written by hand: Drizzle knows neither FTS5 tables nor triggers. Search looks for parts of words (Kazakh adds
// endings to a stem), so the index is of trigrams; FTS5's trigram tokenizer answers LIKE '%word%' from it. The
// index reads the text from the locale rows themselves (external content); triggers keep it in step with every write.
const indexed = ['press_releases', 'events'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of indexed) {
    const locales = sql.raw(`${table}_locales`)
    const search = sql.raw(`${table}_search`)
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
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of indexed) {
    for (const event of ['insert', 'delete', 'update']) await db.run(sql.raw(`DROP TRIGGER ${table}_search_${event}`))
    await db.run(sql.raw(`DROP TABLE ${table}_search`))
  }
}
