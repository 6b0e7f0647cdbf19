import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Each language takes over the status its document had, so nothing published becomes a draft on upgrade.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "press_releases__status_idx";
  DROP INDEX "_press_releases_v_version_version__status_idx";
  DROP INDEX "events__status_idx";
  DROP INDEX "_events_v_version_version__status_idx";
  ALTER TABLE "press_releases_locales" ADD COLUMN "_status" "enum_press_releases_status" DEFAULT 'draft';
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version__status" "enum__press_releases_v_version_status" DEFAULT 'draft';
  ALTER TABLE "events_locales" ADD COLUMN "_status" "enum_events_status" DEFAULT 'draft';
  ALTER TABLE "_events_v_locales" ADD COLUMN "version__status" "enum__events_v_version_status" DEFAULT 'draft';
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "press_releases__status_idx" ON "press_releases_locales" USING btree ("_status","_locale");
  CREATE INDEX "_press_releases_v_version_version__status_idx" ON "_press_releases_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "events__status_idx" ON "events_locales" USING btree ("_status","_locale");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v_locales" USING btree ("version__status","_locale");
  UPDATE "press_releases_locales" SET "_status" = parent."_status" FROM "press_releases" parent WHERE parent."id" = "press_releases_locales"."_parent_id";
  UPDATE "_press_releases_v_locales" SET "version__status" = parent."version__status" FROM "_press_releases_v" parent WHERE parent."id" = "_press_releases_v_locales"."_parent_id";
  UPDATE "events_locales" SET "_status" = parent."_status" FROM "events" parent WHERE parent."id" = "events_locales"."_parent_id";
  UPDATE "_events_v_locales" SET "version__status" = parent."version__status" FROM "_events_v" parent WHERE parent."id" = "_events_v_locales"."_parent_id";
  ALTER TABLE "press_releases" DROP COLUMN "_status";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version__status";
  ALTER TABLE "events" DROP COLUMN "_status";
  ALTER TABLE "_events_v" DROP COLUMN "version__status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP INDEX "press_releases__status_idx";
  DROP INDEX "_press_releases_v_version_version__status_idx";
  DROP INDEX "events__status_idx";
  DROP INDEX "_events_v_version_version__status_idx";
  ALTER TABLE "press_releases" ADD COLUMN "_status" "enum_press_releases_status" DEFAULT 'draft';
  ALTER TABLE "_press_releases_v" ADD COLUMN "version__status" "enum__press_releases_v_version_status" DEFAULT 'draft';
  ALTER TABLE "events" ADD COLUMN "_status" "enum_events_status" DEFAULT 'draft';
  ALTER TABLE "_events_v" ADD COLUMN "version__status" "enum__events_v_version_status" DEFAULT 'draft';
  CREATE INDEX "press_releases__status_idx" ON "press_releases" USING btree ("_status");
  CREATE INDEX "_press_releases_v_version_version__status_idx" ON "_press_releases_v" USING btree ("version__status");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  UPDATE "press_releases" SET "_status" = 'published' WHERE EXISTS (SELECT 1 FROM "press_releases_locales" l WHERE l."_parent_id" = "press_releases"."id" AND l."_status" = 'published');
  UPDATE "_press_releases_v" SET "version__status" = 'published' WHERE EXISTS (SELECT 1 FROM "_press_releases_v_locales" l WHERE l."_parent_id" = "_press_releases_v"."id" AND l."version__status" = 'published');
  UPDATE "events" SET "_status" = 'published' WHERE EXISTS (SELECT 1 FROM "events_locales" l WHERE l."_parent_id" = "events"."id" AND l."_status" = 'published');
  UPDATE "_events_v" SET "version__status" = 'published' WHERE EXISTS (SELECT 1 FROM "_events_v_locales" l WHERE l."_parent_id" = "_events_v"."id" AND l."version__status" = 'published');
  ALTER TABLE "press_releases_locales" DROP COLUMN "_status";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version__status";
  ALTER TABLE "events_locales" DROP COLUMN "_status";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version__status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
