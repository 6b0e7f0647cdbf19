import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_review_state" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_press_releases_change_kind" AS ENUM('significant', 'minor');
  CREATE TYPE "public"."enum__press_releases_v_version_review_state" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__press_releases_v_version_change_kind" AS ENUM('significant', 'minor');
  CREATE TYPE "public"."enum_events_review_state" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_events_change_kind" AS ENUM('significant', 'minor');
  CREATE TYPE "public"."enum__events_v_version_review_state" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__events_v_version_change_kind" AS ENUM('significant', 'minor');
  CREATE TYPE "public"."enum_documents_review_state" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_documents_change_kind" AS ENUM('significant', 'minor');
  CREATE TYPE "public"."enum__documents_v_version_review_state" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__documents_v_version_change_kind" AS ENUM('significant', 'minor');
  CREATE TABLE "press_releases_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "press_releases_publication_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reviewed" boolean,
  	"reason" varchar
  );
  
  CREATE TABLE "_press_releases_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_press_releases_v_version_publication_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reviewed" boolean,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "events_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "events_publication_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reviewed" boolean,
  	"reason" varchar
  );
  
  CREATE TABLE "_events_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_publication_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reviewed" boolean,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "documents_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "documents_publication_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reviewed" boolean,
  	"reason" varchar
  );
  
  CREATE TABLE "_documents_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_documents_v_version_publication_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reviewed" boolean,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "press_releases_locales" ADD COLUMN "review_state" "enum_press_releases_review_state";
  ALTER TABLE "press_releases_locales" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "press_releases_locales" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "press_releases_locales" ADD COLUMN "publish_reason" varchar;
  ALTER TABLE "press_releases_locales" ADD COLUMN "change_kind" "enum_press_releases_change_kind";
  ALTER TABLE "press_releases_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "press_releases_locales" ADD COLUMN "withdrawn" boolean;
  ALTER TABLE "press_releases_locales" ADD COLUMN "withdrawal_explanation" varchar;
  ALTER TABLE "press_releases_locales" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases_locales" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases_locales" ADD COLUMN "last_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_review_state" "enum__press_releases_v_version_review_state";
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_publish_reason" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_change_kind" "enum__press_releases_v_version_change_kind";
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_withdrawn" boolean;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_withdrawal_explanation" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_last_updated_at" timestamp(3) with time zone;
  ALTER TABLE "events_locales" ADD COLUMN "review_state" "enum_events_review_state";
  ALTER TABLE "events_locales" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "events_locales" ADD COLUMN "publish_reason" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "change_kind" "enum_events_change_kind";
  ALTER TABLE "events_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "withdrawn" boolean;
  ALTER TABLE "events_locales" ADD COLUMN "withdrawal_explanation" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "events_locales" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "events_locales" ADD COLUMN "last_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_review_state" "enum__events_v_version_review_state";
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_publish_reason" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_change_kind" "enum__events_v_version_change_kind";
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_withdrawn" boolean;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_withdrawal_explanation" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_last_updated_at" timestamp(3) with time zone;
  ALTER TABLE "documents_locales" ADD COLUMN "review_state" "enum_documents_review_state";
  ALTER TABLE "documents_locales" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "documents_locales" ADD COLUMN "publish_reason" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "change_kind" "enum_documents_change_kind";
  ALTER TABLE "documents_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "withdrawn" boolean;
  ALTER TABLE "documents_locales" ADD COLUMN "withdrawal_explanation" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "documents_locales" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "documents_locales" ADD COLUMN "last_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_review_state" "enum__documents_v_version_review_state";
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_publish_reason" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_change_kind" "enum__documents_v_version_change_kind";
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_withdrawn" boolean;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_withdrawal_explanation" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_last_updated_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases_change_history" ADD CONSTRAINT "press_releases_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_publication_log" ADD CONSTRAINT "press_releases_publication_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases_publication_log" ADD CONSTRAINT "press_releases_publication_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_change_history" ADD CONSTRAINT "_press_releases_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_publication_log" ADD CONSTRAINT "_press_releases_v_version_publication_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_publication_log" ADD CONSTRAINT "_press_releases_v_version_publication_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_change_history" ADD CONSTRAINT "events_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_publication_log" ADD CONSTRAINT "events_publication_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_publication_log" ADD CONSTRAINT "events_publication_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_change_history" ADD CONSTRAINT "_events_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_publication_log" ADD CONSTRAINT "_events_v_version_publication_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_publication_log" ADD CONSTRAINT "_events_v_version_publication_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_change_history" ADD CONSTRAINT "documents_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_publication_log" ADD CONSTRAINT "documents_publication_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_publication_log" ADD CONSTRAINT "documents_publication_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_change_history" ADD CONSTRAINT "_documents_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_publication_log" ADD CONSTRAINT "_documents_v_version_publication_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_version_publication_log" ADD CONSTRAINT "_documents_v_version_publication_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_change_history_order_idx" ON "press_releases_change_history" USING btree ("_order");
  CREATE INDEX "press_releases_change_history_parent_id_idx" ON "press_releases_change_history" USING btree ("_parent_id");
  CREATE INDEX "press_releases_change_history_locale_idx" ON "press_releases_change_history" USING btree ("_locale");
  CREATE INDEX "press_releases_publication_log_order_idx" ON "press_releases_publication_log" USING btree ("_order");
  CREATE INDEX "press_releases_publication_log_parent_id_idx" ON "press_releases_publication_log" USING btree ("_parent_id");
  CREATE INDEX "press_releases_publication_log_locale_idx" ON "press_releases_publication_log" USING btree ("_locale");
  CREATE INDEX "press_releases_publication_log_by_idx" ON "press_releases_publication_log" USING btree ("by_id");
  CREATE INDEX "_press_releases_v_version_change_history_order_idx" ON "_press_releases_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_press_releases_v_version_change_history_parent_id_idx" ON "_press_releases_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_version_change_history_locale_idx" ON "_press_releases_v_version_change_history" USING btree ("_locale");
  CREATE INDEX "_press_releases_v_version_publication_log_order_idx" ON "_press_releases_v_version_publication_log" USING btree ("_order");
  CREATE INDEX "_press_releases_v_version_publication_log_parent_id_idx" ON "_press_releases_v_version_publication_log" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_version_publication_log_locale_idx" ON "_press_releases_v_version_publication_log" USING btree ("_locale");
  CREATE INDEX "_press_releases_v_version_publication_log_by_idx" ON "_press_releases_v_version_publication_log" USING btree ("by_id");
  CREATE INDEX "events_change_history_order_idx" ON "events_change_history" USING btree ("_order");
  CREATE INDEX "events_change_history_parent_id_idx" ON "events_change_history" USING btree ("_parent_id");
  CREATE INDEX "events_change_history_locale_idx" ON "events_change_history" USING btree ("_locale");
  CREATE INDEX "events_publication_log_order_idx" ON "events_publication_log" USING btree ("_order");
  CREATE INDEX "events_publication_log_parent_id_idx" ON "events_publication_log" USING btree ("_parent_id");
  CREATE INDEX "events_publication_log_locale_idx" ON "events_publication_log" USING btree ("_locale");
  CREATE INDEX "events_publication_log_by_idx" ON "events_publication_log" USING btree ("by_id");
  CREATE INDEX "_events_v_version_change_history_order_idx" ON "_events_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_events_v_version_change_history_parent_id_idx" ON "_events_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_change_history_locale_idx" ON "_events_v_version_change_history" USING btree ("_locale");
  CREATE INDEX "_events_v_version_publication_log_order_idx" ON "_events_v_version_publication_log" USING btree ("_order");
  CREATE INDEX "_events_v_version_publication_log_parent_id_idx" ON "_events_v_version_publication_log" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_publication_log_locale_idx" ON "_events_v_version_publication_log" USING btree ("_locale");
  CREATE INDEX "_events_v_version_publication_log_by_idx" ON "_events_v_version_publication_log" USING btree ("by_id");
  CREATE INDEX "documents_change_history_order_idx" ON "documents_change_history" USING btree ("_order");
  CREATE INDEX "documents_change_history_parent_id_idx" ON "documents_change_history" USING btree ("_parent_id");
  CREATE INDEX "documents_change_history_locale_idx" ON "documents_change_history" USING btree ("_locale");
  CREATE INDEX "documents_publication_log_order_idx" ON "documents_publication_log" USING btree ("_order");
  CREATE INDEX "documents_publication_log_parent_id_idx" ON "documents_publication_log" USING btree ("_parent_id");
  CREATE INDEX "documents_publication_log_locale_idx" ON "documents_publication_log" USING btree ("_locale");
  CREATE INDEX "documents_publication_log_by_idx" ON "documents_publication_log" USING btree ("by_id");
  CREATE INDEX "_documents_v_version_change_history_order_idx" ON "_documents_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_documents_v_version_change_history_parent_id_idx" ON "_documents_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_change_history_locale_idx" ON "_documents_v_version_change_history" USING btree ("_locale");
  CREATE INDEX "_documents_v_version_publication_log_order_idx" ON "_documents_v_version_publication_log" USING btree ("_order");
  CREATE INDEX "_documents_v_version_publication_log_parent_id_idx" ON "_documents_v_version_publication_log" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_publication_log_locale_idx" ON "_documents_v_version_publication_log" USING btree ("_locale");
  CREATE INDEX "_documents_v_version_publication_log_by_idx" ON "_documents_v_version_publication_log" USING btree ("by_id");
  ALTER TABLE "press_releases_locales" ADD CONSTRAINT "press_releases_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v_locales" ADD CONSTRAINT "_press_releases_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_locales" ADD CONSTRAINT "_documents_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "press_releases_review_state_idx" ON "press_releases_locales" USING btree ("review_state","_locale");
  CREATE INDEX "press_releases_review_submitted_by_idx" ON "press_releases_locales" USING btree ("review_submitted_by_id","_locale");
  CREATE INDEX "press_releases_withdrawn_at_idx" ON "press_releases_locales" USING btree ("withdrawn_at","_locale");
  CREATE INDEX "_press_releases_v_version_version_review_state_idx" ON "_press_releases_v_locales" USING btree ("version_review_state","_locale");
  CREATE INDEX "_press_releases_v_version_version_review_submitted_by_idx" ON "_press_releases_v_locales" USING btree ("version_review_submitted_by_id","_locale");
  CREATE INDEX "_press_releases_v_version_version_withdrawn_at_idx" ON "_press_releases_v_locales" USING btree ("version_withdrawn_at","_locale");
  CREATE INDEX "events_review_state_idx" ON "events_locales" USING btree ("review_state","_locale");
  CREATE INDEX "events_review_submitted_by_idx" ON "events_locales" USING btree ("review_submitted_by_id","_locale");
  CREATE INDEX "events_withdrawn_at_idx" ON "events_locales" USING btree ("withdrawn_at","_locale");
  CREATE INDEX "_events_v_version_version_review_state_idx" ON "_events_v_locales" USING btree ("version_review_state","_locale");
  CREATE INDEX "_events_v_version_version_review_submitted_by_idx" ON "_events_v_locales" USING btree ("version_review_submitted_by_id","_locale");
  CREATE INDEX "_events_v_version_version_withdrawn_at_idx" ON "_events_v_locales" USING btree ("version_withdrawn_at","_locale");
  CREATE INDEX "documents_review_state_idx" ON "documents_locales" USING btree ("review_state","_locale");
  CREATE INDEX "documents_review_submitted_by_idx" ON "documents_locales" USING btree ("review_submitted_by_id","_locale");
  CREATE INDEX "documents_withdrawn_at_idx" ON "documents_locales" USING btree ("withdrawn_at","_locale");
  CREATE INDEX "_documents_v_version_version_review_state_idx" ON "_documents_v_locales" USING btree ("version_review_state","_locale");
  CREATE INDEX "_documents_v_version_version_review_submitted_by_idx" ON "_documents_v_locales" USING btree ("version_review_submitted_by_id","_locale");
  CREATE INDEX "_documents_v_version_version_withdrawn_at_idx" ON "_documents_v_locales" USING btree ("version_withdrawn_at","_locale");`)
  // Texts published before this migration: their first publication is taken from the release's date, or from
  // when the event or document was created (the closest record there is).
  await db.execute(sql`UPDATE "press_releases_locales" l SET "first_published_at" = d."published_at" FROM "press_releases" d WHERE d."id" = l."_parent_id" AND l."_status" = 'published';`)
  await db.execute(sql`UPDATE "events_locales" l SET "first_published_at" = d."created_at" FROM "events" d WHERE d."id" = l."_parent_id" AND l."_status" = 'published';`)
  await db.execute(sql`UPDATE "documents_locales" l SET "first_published_at" = d."created_at" FROM "documents" d WHERE d."id" = l."_parent_id" AND l."_status" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_change_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_publication_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_change_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_publication_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_change_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_publication_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_change_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_publication_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_change_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_publication_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_change_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_publication_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "press_releases_change_history" CASCADE;
  DROP TABLE "press_releases_publication_log" CASCADE;
  DROP TABLE "_press_releases_v_version_change_history" CASCADE;
  DROP TABLE "_press_releases_v_version_publication_log" CASCADE;
  DROP TABLE "events_change_history" CASCADE;
  DROP TABLE "events_publication_log" CASCADE;
  DROP TABLE "_events_v_version_change_history" CASCADE;
  DROP TABLE "_events_v_version_publication_log" CASCADE;
  DROP TABLE "documents_change_history" CASCADE;
  DROP TABLE "documents_publication_log" CASCADE;
  DROP TABLE "_documents_v_version_change_history" CASCADE;
  DROP TABLE "_documents_v_version_publication_log" CASCADE;
  ALTER TABLE "press_releases_locales" DROP CONSTRAINT "press_releases_locales_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v_locales" DROP CONSTRAINT "_press_releases_v_locales_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "events_locales" DROP CONSTRAINT "events_locales_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_events_v_locales" DROP CONSTRAINT "_events_v_locales_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "documents_locales" DROP CONSTRAINT "documents_locales_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v_locales" DROP CONSTRAINT "_documents_v_locales_version_review_submitted_by_id_users_id_fk";
  
  DROP INDEX "press_releases_review_state_idx";
  DROP INDEX "press_releases_review_submitted_by_idx";
  DROP INDEX "press_releases_withdrawn_at_idx";
  DROP INDEX "_press_releases_v_version_version_review_state_idx";
  DROP INDEX "_press_releases_v_version_version_review_submitted_by_idx";
  DROP INDEX "_press_releases_v_version_version_withdrawn_at_idx";
  DROP INDEX "events_review_state_idx";
  DROP INDEX "events_review_submitted_by_idx";
  DROP INDEX "events_withdrawn_at_idx";
  DROP INDEX "_events_v_version_version_review_state_idx";
  DROP INDEX "_events_v_version_version_review_submitted_by_idx";
  DROP INDEX "_events_v_version_version_withdrawn_at_idx";
  DROP INDEX "documents_review_state_idx";
  DROP INDEX "documents_review_submitted_by_idx";
  DROP INDEX "documents_withdrawn_at_idx";
  DROP INDEX "_documents_v_version_version_review_state_idx";
  DROP INDEX "_documents_v_version_version_review_submitted_by_idx";
  DROP INDEX "_documents_v_version_version_withdrawn_at_idx";
  ALTER TABLE "press_releases_locales" DROP COLUMN "review_state";
  ALTER TABLE "press_releases_locales" DROP COLUMN "review_comment";
  ALTER TABLE "press_releases_locales" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "press_releases_locales" DROP COLUMN "publish_reason";
  ALTER TABLE "press_releases_locales" DROP COLUMN "change_kind";
  ALTER TABLE "press_releases_locales" DROP COLUMN "change_note";
  ALTER TABLE "press_releases_locales" DROP COLUMN "withdrawn";
  ALTER TABLE "press_releases_locales" DROP COLUMN "withdrawal_explanation";
  ALTER TABLE "press_releases_locales" DROP COLUMN "withdrawn_at";
  ALTER TABLE "press_releases_locales" DROP COLUMN "first_published_at";
  ALTER TABLE "press_releases_locales" DROP COLUMN "last_updated_at";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_review_state";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_review_comment";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_publish_reason";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_change_kind";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_withdrawn";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_withdrawal_explanation";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_last_updated_at";
  ALTER TABLE "events_locales" DROP COLUMN "review_state";
  ALTER TABLE "events_locales" DROP COLUMN "review_comment";
  ALTER TABLE "events_locales" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "events_locales" DROP COLUMN "publish_reason";
  ALTER TABLE "events_locales" DROP COLUMN "change_kind";
  ALTER TABLE "events_locales" DROP COLUMN "change_note";
  ALTER TABLE "events_locales" DROP COLUMN "withdrawn";
  ALTER TABLE "events_locales" DROP COLUMN "withdrawal_explanation";
  ALTER TABLE "events_locales" DROP COLUMN "withdrawn_at";
  ALTER TABLE "events_locales" DROP COLUMN "first_published_at";
  ALTER TABLE "events_locales" DROP COLUMN "last_updated_at";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_review_state";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_review_comment";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_publish_reason";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_change_kind";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_withdrawn";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_withdrawal_explanation";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_last_updated_at";
  ALTER TABLE "documents_locales" DROP COLUMN "review_state";
  ALTER TABLE "documents_locales" DROP COLUMN "review_comment";
  ALTER TABLE "documents_locales" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "documents_locales" DROP COLUMN "publish_reason";
  ALTER TABLE "documents_locales" DROP COLUMN "change_kind";
  ALTER TABLE "documents_locales" DROP COLUMN "change_note";
  ALTER TABLE "documents_locales" DROP COLUMN "withdrawn";
  ALTER TABLE "documents_locales" DROP COLUMN "withdrawal_explanation";
  ALTER TABLE "documents_locales" DROP COLUMN "withdrawn_at";
  ALTER TABLE "documents_locales" DROP COLUMN "first_published_at";
  ALTER TABLE "documents_locales" DROP COLUMN "last_updated_at";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_review_state";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_review_comment";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_publish_reason";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_change_kind";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_withdrawn";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_withdrawal_explanation";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_first_published_at";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_last_updated_at";
  DROP TYPE "public"."enum_press_releases_review_state";
  DROP TYPE "public"."enum_press_releases_change_kind";
  DROP TYPE "public"."enum__press_releases_v_version_review_state";
  DROP TYPE "public"."enum__press_releases_v_version_change_kind";
  DROP TYPE "public"."enum_events_review_state";
  DROP TYPE "public"."enum_events_change_kind";
  DROP TYPE "public"."enum__events_v_version_review_state";
  DROP TYPE "public"."enum__events_v_version_change_kind";
  DROP TYPE "public"."enum_documents_review_state";
  DROP TYPE "public"."enum_documents_change_kind";
  DROP TYPE "public"."enum__documents_v_version_review_state";
  DROP TYPE "public"."enum__documents_v_version_change_kind";`)
}
