import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_former_slugs_collection_slug" AS ENUM('press-releases', 'events', 'documents');
  CREATE TABLE "former_slugs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" "enum_former_slugs_collection_slug" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE INDEX "former_slugs_document_id_idx" ON "former_slugs" USING btree ("document_id");
  CREATE INDEX "former_slugs_updated_at_idx" ON "former_slugs" USING btree ("updated_at");
  CREATE INDEX "former_slugs_created_at_idx" ON "former_slugs" USING btree ("created_at");
  CREATE UNIQUE INDEX "collectionSlug_slug_idx" ON "former_slugs" USING btree ("collection_slug","slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "former_slugs" CASCADE;
  DROP TYPE "public"."enum_former_slugs_collection_slug";`)
}
