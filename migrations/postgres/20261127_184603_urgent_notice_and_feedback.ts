import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_answer" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_feedback_language" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_site_urgent_notice_level" AS ENUM('warning', 'information');
  CREATE TYPE "public"."enum__site_v_version_urgent_notice_level" AS ENUM('warning', 'information');
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"page" varchar NOT NULL,
  	"answer" "enum_feedback_answer" NOT NULL,
  	"language" "enum_feedback_language" NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "site" ADD COLUMN "urgent_notice_enabled" boolean DEFAULT false;
  ALTER TABLE "site" ADD COLUMN "urgent_notice_level" "enum_site_urgent_notice_level" DEFAULT 'warning';
  ALTER TABLE "site_locales" ADD COLUMN "urgent_notice_text" varchar;
  ALTER TABLE "site_locales" ADD COLUMN "urgent_notice_link" varchar;
  ALTER TABLE "_site_v" ADD COLUMN "version_urgent_notice_enabled" boolean DEFAULT false;
  ALTER TABLE "_site_v" ADD COLUMN "version_urgent_notice_level" "enum__site_v_version_urgent_notice_level" DEFAULT 'warning';
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_urgent_notice_text" varchar;
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_urgent_notice_link" varchar;
  CREATE INDEX "feedback_page_idx" ON "feedback" USING btree ("page");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "feedback" CASCADE;
  ALTER TABLE "site" DROP COLUMN "urgent_notice_enabled";
  ALTER TABLE "site" DROP COLUMN "urgent_notice_level";
  ALTER TABLE "site_locales" DROP COLUMN "urgent_notice_text";
  ALTER TABLE "site_locales" DROP COLUMN "urgent_notice_link";
  ALTER TABLE "_site_v" DROP COLUMN "version_urgent_notice_enabled";
  ALTER TABLE "_site_v" DROP COLUMN "version_urgent_notice_level";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_urgent_notice_text";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_urgent_notice_link";
  DROP TYPE "public"."enum_feedback_answer";
  DROP TYPE "public"."enum_feedback_language";
  DROP TYPE "public"."enum_site_urgent_notice_level";
  DROP TYPE "public"."enum__site_v_version_urgent_notice_level";`)
}
