import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "press_releases_published_at_idx";
  DROP INDEX "_press_releases_v_version_version_published_at_idx";
  DROP INDEX "events_starts_at_idx";
  DROP INDEX "_events_v_version_version_starts_at_idx";
  CREATE INDEX "publishedAt_createdAt_idx" ON "press_releases" USING btree ("published_at","created_at");
  CREATE INDEX "version_publishedAt_version_createdAt_idx" ON "_press_releases_v" USING btree ("version_published_at","version_created_at");
  CREATE INDEX "startsAt_createdAt_idx" ON "events" USING btree ("starts_at","created_at");
  CREATE INDEX "version_startsAt_version_createdAt_idx" ON "_events_v" USING btree ("version_starts_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "publishedAt_createdAt_idx";
  DROP INDEX "version_publishedAt_version_createdAt_idx";
  DROP INDEX "startsAt_createdAt_idx";
  DROP INDEX "version_startsAt_version_createdAt_idx";
  CREATE INDEX "press_releases_published_at_idx" ON "press_releases" USING btree ("published_at");
  CREATE INDEX "_press_releases_v_version_version_published_at_idx" ON "_press_releases_v" USING btree ("version_published_at");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");`)
}
