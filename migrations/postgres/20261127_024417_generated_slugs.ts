import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Documents that exist already keep their slugs: only new documents take theirs from the title.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  ALTER TABLE "events" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_events_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  ALTER TABLE "topics" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_topics_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  UPDATE "press_releases" SET "generate_slug" = false;
  UPDATE "_press_releases_v" SET "version_generate_slug" = false;
  UPDATE "events" SET "generate_slug" = false;
  UPDATE "_events_v" SET "version_generate_slug" = false;
  UPDATE "topics" SET "generate_slug" = false;
  UPDATE "_topics_v" SET "version_generate_slug" = false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases" DROP COLUMN "generate_slug";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_generate_slug";
  ALTER TABLE "events" DROP COLUMN "generate_slug";
  ALTER TABLE "_events_v" DROP COLUMN "version_generate_slug";
  ALTER TABLE "topics" DROP COLUMN "generate_slug";
  ALTER TABLE "_topics_v" DROP COLUMN "version_generate_slug";`)
}
