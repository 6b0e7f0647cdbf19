import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "press_releases_locales_listed_idx";
  DROP INDEX "events_locales_listed_idx";
  DROP INDEX "documents_locales_listed_idx";
  CREATE INDEX "press_releases_locales_listed_idx" ON "press_releases_locales" USING btree ("_locale","_parent_id","_status","title","withdrawn_at");
  CREATE INDEX "events_locales_listed_idx" ON "events_locales" USING btree ("_locale","_parent_id","_status","title","withdrawn_at");
  CREATE INDEX "documents_locales_listed_idx" ON "documents_locales" USING btree ("_locale","_parent_id","_status","title","withdrawn_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "press_releases_locales_listed_idx";
  DROP INDEX "events_locales_listed_idx";
  DROP INDEX "documents_locales_listed_idx";
  CREATE INDEX "press_releases_locales_listed_idx" ON "press_releases_locales" USING btree ("_locale","_parent_id","_status","title");
  CREATE INDEX "events_locales_listed_idx" ON "events_locales" USING btree ("_locale","_parent_id","_status","title");
  CREATE INDEX "documents_locales_listed_idx" ON "documents_locales" USING btree ("_locale","_parent_id","_status","title");`)
}
