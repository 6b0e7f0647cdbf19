import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "press_releases_locales_parent_idx" ON "press_releases_locales" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_locales_parent_idx" ON "_press_releases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_locales_parent_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_locales_parent_idx" ON "_topics_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "site_navigation_locales_parent_idx" ON "site_navigation_locales" USING btree ("_parent_id");
  CREATE INDEX "site_locales_parent_idx" ON "site_locales" USING btree ("_parent_id");
  CREATE INDEX "_site_v_version_navigation_locales_parent_idx" ON "_site_v_version_navigation_locales" USING btree ("_parent_id");
  CREATE INDEX "_site_v_locales_parent_idx" ON "_site_v_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "press_releases_locales_parent_idx";
  DROP INDEX "_press_releases_v_locales_parent_idx";
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "_events_v_locales_parent_idx";
  DROP INDEX "topics_locales_parent_idx";
  DROP INDEX "_topics_v_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "site_navigation_locales_parent_idx";
  DROP INDEX "site_locales_parent_idx";
  DROP INDEX "_site_v_version_navigation_locales_parent_idx";
  DROP INDEX "_site_v_locales_parent_idx";`)
}
