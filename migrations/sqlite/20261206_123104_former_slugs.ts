import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`former_slugs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` numeric NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`former_slugs_document_id_idx\` ON \`former_slugs\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`former_slugs_updated_at_idx\` ON \`former_slugs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`former_slugs_created_at_idx\` ON \`former_slugs\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collectionSlug_slug_idx\` ON \`former_slugs\` (\`collection_slug\`,\`slug\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`former_slugs\`;`)
}
