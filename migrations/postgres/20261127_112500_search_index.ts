import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Written by hand: Drizzle's snapshot does not describe operator classes. Search looks for parts of words (Kazakh adds
// endings to a stem), so the index is of trigrams, which answers LIKE '%word%'. pg_trgm is a trusted extension: the
// database's owner may create it.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "press_releases_locales_search_idx" ON "press_releases_locales" USING gin ("search_text" gin_trgm_ops);
  CREATE INDEX "events_locales_search_idx" ON "events_locales" USING gin ("search_text" gin_trgm_ops);`)
}

// The extension stays: other schemas in the database may use it.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "press_releases_locales_search_idx";
  DROP INDEX "events_locales_search_idx";`)
}
