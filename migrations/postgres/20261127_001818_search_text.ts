import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_search_text" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_locales" DROP COLUMN "search_text";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_search_text";
  ALTER TABLE "events_locales" DROP COLUMN "search_text";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_search_text";`)
}
